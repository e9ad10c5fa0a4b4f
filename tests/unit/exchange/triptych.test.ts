import { existsSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { MAX_IMPORT_BYTES } from '../../../shared/exchange/limits.js';
import { parseTriptych, serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { canonical } from '../../helpers/canonical.js';
import { counts } from './helpers.js';
import { issueFileHandle } from '../../../electron/core/files/handles.js';

async function withWorkshop() {
  const core = await startCore();
  const id = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
  return { core, id };
}

async function refused(core: Awaited<ReturnType<typeof startCore>>, payload: unknown) {
  const result = await dispatch({ core }, 'workshop:import', payload);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

describe('.triptych export and import', () => {
  it('round-trips a workshop: export then import gives an equal workshop under new ids', async () => {
    const { core, id } = await withWorkshop();
    const exported = await invoke(core, 'workshop:export', { workshopId: id });
    expect(exported).toMatchObject({
      fileName: 'Northwind IT - Application deployment after virtualization.triptych',
      path: null,
    });
    const file = JSON.parse(exported.content!) as { format: string; version: number; exportedAt: string };
    expect(file).toMatchObject({ format: 'triptych', version: 1 });

    const imported = await invoke(core, 'workshop:import', { content: exported.content! });
    expect(imported.workshopId).not.toBe(id);
    expect(imported.replaced).toBe(false);
    const original = loadWorkshopData(core.db(), id);
    const copy = loadWorkshopData(core.db(), imported.workshopId);
    expect(canonical(copy)).toEqual(canonical(original));
    expect(canonical(copy)).toEqual(canonical(originWorkshop()));
    await core.close();
  });

  it('writes the file atomically where asked and imports it from its path', async () => {
    const { core, id } = await withWorkshop();
    const dir = tempDir();
    const path = join(dir, 'deployment.triptych');
    const written = await invoke(core, 'workshop:export', {
      workshopId: id,
      file: issueFileHandle(path, 'write'),
    });
    expect(written).toMatchObject({ path, content: null, bytes: statSync(path).size });
    expect(readdirSync(dir)).toEqual(['deployment.triptych']);
    const again = await invoke(core, 'workshop:import', { file: issueFileHandle(path, 'read') });
    expect(loadWorkshopData(core.db(), again.workshopId).maps.actual.steps).toHaveLength(8);
    await core.close();
  });

  it('never overwrites unless replace is asked for', async () => {
    const { core, id } = await withWorkshop();
    const source = loadWorkshopData(core.db(), id);
    const edited = serializeTriptych({
      ...source,
      workshop: { ...source.workshop, title: 'Edited elsewhere' },
    });
    await invoke(core, 'workshop:import', { content: edited });
    expect(loadWorkshopData(core.db(), id).workshop.title).toBe(source.workshop.title);
    expect(counts(core).workshops).toBe(2);

    const replaced = await invoke(core, 'workshop:import', { content: edited, mode: 'replace' });
    expect(replaced).toEqual({ workshopId: id, title: 'Edited elsewhere', replaced: true });
    expect(loadWorkshopData(core.db(), id).workshop.title).toBe('Edited elsewhere');
    expect(counts(core).workshops).toBe(2);
    await core.close();
  });

  it('refuses truncated and invalid JSON with the position, writing nothing', async () => {
    const { core, id } = await withWorkshop();
    const text = (await invoke(core, 'workshop:export', { workshopId: id })).content!;
    const before = counts(core);

    const truncated = await refused(core, { content: text.slice(0, 2000) });
    expect(truncated.message).toMatch(
      /^The file is not valid JSON \(it may be truncated\) at position 2000 \(line \d+, column \d+\)/,
    );
    const invalid = await refused(core, { content: '{"format": "triptych", "version": 1,, }' });
    expect(invalid.message).toBe('The file is not valid JSON at position 36 (line 1, column 37).');
    expect((await refused(core, { content: '' })).message).toMatch(/truncated\) at position 0/);
    expect(counts(core)).toEqual(before);
    await core.close();
  });

  it('refuses another format, a newer version, and a file over 50 MB before parsing it', async () => {
    const { core, id } = await withWorkshop();
    const file = JSON.parse((await invoke(core, 'workshop:export', { workshopId: id })).content!) as Record<
      string,
      unknown
    >;
    const before = counts(core);

    expect(await refused(core, { content: JSON.stringify({ ...file, format: 'visio' }) })).toMatchObject({
      code: 'invalid_input',
      path: 'format',
      message: expect.stringMatching(/not a Triptych workshop file: its "format" is "visio"/),
    });
    expect(await refused(core, { content: JSON.stringify({ ...file, version: 2 }) })).toMatchObject({
      path: 'version',
      message: expect.stringMatching(
        /made by a newer Triptych \(file format version 2; this version reads up to 1\)/,
      ),
    });
    expect(await refused(core, { content: '[1, 2]' })).toMatchObject({ message: /holds no workshop/ });

    const huge = `{"format":"triptych","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect((await refused(core, { content: huge })).message).toMatch(
      /^The file is 50\.0 MB; Triptych imports files up to 50 MB/,
    );
    const path = join(tempDir(), 'huge.triptych');
    writeFileSync(path, '{}');
    truncateSync(path, MAX_IMPORT_BYTES + 1);
    expect((await refused(core, { file: issueFileHandle(path, 'read') })).message).toMatch(
      /Triptych imports files up to 50 MB/,
    );
    expect(counts(core)).toEqual(before);
    await core.close();
  });

  it('names the first problems with their path and writes nothing', async () => {
    const { core } = await withWorkshop();
    const before = counts(core);
    const data = originWorkshop();
    (data.maps.current.steps[3] as { kind: string }).kind = 'meeting';
    data.maps.future.steps[1]!.laneId = data.maps.current.lanes[0]!.id;
    data.links[0]!.toStepId = '00000000-0000-4000-8000-00000000dead';
    const error = await refused(core, { content: serializeTriptych(data) });
    expect(error.path).toBe('workshop.maps.current.steps[3].kind');
    expect(error.message).toMatch(
      /^The file is not a valid Triptych workshop: workshop\.maps\.current\.steps\[3\]\.kind: /,
    );

    data.maps.current.steps[3]!.kind = 'task';
    const refs = await refused(core, { content: serializeTriptych(data) });
    expect(refs.message).toContain('workshop.maps.future.steps[1].laneId: must be a lane of the future map');
    expect(refs.message).toContain('workshop.links[0].toStepId: must be a step of this workshop');
    expect(counts(core)).toEqual(before);
    await core.close();
  });

  it('asks for exactly one source', async () => {
    const core = await startCore();
    expect(await refused(core, {})).toMatchObject({ code: 'invalid_input', path: 'content' });
    const file = issueFileHandle('/tmp/x.triptych', 'read');
    expect(await refused(core, { content: '{}', file })).toMatchObject({ path: 'content' });
    expect(
      await refused(core, { file: issueFileHandle(join(tempDir(), 'missing.triptych'), 'read') }),
    ).toMatchObject({ code: 'not_found' });
    await core.close();
  });

  it('refuses export destinations that are relative or of another kind of file', async () => {
    const { core, id } = await withWorkshop();
    const dir = tempDir();
    for (const path of ['relative.triptych', join(dir, '.bashrc'), join(dir, 'notes.txt')]) {
      const file = issueFileHandle(path, 'write');
      const result = await dispatch({ core }, 'workshop:export', { workshopId: id, file });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(existsSync(join(dir, 'notes.txt'))).toBe(false);
    await core.close();
  });
});

describe('parseTriptych', () => {
  it('accepts a BOM and reads the data back exactly', () => {
    const data = originWorkshop();
    const parsed = parseTriptych(`\uFEFF${serializeTriptych(data)}`);
    expect(parsed).toEqual({ ok: true, data });
  });

  it('catches duplicate ids, self-links and votes on nothing', () => {
    const data = originWorkshop();
    data.maps.future.steps[0]!.id = data.maps.current.steps[0]!.id;
    data.votes[0]!.targetId = data.findings[0]!.id;
    const parsed = parseTriptych(serializeTriptych(data));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['workshop.maps.future.steps[0].id', 'workshop.votes[0].targetId']),
    );
    expect(parsed.problems.find((p) => p.path.endsWith('steps[0].id'))!.message).toBe(
      'repeats the id already used at maps.current.steps[0].id',
    );
  });

  it('is strict about unknown fields and ranges', () => {
    const data = originWorkshop() as unknown as { maps: { actual: { steps: Record<string, unknown>[] } } };
    data.maps.actual.steps[0]!.colour = 'red';
    data.maps.actual.steps[1]!.pctCompleteAccurate = 140;
    const parsed = parseTriptych(serializeTriptych(data as never));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map((p) => p.path)).toEqual([
        'workshop.maps.actual.steps[0]',
        'workshop.maps.actual.steps[1].pctCompleteAccurate',
      ]);
  });
});
