/**
 * Every recorded choice of an attempt with the options on offer when it was made, rewinds included (a practice
 * attempt that went back answers the earlier point again): what the xAPI `answered` statements report.
 *
 * The engine's replay (src/engine/replay.ts) plays one path; here each stretch of the attempt between rewinds is
 * one path. A rewind to point q drops the path's points from q on: the path as it stood is replayed once and
 * the dropped choices take their answers from it; at the end the final path is replayed for the rest. So an
 * attempt is replayed once per rewind, plus once.
 *
 * Stops quietly at the first choice that does not replay (the attempt service has already rejected such an
 * attempt, and what replayed is still what the trainee did): its answers are those made before it. When the
 * story itself fails at run time right after a choice, that choice is not answered either (the options of the
 * point after it are never reached).
 */
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import { ReplayError, replayChoices, type ReplayedPoint } from '../../../engine/replay.ts';
import type { StoryOption } from '../../../engine/story-runner.ts';

export interface RecordedChoiceEvent {
  seq: number;
  receivedAt: string;
  point: number;
  index: number;
  /** What the trainee typed before choosing, in respond-first play. */
  response?: string;
}

export interface AnsweredChoice extends RecordedChoiceEvent {
  options: StoryOption[];
  chosen: StoryOption;
}

/** The points of a path as the engine replays them, up to the first choice that fails (`failedAt`), if any. */
function replayPath(
  bundle: ScenarioBundle,
  path: readonly RecordedChoiceEvent[],
  seed: string | null,
): { points: ReplayedPoint[]; failedAt: number | null } {
  const choices = path.map((e, i) => ({ point: i, index: e.index }));
  const replay = (n: number) => replayChoices(bundle.ink, choices.slice(0, n), { allowRewind: false, seed }).points;
  try {
    return { points: replay(choices.length), failedAt: null };
  } catch (error) {
    // A choice on no offer names itself; a story failing at run time does not, so shorter paths are tried.
    let n = error instanceof ReplayError && error.choice !== null ? error.choice : choices.length - 1;
    for (; n >= 0; n--) {
      try {
        return { points: replay(n), failedAt: n };
      } catch {
        // Shorter still.
      }
    }
    return { points: [], failedAt: 0 };
  }
}

export function answeredChoices(
  bundle: ScenarioBundle,
  events: readonly RecordedChoiceEvent[],
  seed: string | null = null,
): AnsweredChoice[] {
  const answers = new Map<RecordedChoiceEvent, AnsweredChoice>();
  let path: RecordedChoiceEvent[] = [];
  /** Replays the path and answers its choices from point `from` on; false when a choice did not replay. */
  const answer = (from: number): boolean => {
    const { points, failedAt } = replayPath(bundle, path, seed);
    // On a failure every choice still on the path before it is answered now: nothing after it will be.
    const start = failedAt === null ? from : 0;
    points.slice(start).forEach((p, i) => {
      const event = path[start + i]!;
      answers.set(event, { ...event, options: p.options, chosen: p.options[p.chosen]! });
    });
    return failedAt === null;
  };

  let complete = true;
  for (const event of events) {
    if (event.point > path.length || event.point < 0) break;
    if (event.point < path.length) {
      if (!answer(event.point)) {
        complete = false;
        break;
      }
      path = path.slice(0, event.point);
    }
    path.push(event);
  }
  if (complete) answer(0);
  return events.flatMap((e) => answers.get(e) ?? []);
}
