/** Where a card was dropped: on another card (before or after it), or on a lane's empty space. */
export type Drop = { stepId: string; after: boolean } | { laneId: string | null };

/** Below this many pixels a press is a click, not a drag. */
const THRESHOLD = 6;

/**
 * Drags a board card with the pointer: the card follows it, and on release `ondrop` says where it
 * went. A press that does not move stays a click.
 */
export function dragCard(event: PointerEvent, ondrop: (drop: Drop) => void): void {
  if (event.button !== 0) return;
  const card = event.currentTarget as HTMLElement;
  const start = { x: event.clientX, y: event.clientY };
  // The board may be zoomed: the card moves in its own (unscaled) pixels.
  const scale = card.getBoundingClientRect().width / (card.offsetWidth || 1) || 1;
  let moving = false;
  const swallow = (c: Event) => c.stopPropagation();

  const move = (e: PointerEvent) => {
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    if (!moving && Math.hypot(dx, dy) < THRESHOLD) return;
    moving = true;
    card.classList.add('dragging');
    card.style.transform = `translate(${dx / scale}px, ${dy / scale}px)`;
  };
  const end = (e: PointerEvent) => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
    card.classList.remove('dragging');
    card.style.transform = '';
    if (!moving || e.type === 'pointercancel') return;
    // The click that ends a drag is not a click on the card.
    window.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
    const drop = dropAt(card, e.clientX, e.clientY);
    if (drop) ondrop(drop);
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
}

function dropAt(card: HTMLElement, x: number, y: number): Drop | null {
  // The dragged card lets the pointer through (.dragging has no pointer events) while it is found.
  card.classList.add('dragging');
  const below = card.ownerDocument.elementFromPoint(x, y);
  card.classList.remove('dragging');
  const cell = below?.closest<HTMLElement>('.card-cell[data-step-id]');
  if (cell && !cell.contains(card)) {
    const r = cell.getBoundingClientRect();
    return { stepId: cell.dataset.stepId!, after: x > r.left + r.width / 2 };
  }
  const lane = below?.closest<HTMLElement>('[data-lane-id]');
  if (lane) return { laneId: lane.dataset.laneId || null };
  return null;
}
