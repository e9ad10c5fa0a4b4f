import { describe, expect, it } from 'vitest';
import { WriteGate } from '../../../electron/core/jobs/write-gate.js';

describe('the write gate', () => {
  it('grants the slot in order, one holder at a time', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const release = await gate.acquire();
    const a = gate.run(() => order.push('a'));
    const b = gate.run(() => order.push('b'));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    release();
    await Promise.all([a, b]);
    expect(order).toEqual(['a', 'b']);
    expect(gate.busy).toBe(false);
  });

  it('refuses a write that waited past its bound with db_busy, and the queue goes on', async () => {
    const gate = new WriteGate();
    const release = await gate.acquire();
    await expect(gate.run(() => 'late', 20)).rejects.toMatchObject({ code: 'db_busy' });
    const next = gate.run(() => 'next');
    release();
    expect(await next).toBe('next');
    expect(gate.busy).toBe(false);
  });

  it('releases the slot when the holder throws', async () => {
    const gate = new WriteGate();
    await expect(
      gate.run(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(gate.busy).toBe(false);
  });
});
