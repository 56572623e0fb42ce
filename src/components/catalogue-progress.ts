/**
 * What a catalogue card says of a scenario from the progress this browser keeps: not started, in progress, the
 * conversation ended with the reflection still to write, or, once an attempt is finished, the best score. A
 * scenario with a finished attempt is never shown as merely "in progress", even while another play-through (or
 * a replay from its debrief) is under way: that is said after the score.
 */
import type { ProgressStore } from '../machines/progress-store.ts';

export type CardState = 'not-started' | 'in-progress' | 'ended' | 'done';

export function cardProgress(
  store: Pick<ProgressStore, 'attempts' | 'load'>,
  slug: string,
): { state: CardState; text: string } {
  const attempts = store.attempts(slug);
  const phase = store.load(slug)?.phase ?? null;
  // A save at the debrief is a finished attempt's; one at the reflection is a conversation that has ended.
  const playing = phase === 'awaitingChoice' || phase === 'feedback';
  if (attempts.length === 0) {
    if (phase === 'reflection') return { state: 'ended', text: 'Ended: reflection to write' };
    return playing ? { state: 'in-progress', text: 'In progress' } : { state: 'not-started', text: 'Not started' };
  }
  const scores = attempts.flatMap((a) => (a.overall === null ? [] : [a.overall]));
  const best = scores.length ? String(Math.round(Math.max(...scores))) : '–';
  const count = `${attempts.length} attempt${attempts.length === 1 ? '' : 's'}`;
  const more = playing ? '; another in progress' : phase === 'reflection' ? '; another ended, reflection to write' : '';
  return { state: 'done', text: `Best score ${best} (${count})${more}` };
}
