/**
 * User text → a safe FTS5 query: words only, each quoted (so AND, OR, NEAR, quotes, colons and
 * stars typed by the user are plain text), the last one a prefix, so results follow typing.
 * A one-letter prefix would expand to most of the index (there is no 1-letter prefix index), so
 * a trailing single letter waits for the next keystroke, and a lone letter matches as a word.
 */

/** Letters, digits and combining marks: what the unicode61 tokenizer keeps together. */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_TOKENS = 12;
const MAX_TOKEN_LENGTH = 64;

const quote = (token: string) => `"${token.replaceAll('"', '""')}"`;

export function toFtsQuery(text: string): string | null {
  const tokens = (text.normalize('NFC').match(TOKEN) ?? [])
    .slice(0, MAX_TOKENS)
    .map((t) => t.slice(0, MAX_TOKEN_LENGTH));
  if (tokens.length > 1 && [...tokens.at(-1)!].length < 2) tokens.pop();
  if (tokens.length === 0) return null;
  const last = tokens.pop()!;
  return [...tokens.map(quote), [...last].length < 2 ? quote(last) : `${quote(last)}*`].join(' ');
}

/** Private-use characters around each hit in a snippet: they never appear in typed text. */
export const HIT_OPEN = '\uE000';
export const HIT_CLOSE = '\uE001';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Splits a marked snippet into parts the UI renders as text nodes (hits emphasised), never as HTML. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  for (const piece of snippet.split(/([\uE000\uE001])/)) {
    if (piece === HIT_OPEN) hit = true;
    else if (piece === HIT_CLOSE) hit = false;
    else if (piece !== '') parts.push({ text: piece, hit });
  }
  return parts;
}
