/**
 * Where a JSON text first goes wrong, as an offset (the text's length when it ends too early).
 * JSON.parse says this only sometimes, and differently per engine; this scanner builds nothing
 * and keeps its own stack, so deep nesting cannot overflow it. Returns null for valid JSON.
 */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;

  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const scalar = (): boolean => {
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return false;
    i = NUMBER.lastIndex;
    return true;
  };

  let expect: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'after' = 'value';
  for (;;) {
    skipSpace();
    if (i >= n) return expect === 'after' && stack.length === 0 ? null : n;
    const ch = text[i];
    if (expect === 'valueOrEnd' && ch === ']') {
      stack.pop();
      i++;
      expect = 'after';
    } else if (expect === 'keyOrEnd' && ch === '}') {
      stack.pop();
      i++;
      expect = 'after';
    } else if (expect === 'value' || expect === 'valueOrEnd') {
      if (ch === '{' || ch === '[') {
        stack.push(ch);
        i++;
        expect = ch === '{' ? 'keyOrEnd' : 'valueOrEnd';
      } else if (ch === '"' ? string() : scalar()) expect = 'after';
      else return i;
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      if (ch !== '"' || !string()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i;
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if (ch === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

/** 1-based line and column of an offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
