/**
 * Dates as Rapport shows them, in UTC and formatted the same way on the server and in the browser, so a hydrated
 * island never disagrees with its HTML. Its own module so an island that only shows a date (the player's resume
 * offer) does not carry the labels and scoring bands of `dates-and-labels.ts`, which re-exports these.
 */
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
