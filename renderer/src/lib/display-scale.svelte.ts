/**
 * The display scale: normal, or projector (all text larger, for the back of the room). Remembered on
 * this machine, and followed by every window of the app (the presenter window too).
 */
export type DisplayScale = 'normal' | 'projector';

const KEY = 'triptych.displayScale';

function read(): DisplayScale {
  return localStorage.getItem(KEY) === 'projector' ? 'projector' : 'normal';
}

function apply(value: DisplayScale) {
  document.documentElement.dataset.scale = value;
}

class DisplayScaleSetting {
  value = $state<DisplayScale>(read());

  constructor() {
    apply(this.value);
    // Another window (the presenter's) changed it.
    window.addEventListener('storage', (event) => {
      if (event.key !== KEY) return;
      this.value = read();
      apply(this.value);
    });
  }

  set(value: DisplayScale) {
    this.value = value;
    localStorage.setItem(KEY, value);
    apply(value);
  }

  toggle() {
    this.set(this.value === 'projector' ? 'normal' : 'projector');
  }
}

export const displayScale = new DisplayScaleSetting();
