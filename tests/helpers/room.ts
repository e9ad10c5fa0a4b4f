import { request } from 'node:http';
import type { AppCore } from '../../electron/core/app-core.js';
import { invoke } from './core.js';

/** A small workshop to open a room on: two current-state steps, one pain point. */
export async function roomWorkshop(core: AppCore) {
  const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Onboarding' });
  const data = await invoke(core, 'workshop:data', { id: workshop.id });
  const a = await invoke(core, 'step:create', {
    mapId: data.maps.current.id,
    afterStepId: null,
    fields: { title: 'Receive request', laneName: 'Service desk' },
  });
  const b = await invoke(core, 'step:create', {
    mapId: data.maps.current.id,
    afterStepId: a.id,
    fields: { title: 'Approve access', laneName: 'Manager' },
  });
  const pp = await invoke(core, 'room:add', {
    workshopId: workshop.id,
    item: { kind: 'pain_point', stepId: b.id!, text: 'Approvals wait for days' },
  });
  return { workshopId: workshop.id, stepA: a.id!, stepB: b.id!, painPoint: pp.id! };
}

export interface Reply {
  status: number;
  body: { ok: boolean; value?: never; error?: { code: string; message: string } };
}

/** A raw HTTP request, so Host, Origin and the body can be whatever an attacker sends. */
export function raw(
  port: number,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: opts.path,
        method: opts.method ?? 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...opts.headers },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          let body: Reply['body'] = { ok: false };
          try {
            body = JSON.parse(text) as Reply['body'];
          } catch {
            // Not JSON (a static file): the status says enough.
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Row counts of everything a participant could possibly write. */
export function written(core: AppCore) {
  const db = core.db();
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    votes: n('SELECT count(*) FROM votes'),
    painPoints: n('SELECT count(*) FROM pain_points'),
    parkingLot: n('SELECT count(*) FROM parking_lot'),
    edits: n('SELECT count(*) FROM edits'),
    workshops: n('SELECT count(*) FROM workshops'),
  };
}
