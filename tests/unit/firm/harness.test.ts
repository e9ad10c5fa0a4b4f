import { existsSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startCluster } from '../../helpers/pg-cluster.js';

describe('the throwaway PostgreSQL cluster', () => {
  it('starts on loopback, pauses, restarts and is removed afterwards', async () => {
    const cluster = await startCluster();
    try {
      const client = new pg.Client({ connectionString: cluster.url() });
      await client.connect();
      const row = await client.query<{ a: string }>(`SELECT inet_server_addr()::text AS a`);
      expect(row.rows[0]!.a).toBe('127.0.0.1/32');
      await client.end();
      cluster.pause();
      const offline = new pg.Client({ connectionString: cluster.url(), connectionTimeoutMillis: 2000 });
      await expect(offline.connect()).rejects.toThrow();
      cluster.start();
      const again = new pg.Client({ connectionString: cluster.url() });
      await again.connect();
      await again.end();
    } finally {
      cluster.destroy();
    }
    expect(existsSync(cluster.dir)).toBe(false);
  }, 60_000);
});
