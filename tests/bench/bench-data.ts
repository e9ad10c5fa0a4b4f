import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppCore } from '../../electron/core/app-core.js';
import { insertWorkshopData } from '../../electron/core/repo/snapshot-insert.js';
import { openDatabase } from '../../electron/core/store/database.js';
import { MIGRATIONS } from '../../electron/core/store/migrations/index.js';
import { MAP_STATES, STEP_KINDS } from '../../shared/domain/types.js';
import type { WorkshopData } from '../../shared/domain/workshop-data.js';
import { type StepSpec, buildMap, fid } from '../fixtures/build-workshop.js';
import { originWorkshop } from '../fixtures/origin-workshop.js';

/** Bump when the generated data changes; the schema is part of the cache key already. */
const DATA_VERSION = 'search-1';

const VERBS =
  'submit approve review check configure deploy install request provision test patch escalate update verify'.split(
    ' ',
  );
const NOUNS =
  'server request form ticket firewall rule change backup release certificate account licence network storage database application invoice order report template script checklist image cluster vm dns load balancer monitoring alert'.split(
    ' ',
  );
const FILLER =
  'the team waits for manager finance approval because nobody owns the step and the tool is slow so people email each other again before the deadline every week with manual copy paste from spreadsheet into portal'.split(
    ' ',
  );
const TOOLS =
  'Email ServiceNow Jira Excel SAP vCenter Ansible Terraform Confluence Teams Portal ERP Git Jenkins'.split(
    ' ',
  );
const LANES =
  'Requester,Team lead,Finance,Procurement,Infrastructure,Platform,Security,QA,Application team'.split(',');

/** A small deterministic PRNG, so every run benches the same data. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

/** A workshop like a real one, with `steps` steps spread over the three states. */
export function generatedWorkshop(n: number, steps: number): WorkshopData {
  const rnd = random(n * 7919 + steps);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const words = (count: number) =>
    Array.from({ length: count }, () => pick(rnd() < 0.3 ? NOUNS : FILLER)).join(' ');
  const keys = new Map<string, string>();
  const base = originWorkshop();
  const perState = Math.ceil(steps / 3);
  const maps = MAP_STATES.map((state, si) => {
    const count = Math.min(perState, steps - si * perState);
    const specs: StepSpec[] = Array.from({ length: count }, () => ({
      title: `${pick(VERBS)} ${pick(NOUNS)} ${rnd() < 0.5 ? pick(NOUNS) : ''}`.trim(),
      lane: pick(LANES),
      kind: rnd() < 0.8 ? 'task' : pick(STEP_KINDS),
      tools:
        rnd() < 0.7
          ? [pick(TOOLS), ...(rnd() < 0.3 ? [pick(TOOLS)] : [])].filter((t, i, a) => a.indexOf(t) === i)
          : [],
      pt: Math.round(rnd() * 240),
      wait: Math.round(rnd() * 4800),
      ca: Math.round(50 + rnd() * 50),
      manual: rnd() < 0.7,
      pain: rnd() < 0.2 ? [words(6 + Math.floor(rnd() * 6))] : [],
    }));
    const built = buildMap(state, fid(10, si + 1), specs, 100 * (si + 1), keys);
    built.map.steps.forEach((s) => (s.description = words(8 + Math.floor(rnd() * 12))));
    return built;
  });
  return {
    ...base,
    workshop: { ...base.workshop, title: `${pick(VERBS)} ${pick(NOUNS)} workshop ${n}` },
    engagement: { ...base.engagement, client: `Client ${n % 97}` },
    maps: { current: maps[0]!.map, future: maps[1]!.map, actual: maps[2]!.map },
    painPoints: maps.flatMap((m) => m.painPoints),
    links: [],
    findings: base.findings.map((f) => ({ ...f, stepIds: [] })),
    parkingLot: base.parkingLot.map((p) => ({ ...p, stepId: null })),
    evidence: base.evidence.map((e) => ({ ...e, stepId: null })),
    votes: [],
  };
}

function cacheDir(): string {
  const schema = createHash('sha1')
    .update(MIGRATIONS.map((m) => m.name).join(','))
    .digest('hex')
    .slice(0, 8);
  return join(tmpdir(), `triptych-bench-${DATA_VERSION}-${schema}`);
}

/**
 * 1,000 workshops of ~150 steps in a real Triptych database, built once and cached in the temp
 * folder (the first run takes a while). Opened directly, so no daily backup copies it.
 */
export async function benchDatabase(workshops = 1000, steps = 150): Promise<Database.Database> {
  const dir = cacheDir();
  const file = join(dir, 'triptych.db');
  if (!existsSync(file)) {
    const building = `${dir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    await (await AppCore.start({ dataDir: building, version: 'bench' })).close();
    const db = new Database(join(building, 'triptych.db'));
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = ON');
    const started = Date.now();
    db.transaction(() => {
      for (let i = 0; i < workshops; i++)
        insertWorkshopData(db, generatedWorkshop(i, steps), { mode: 'new' });
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
    db.close();
    renameSync(building, dir);
    console.log(`Built the bench database in ${((Date.now() - started) / 1000).toFixed(1)} s: ${file}`);
  }
  return openDatabase(file);
}

/** The p-th percentile of timings, in ms. */
export function percentile(timings: number[], p: number): number {
  const sorted = [...timings].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
