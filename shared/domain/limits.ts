/** Text limits the editor shows (as a counter) before they are hit, and the contract enforces. */
export const PAIN_POINT_MAX = 5000;
export const EVIDENCE_MAX = 5000;
export const STEP_TITLE_MAX = 300;
export const STEP_NOTES_MAX = 10000;
export const STEP_DESCRIPTION_MAX = 5000;
