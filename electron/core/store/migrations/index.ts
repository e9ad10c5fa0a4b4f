import type { Migration } from '../migration.js';
import { m0001 } from './0001-workshops.js';
import { m0002 } from './0002-process-maps.js';
import { m0003 } from './0003-room-tools.js';
import { m0004 } from './0004-search.js';
import { m0006 } from './0006-edit-log.js';
import { m0007 } from './0007-suggestion-marks.js';
import { m0009 } from './0009-report-options.js';
import { m0010 } from './0010-library.js';
import { m0011 } from './0011-tags.js';
import { m0013 } from './0013-search-keys.js';
import { m0015 } from './0015-report-omit-empty.js';
import { m0018 } from './0018-firm-outbox.js';
import { m0019 } from './0019-status-and-sources.js';

/**
 * The explicit registry, in order. Add a file, then add it here, always at the end: a version below
 * one already released would be skipped by databases past it. (5 and 8 were never released.)
 */
export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0006,
  m0007,
  m0009,
  m0010,
  m0011,
  m0013,
  m0015,
  m0018,
  m0019,
];
