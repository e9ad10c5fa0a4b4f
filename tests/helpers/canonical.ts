import type { WorkshopData } from '../../shared/domain/workshop-data.js';

/** The workshop as a user sees it: every id replaced by its position in a first-seen order. */
export function canonical(data: WorkshopData): unknown {
  const seen = new Map<string, string>();
  const json = JSON.stringify(data, (key, value: unknown) => {
    if (['createdAt', 'updatedAt'].includes(key)) return undefined;
    if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value)) {
      if (!seen.has(value)) seen.set(value, `#${seen.size}`);
      return seen.get(value);
    }
    return value;
  });
  return JSON.parse(json);
}
