import { z } from 'zod';

/** Reusable field schemas: trimmed text with sane limits, ids, ISO dates. */

export const idSchema = z.uuid({ error: 'must be an id' });

export const requiredText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

export const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

export const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
