import type { Migration } from '../migration.js';

/**
 * Reports leave empty sections out by default now. Options saved before carried the old default
 * ("note": print a sentence saying the section is empty) without anyone choosing it: move them over.
 */
export const m0015: Migration = {
  version: 15,
  name: '0015-report-omit-empty',
  up(db) {
    db.exec(`
      UPDATE report_options SET options = json_set(options, '$.emptySections', 'omit')
        WHERE json_extract(options, '$.emptySections') = 'note';
    `);
  },
};
