import type { FirmMigration } from '../pg-migration.js';
import { f0001 } from './0001-versions.js';

/** The firm schema's registry, in order; add new files at the end. */
export const FIRM_MIGRATIONS: readonly FirmMigration[] = [f0001];
