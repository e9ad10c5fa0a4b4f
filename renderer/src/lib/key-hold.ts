/**
 * Keystrokes typed while the editor is busy (a field saving, the next step being created) are held,
 * then replayed into whatever has focus when the work is done, so a fast typist loses nothing and
 * nothing lands in the wrong field.
 */
const HELD = /^(.|Tab|Enter|Backspace)$/u;
/** Never hold the keyboard longer than this, whatever happens to the work. */
const LONGEST_MS = 5000;

let active: Hold | null = null;

class Hold {
  readonly keys: { key: string; shift: boolean }[] = [];
  private readonly timer = setTimeout(() => this.release(), LONGEST_MS);
  private readonly listener = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !HELD.test(event.key)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.keys.push({ key: event.key, shift: event.shiftKey });
  };

  constructor() {
    window.addEventListener('keydown', this.listener, true);
  }

  release(): void {
    if (active !== this) return;
    active = null;
    clearTimeout(this.timer);
    window.removeEventListener('keydown', this.listener, true);
    replay(this.keys);
  }
}

/** Starts holding keys (or joins the hold already running) until the returned release is called. */
export function holdKeys(): { release: () => void } {
  const hold = active ?? (active = new Hold());
  return { release: () => hold.release() };
}

function replay(keys: { key: string; shift: boolean }[]): void {
  for (const [i, { key, shift }] of keys.entries()) {
    // An Enter replayed may start a new hold (a new step): the rest of the keys belong to it.
    if (active) {
      active.keys.push(...keys.slice(i));
      return;
    }
    const target = document.activeElement as HTMLElement | null;
    if (!target) return;
    if (key === 'Tab' || key === 'Enter') {
      const event = new KeyboardEvent('keydown', { key, shiftKey: shift, bubbles: true, cancelable: true });
      if (target.dispatchEvent(event) && key === 'Tab') focusNext(target, shift);
    } else if (target instanceof HTMLSelectElement) {
      typeAhead(target, key);
    } else if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      if (key === 'Backspace') document.execCommand('delete');
      else document.execCommand('insertText', false, key);
    }
  }
}

/** A closed select picks the first option starting with the letter, as the browser does. */
function typeAhead(select: HTMLSelectElement, key: string): void {
  const option = [...select.options].find((o) => o.text.toLowerCase().startsWith(key.toLowerCase()));
  if (!option || option.value === select.value) return;
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function focusNext(from: HTMLElement, backwards: boolean): void {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.tabIndex >= 0);
  const next = all[all.indexOf(from) + (backwards ? -1 : 1)];
  next?.focus();
}
