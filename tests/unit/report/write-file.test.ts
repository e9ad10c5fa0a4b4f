import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as fsPromises from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from '../../../electron/core/report/write-file.js';
import { AppError } from '../../../electron/core/store/errors.js';
import { tempDir } from '../../helpers/temp.js';

/** The errno the next write fails with, after half the bytes went to disk (null: writes work). */
let failure: string | null = null;

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (failure) {
        const code = failure;
        handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
          const bytes = data as Uint8Array;
          await handle.write(bytes.subarray(0, bytes.length / 2));
          throw Object.assign(new Error(`${code}: simulated`), { code });
        };
      }
      return handle;
    },
  };
});

afterEach(() => {
  failure = null;
});

describe('writing the report file', () => {
  it('writes the whole file and leaves nothing else', async () => {
    const dir = tempDir();
    await writeFileAtomically(join(dir, 'r.docx'), Buffer.from('complete'));
    expect(readFileSync(join(dir, 'r.docx'), 'utf8')).toBe('complete');
    expect(readdirSync(dir)).toEqual(['r.docx']);
  });

  it('on a full disk: says so, keeps the old file, removes the half-written one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.docx'), 'previous report');
    failure = 'ENOSPC';
    const err = await writeFileAtomically(join(dir, 'r.docx'), Buffer.alloc(4096, 1)).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: 'disk_full',
      message: expect.stringMatching(/^The disk is full: the report was not saved/),
    });
    expect(readFileSync(join(dir, 'r.docx'), 'utf8')).toBe('previous report');
    expect(readdirSync(dir)).toEqual(['r.docx']);
  });

  it('maps permission and read-only failures to sentences', async () => {
    const dir = tempDir();
    for (const [code, expected] of [
      ['EACCES', /you may not have permission/],
      ['EROFS', /is read-only/],
      ['EBUSY', /open in another program/],
    ] as const) {
      failure = code;
      const err = await writeFileAtomically(join(dir, 'r.docx'), Buffer.alloc(10)).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'file_not_writable', message: expect.stringMatching(expected) });
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
