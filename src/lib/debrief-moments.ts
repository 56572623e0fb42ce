/**
 * The key moments (src/engine/key-moments.ts) of an attempt as the player holds it: the lines shown before each
 * choice point come from the transcript, where each line carries the point it came before.
 */
import { keyMoments, type KeyMoment } from '../engine/key-moments.ts';
import type { Rubric } from '../engine/rubric.ts';
import type { OfferedOption } from '../engine/scoring.ts';
import type { Alliance, StoryLine } from '../engine/story-runner.ts';
import { NO_EVIDENCE } from '../engine/tags.ts';

export interface PlayedAttempt {
  points: readonly { options: readonly OfferedOption[]; chosen: number }[];
  transcript: readonly ({ kind: 'line'; point: number; line: StoryLine } | { kind: 'you'; point: number })[];
  alliance: readonly Alliance[];
}

/** The lines shown before each choice point, read from the transcript. */
export function linesBefore(play: Pick<PlayedAttempt, 'points' | 'transcript'>): StoryLine[][] {
  const lines: StoryLine[][] = play.points.map(() => []);
  for (const entry of play.transcript)
    if (entry.kind === 'line' && lines[entry.point]) lines[entry.point]!.push(entry.line);
  return lines;
}

/**
 * The moments that mattered in a played attempt. `keyHidden` judges the moments without the options' evidence,
 * by what the client showed (a fall in the bond) alone: before an assessment's debrief, a prompt that pointed at the
 * weakest choices would give the key away.
 */
export function playedMoments(
  rubric: Rubric,
  play: PlayedAttempt,
  { clientName = null, keyHidden = false }: { clientName?: string | null; keyHidden?: boolean } = {},
): KeyMoment[] {
  const lines = linesBefore(play);
  const points = play.points.map((p, n) => ({
    options: keyHidden ? p.options.map((o) => ({ ...o, evidence: NO_EVIDENCE })) : p.options,
    chosen: p.chosen,
    lines: lines[n],
  }));
  return keyMoments(rubric, points, { alliance: play.alliance, clientName });
}
