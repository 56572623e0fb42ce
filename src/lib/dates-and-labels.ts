/**
 * Formatting shared by the server-rendered pages and the islands. Dates are shown in UTC and formatted
 * the same way on the server and in the browser, so a hydrated island never disagrees with its HTML; the
 * date formatters live in `dates.ts` (small, for islands that need only a date) and are re-exported here.
 */
import { BAND_LABELS, type Band } from '../engine/scoring.ts';

export { formatDay, formatWhen } from './dates.ts';

export function bandLabel(band: string | null): string {
  return band && band in BAND_LABELS ? BAND_LABELS[band as Band] : '—';
}

export function scoreLabel(score: number | null): string {
  return score === null ? '—' : String(Math.round(score));
}

export const MODE_LABELS: Record<string, string> = { practice: 'Practice', assessment: 'Assessment' };
export const STATUS_LABELS: Record<string, string> = {
  in_progress: 'In progress',
  completed: 'Completed',
  rejected: 'Not accepted',
};
export const ROLE_LABELS: Record<string, string> = {
  trainee: 'Trainee',
  supervisor: 'Supervisor',
  educator: 'Educator',
  admin: 'Administrator',
};
