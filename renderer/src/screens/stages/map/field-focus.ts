import type { FieldKey } from '../../../../../shared/domain/column-fold.js';

/**
 * Puts the keyboard in a step's field: in its table row, or in the details panel when the field's
 * column is folded there (the panel shows the selected step, the one being typed).
 */
export function focusField(stepId: string, field: FieldKey, folded: ReadonlySet<string>): void {
  const root = folded.has(field)
    ? document.querySelector('.details')
    : document.querySelector(`tr[data-step-id="${stepId}"]`);
  const el = root?.querySelector<HTMLElement>(
    `[data-field="${field}"] input, [data-field="${field}"] select`,
  );
  el?.focus();
  // As Tab does: the text is selected, so what is typed replaces it (a new step's lane is prefilled).
  if (el instanceof HTMLInputElement) el.select();
}
