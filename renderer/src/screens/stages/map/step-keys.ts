import type { WorkshopSession } from '../../../lib/workshop-session.svelte.js';

/**
 * The map editor's keyboard: Alt+Up/Down reorders, Ctrl/Cmd+D duplicates, Delete removes the
 * selected step (when no text field has focus). Returns true when it handled the key.
 */
export function stepKeys(
  event: KeyboardEvent,
  session: WorkshopSession,
  stepId: string,
  inField: boolean,
  focus: (stepId: string | null) => void,
): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    event.preventDefault();
    void session
      .edit('step:move', { stepId, delta: event.key === 'ArrowUp' ? -1 : 1 })
      .then(() => focus(stepId));
    return true;
  }
  if (mod && event.key.toLowerCase() === 'd') {
    event.preventDefault();
    void session.edit('step:duplicate', { stepId }).then((r) => focus(r.id));
    return true;
  }
  if (!inField && (event.key === 'Delete' || event.key === 'Backspace')) {
    event.preventDefault();
    const steps = Object.values(session.data!.maps).find((m) => m.steps.some((s) => s.id === stepId))!.steps;
    const i = steps.findIndex((s) => s.id === stepId);
    const next = steps[i + 1]?.id ?? steps[i - 1]?.id ?? null;
    void session.edit('step:delete', { stepId }).then(() => focus(next));
    return true;
  }
  return false;
}
