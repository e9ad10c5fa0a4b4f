import type {
  ActionStatus,
  FindingCategory,
  RootCause,
  Severity,
} from '../../../../../shared/domain/types.js';

export const CATEGORY_LABELS: Record<FindingCategory, string> = {
  people: 'People',
  process: 'Process',
  technology: 'Technology',
};

export const ROOT_CAUSE_LABELS: Record<RootCause, string> = {
  skills: 'Skills',
  policy: 'Policy',
  tooling: 'Tooling',
  incentives: 'Incentives',
  ownership: 'Ownership',
  other: 'Other',
};

export const SEVERITY_LABELS: Record<Severity, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** The message of a failed edit, for an alert next to the control. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
