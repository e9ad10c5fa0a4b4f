import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';

// The floor: the same durable INSERT done straight on SQLite, without contract, validation or repo.
const floorDb = new Database(join(mkdtempSync(join(tmpdir(), 'bench-floor-')), 'x.db'));
floorDb.pragma('journal_mode = WAL');
floorDb.pragma('synchronous = FULL');
floorDb.exec('CREATE TABLE w (id TEXT PRIMARY KEY, client TEXT, title TEXT, created_at TEXT)');
const insert = floorDb.prepare('INSERT INTO w VALUES (?, ?, ?, ?)');

const core = await AppCore.start({ dataDir: mkdtempSync(join(tmpdir(), 'bench-core-')), version: 'bench' });
for (let i = 0; i < 500; i++)
  await dispatch({ core }, 'workshop:create', { client: `Client ${i % 40}`, title: `W ${i}` });

describe('acknowledged edit (durable commit)', () => {
  bench('floor: raw SQLite INSERT, synchronous=FULL', () => {
    insert.run(randomUUID(), 'Acme', 'Deployment', new Date().toISOString());
  });
  bench('workshop:create through dispatch', async () => {
    await dispatch({ core }, 'workshop:create', { client: 'Acme', title: 'Deployment' });
  });
});

describe('library first page (500+ workshops)', () => {
  const raw = core.db().prepare(
    `SELECT w.id, w.title, e.client, w.engagement_id, w.date, w.status, w.updated_at
       FROM workshops w JOIN engagements e ON e.id = w.engagement_id ORDER BY w.updated_at DESC`,
  );
  bench('floor: the same SELECT, raw', () => {
    raw.all();
  });
  bench('workshop:list through dispatch', async () => {
    await dispatch({ core }, 'workshop:list', {});
  });
});
