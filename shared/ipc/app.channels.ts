import { z } from 'zod';
import { channel } from './define.js';

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
}

export type StoreProblemKind = 'corrupt' | 'empty' | 'unreadable' | 'newer_version' | 'readonly' | 'other';

export type AppStatus =
  | {
      state: 'ready';
      dataDir: string;
      version: string;
      schemaVersion: number;
      /** The data folder may not be changed: the library is open for viewing only. */
      readOnly?: boolean;
    }
  | {
      state: 'recovery';
      dataDir: string;
      version: string;
      problem: { kind: StoreProblemKind; message: string; file: string };
      backups: BackupInfo[];
    };

export const appChannels = {
  'app:status': channel<AppStatus>()(z.object({}).strict()),
  'app:recover': channel<AppStatus>()(
    z.discriminatedUnion('choice', [
      z.object({ choice: z.literal('restore-backup'), backup: z.string().min(1).max(200) }).strict(),
      z.object({ choice: z.literal('start-fresh') }).strict(),
    ]),
  ),
};
