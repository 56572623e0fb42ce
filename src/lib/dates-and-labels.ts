/**
 * Formatting shared by the server-rendered pages and the islands. Dates are shown in UTC and formatted
 * the same way on the server and in the browser, so a hydrated island never disagrees with its HTML.
 */
import { BAND_LABELS, type Band } from '../engine/scoring.ts';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** "26 Nov 2026, 14:03 UTC" */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${WHEN.format(d)} UTC`;
}

/** "26 Nov 2026" */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DAY.format(d);
}

export function bandLabel(band: string | null): string {
  return band && band in BAND_LABELS ? BAND_LABELS[band as Band] : '—';
}

export function scoreLabel(score: number | null): string {
  return score === null ? '—' : String(Math.round(score));
}

export const MODE_LABELS: Record<string, string> = { practice: 'Practice', assessment: 'Assessment' };
export const STATUS_LABELS: Record<string, string> = { in_progress: 'In progress', completed: 'Completed', rejected: 'Not accepted' };
export const ROLE_LABELS: Record<string, string> = { trainee: 'Trainee', supervisor: 'Supervisor', educator: 'Educator', admin: 'Administrator' };
