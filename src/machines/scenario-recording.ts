/**
 * The scenario machine's actions that tell the server about the attempt (scenario-machine.ts), through the
 * `AttemptRecorder` of recorder.ts: its start, every choice with the point it was made at, and the reflection. A
 * replay from the debrief is a new attempt, whose first choices are the ones replayed. Without a recorder (guests,
 * the authoring preview) they do nothing, so nothing leaves the browser.
 */
import type { AttemptRecorder } from './recorder.ts';
import type { PlayedPoint } from './progress-store.ts';
import { seedOf, type ScenarioContext, type ScenarioEvent } from './scenario-context.ts';

/** The start's play style: sent only for respond-first, so an ordinary attempt's start is as it always was. */
const styleOf = (c: ScenarioContext): { style?: 'respond-first' } =>
  c.style === 'respond-first' ? { style: 'respond-first' } : {};
/** What the trainee wrote before the options at a point, when they did (respond-first). */
const responseOf = (p: PlayedPoint | undefined): { response?: string } =>
  p?.response !== undefined ? { response: p.response } : {};

type On = { context: ScenarioContext };
type OnEvent = { context: ScenarioContext; event: ScenarioEvent };

export function recordingActions(recorder: AttemptRecorder | undefined) {
  return {
    recordStart: ({ context }: On) => {
      recorder?.start({
        attemptId: context.attemptId,
        scenario: context.slug,
        storyHash: context.hash!,
        mode: context.mode,
        ...seedOf(context),
        ...styleOf(context),
      });
    },
    /** The option the trainee picked, by the ink index the click gave it (its place on screen is the shuffle's). */
    recordChoice: ({ context, event }: OnEvent) => {
      if (event.type !== 'choice.select') return;
      const played = context.points.at(-1);
      const option = played?.options.find((o) => o.index === event.index);
      if (!recorder || context.error !== null || !option) return;
      recorder.choice(context.attemptId, {
        point: context.points.length - 1,
        index: event.index,
        text: option.text,
        ...responseOf(played),
      });
    },
    /** The start of a replay's attempt and the choices it replays, up to the point it goes on from. */
    recordReplay: ({ context }: On) => {
      if (!recorder) return;
      // The replay keeps the seed, so the points it replays keep the order the trainee saw them in.
      recorder.start({
        attemptId: context.attemptId,
        scenario: context.slug,
        storyHash: context.hash!,
        mode: context.mode,
        ...seedOf(context),
        ...styleOf(context),
      });
      context.points.forEach((p, point) => {
        const option = p.options[p.chosen]!;
        recorder.choice(context.attemptId, { point, index: option.index, text: option.text, ...responseOf(p) });
      });
    },
    recordComplete: ({ context }: On) => {
      recorder?.complete(context.attemptId, context.reflection);
    },
  };
}
