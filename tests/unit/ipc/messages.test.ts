import { describe, expect, it } from 'vitest';
import { humanMessage } from '../../../shared/ipc/messages.js';

const refused = (path: string, message: string) =>
  ({ code: 'invalid_input', path, message: `${path}: ${message}` }) as const;

describe('humanMessage', () => {
  it('names the thing and the field of an empty required text', () => {
    const input = { workshopId: 'w', item: { kind: 'action', title: '' } };
    expect(humanMessage('room:add', input, refused('item.title', 'must not be empty'))).toBe(
      'Give the action a title.',
    );
    const update = { workshopId: 'w', item: { kind: 'finding', id: 'f', patch: { title: '' } } };
    expect(humanMessage('room:update', update, refused('item.patch.title', 'must not be empty'))).toBe(
      'Give the finding a title.',
    );
  });

  it('says how long a text may be, in words', () => {
    const input = { stepId: 's', patch: { title: 'x'.repeat(5000) } };
    expect(humanMessage('step:update', input, refused('patch.title', 'must be at most 300 characters'))).toBe(
      "The step's title is too long: at most 300 characters.",
    );
  });

  it('never shows a schema path', () => {
    const input = { stepId: 's', patch: { processMinutes: 10 ** 9 } };
    const text = humanMessage('step:update', input, refused('patch.processMinutes', 'must be under a year'));
    expect(text).toBe("The step's process time must be under a year.");
    expect(text).not.toMatch(/patch|\w+\.\w+/);
  });

  it('leaves other errors as they are', () => {
    expect(
      humanMessage('step:update', {}, { code: 'not_found', message: 'That step no longer exists.' }),
    ).toBe('That step no longer exists.');
  });
});
