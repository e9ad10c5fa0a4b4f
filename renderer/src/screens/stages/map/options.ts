import { AUTOMATION, ENVIRONMENTS, STEP_KINDS, VALUE_CLASSES } from '../../../../../shared/domain/types.js';

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export const KIND_OPTIONS = STEP_KINDS.map((v) => ({ value: v, label: cap(v) }));
export const ENV_OPTIONS = ENVIRONMENTS.map((v) => ({ value: v, label: cap(v) }));
export const AUTOMATION_OPTIONS = AUTOMATION.map((v) => ({ value: v, label: cap(v) }));
export const VALUE_OPTIONS = VALUE_CLASSES.map((v) => ({
  value: v,
  label: v === 'VA' ? 'Value-added' : v === 'NNVA' ? 'Necessary, not value-added' : 'Waste',
}));

export const KIND_ICONS: Record<string, string> = {
  task: '▭',
  decision: '◇',
  approval: '✔',
  handoff: '⇄',
  wait: '⏳',
  rework: '↺',
};

export function toolsText(tools: string[]): string {
  return tools.join(', ');
}

export function parseTools(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}
