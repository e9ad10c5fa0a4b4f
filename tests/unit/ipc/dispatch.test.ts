import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { toAppError } from '../../../electron/core/store/errors.js';
import { invoke, startCore } from '../../helpers/core.js';

const count = (core: Awaited<ReturnType<typeof startCore>>, table: string) =>
  core.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('dispatch', () => {
  it('rejects an invalid payload with the field path and writes nothing', async () => {
    const core = await startCore();
    const bad = await dispatch({ core }, 'workshop:create', { client: 'Acme', title: '   ' });
    expect(bad).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'title: must not be empty', path: 'title' },
    });
    const wrongType = await dispatch({ core }, 'workshop:create', { client: 42, title: 'x' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'client' } });
    const extra = await dispatch({ core }, 'workshop:create', { client: 'A', title: 'B', admin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badDate = await dispatch({ core }, 'workshop:create', {
      client: 'A',
      title: 'B',
      date: '31/12/2026',
    });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'date' } });
    for (const payload of [undefined, null, 'text', [1, 2]])
      expect(await dispatch({ core }, 'workshop:create', payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    expect(count(core, 'engagements')).toBe(0);
    expect(count(core, 'workshops')).toBe(0);
    await core.close();
  });

  it('refuses an unknown channel, including inherited property names', async () => {
    const core = await startCore();
    for (const channel of ['workshop:drop', '__proto__', 'constructor', 42, null])
      expect(await dispatch({ core }, channel, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    await core.close();
  });

  it('creates a workshop with its engagement, process and three maps in one go', async () => {
    const core = await startCore();
    const created = await invoke(core, 'workshop:create', {
      client: ' Acme Corp ',
      title: 'Application deployment',
    });
    expect(created.engagement.client).toBe('Acme Corp');
    expect(created.workshop.title).toBe('Application deployment');
    const states = core
      .db()
      .prepare(
        `SELECT m.state FROM maps m JOIN processes p ON p.id = m.process_id WHERE p.workshop_id = ? ORDER BY m.state`,
      )
      .pluck()
      .all(created.workshop.id);
    expect(states).toEqual(['actual', 'current', 'future']);
    // The same client reuses its engagement.
    const second = await invoke(core, 'workshop:create', { client: 'acme corp', title: 'Onboarding' });
    expect(second.engagement.id).toBe(created.engagement.id);
    expect((await invoke(core, 'workshop:list', {})).map((w) => w.title)).toEqual([
      'Onboarding',
      'Application deployment',
    ]);
    await core.close();
  });

  it('answers not_found for a workshop that does not exist', async () => {
    const core = await startCore();
    const result = await dispatch({ core }, 'workshop:get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await core.close();
  });

  it('turns disk errors into messages the user can act on', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(toAppError(full)).toMatchObject({
      code: 'db_full',
      message: expect.stringMatching(/disk is full/),
    });
    const ro = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    expect(toAppError(ro).code).toBe('db_readonly');
  });
});
