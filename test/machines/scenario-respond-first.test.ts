/**
 * Respond-first play (issue 16) in the scenario machine: the options stay hidden until a long enough response is
 * written, are then ranked by the injected matcher (or shown unmarked when it fails or is skipped), and the
 * written words go with the choice into the played point and to the recorder. A reload keeps a half-written
 * response; a rewind goes back to writing at that point.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { RankedOption } from '../../src/engine/matcher/matcher.ts';
import type { StoryOption } from '../../src/engine/story-runner.ts';
import { memoryProgressStore } from '../../src/machines/progress-store.ts';
import type { AttemptRecorder, AttemptStart } from '../../src/machines/recorder.ts';
import { MIN_RESPONSE } from '../../src/machines/scenario-context.ts';
import { createScenarioMachine } from '../../src/machines/scenario-machine.ts';
import type { ChoiceMessage } from '../../src/lib/attempt-protocol.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';

const bundle = fixtureBundle();
const WROTE = 'What does this gift mean to you?';

/** Marks the option whose text shares the most words with the response: a stand-in for the real matcher. */
async function byWords(response: string, options: StoryOption[]): Promise<RankedOption[]> {
  const words = new Set(response.toLowerCase().match(/[a-z]+/g));
  const scored = options.map((o) => ({
    source: o.source,
    score: (o.text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => words.has(w)).length,
  }));
  const best = Math.max(...scored.map((s) => s.score));
  return scored.sort((a, b) => b.score - a.score).map((s) => ({ ...s, marked: best > 0 && s.score === best }));
}

async function begin({
  store = memoryProgressStore(),
  rank = byWords as ((r: string, o: StoryOption[]) => Promise<RankedOption[]>) | undefined,
  recorder = undefined as AttemptRecorder | undefined,
} = {}) {
  let n = 0;
  const actor = createActor(
    createScenarioMachine({
      loadBundle: async () => structuredClone(bundle),
      store,
      newId: () => `id-${++n}`,
      rank,
      recorder,
    }),
    {
      input: { slug: 'mini' },
    },
  );
  actor.start();
  await waitFor(actor, (s) => !s.matches('loading'));
  return { actor, store };
}

function recording() {
  const starts: AttemptStart[] = [];
  const choices: ChoiceMessage[] = [];
  const recorder: AttemptRecorder = {
    start: (s) => void starts.push(s),
    choice: (_, c) => void choices.push(c),
    complete: () => {},
  };
  return { recorder, starts, choices };
}

describe('respond-first play', () => {
  it('hides the options until a long enough response is submitted, then marks the closest', async () => {
    const { recorder, starts, choices } = recording();
    const { actor } = await begin({ recorder });
    actor.send({ type: 'briefing.start', mode: 'practice', style: 'respond-first' });
    expect(actor.getSnapshot().matches({ playing: 'composing' })).toBe(true);
    expect(starts[0]?.style).toBe('respond-first');

    actor.send({ type: 'response.edit', text: 'x'.repeat(MIN_RESPONSE - 1) });
    actor.send({ type: 'response.submit' });
    expect(actor.getSnapshot().matches({ playing: 'composing' }), 'too short: still writing').toBe(true);
    // Spaces do not count towards the minimum.
    actor.send({ type: 'response.edit', text: `  ${'y'.repeat(MIN_RESPONSE - 2)}   ` });
    actor.send({ type: 'response.submit' });
    expect(actor.getSnapshot().matches({ playing: 'composing' })).toBe(true);

    actor.send({ type: 'response.edit', text: `  ${WROTE} ` });
    actor.send({ type: 'response.submit' });
    await waitFor(actor, (s) => s.matches({ playing: 'awaitingChoice' }));
    const c = actor.getSnapshot().context;
    expect(c.response).toBe(WROTE);
    const marked = c.options.filter((o) => c.marks?.includes(o.source)).map((o) => o.text);
    expect(marked).toEqual(['Ask what it means to her']);

    const refuse = c.options.find((o) => o.text === 'Refuse it')!;
    actor.send({ type: 'choice.select', index: refuse.index, noneClose: true });
    const s = actor.getSnapshot();
    expect(s.matches({ playing: 'feedback' })).toBe(true);
    const point = s.context.points[0]!;
    expect(point.options[point.chosen]!.text).toBe('Refuse it');
    expect(point).toMatchObject({ response: WROTE, noneClose: true, marked: c.marks });
    // Scoring is by the option picked, and the words go with the choice.
    expect(choices).toEqual([{ point: 0, index: refuse.index, text: 'Refuse it', response: WROTE }]);

    actor.send({ type: 'feedback.continue' });
    expect(actor.getSnapshot().matches({ playing: 'composing' }), 'the next point begins with writing').toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ draft: '', response: null, marks: null });
  });

  it('shows the options unmarked when the matcher fails, or when the trainee will not wait for it', async () => {
    const failing = await begin({ rank: () => Promise.reject(new Error('offline')) });
    failing.actor.send({ type: 'briefing.start', style: 'respond-first' });
    failing.actor.send({ type: 'response.edit', text: WROTE });
    failing.actor.send({ type: 'response.submit' });
    await waitFor(failing.actor, (s) => s.matches({ playing: 'awaitingChoice' }));
    expect(failing.actor.getSnapshot().context.marks).toBeNull();

    const slow = await begin({ rank: () => new Promise(() => {}) });
    slow.actor.send({ type: 'briefing.start', style: 'respond-first' });
    slow.actor.send({ type: 'response.edit', text: WROTE });
    slow.actor.send({ type: 'response.submit' });
    expect(slow.actor.getSnapshot().matches({ playing: 'matching' })).toBe(true);
    slow.actor.send({ type: 'response.skipMatching' });
    expect(slow.actor.getSnapshot().matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(slow.actor.getSnapshot().context.marks).toBeNull();
  });

  it('keeps a half-written response through a reload, and the shown options with their marks', async () => {
    const store = memoryProgressStore();
    const first = await begin({ store });
    first.actor.send({ type: 'briefing.start', mode: 'assessment', style: 'respond-first' });
    first.actor.send({ type: 'response.edit', text: 'It sounds like th' });
    first.actor.stop();

    const second = await begin({ store });
    expect(second.actor.getSnapshot().matches('resumeOffer')).toBe(true);
    second.actor.send({ type: 'save.resume' });
    expect(second.actor.getSnapshot().matches({ playing: 'composing' })).toBe(true);
    expect(second.actor.getSnapshot().context).toMatchObject({
      draft: 'It sounds like th',
      style: 'respond-first',
      mode: 'assessment',
    });

    second.actor.send({ type: 'response.edit', text: WROTE });
    second.actor.send({ type: 'response.submit' });
    await waitFor(second.actor, (s) => s.matches({ playing: 'awaitingChoice' }));
    const marks = second.actor.getSnapshot().context.marks;
    second.actor.stop();

    const third = await begin({ store, rank: () => Promise.reject(new Error('must not rank again')) });
    third.actor.send({ type: 'save.resume' });
    expect(third.actor.getSnapshot().matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(third.actor.getSnapshot().context).toMatchObject({ response: WROTE, marks });
  });

  it('goes back to writing at the point a practice rewind returns to', async () => {
    const { actor } = await begin();
    actor.send({ type: 'briefing.start', style: 'respond-first' });
    actor.send({ type: 'response.edit', text: WROTE });
    actor.send({ type: 'response.submit' });
    await waitFor(actor, (s) => s.matches({ playing: 'awaitingChoice' }));
    actor.send({ type: 'choice.select', index: 0 });
    actor.send({ type: 'choice.rewind', point: 0 });
    const s = actor.getSnapshot();
    expect(s.matches({ playing: 'composing' })).toBe(true);
    expect(s.context.points).toHaveLength(0);
    expect(s.context).toMatchObject({ draft: '', response: null, marks: null });
  });

  it('plays an ordinary attempt as before: options at once, nothing written, no style sent', async () => {
    const { recorder, starts, choices } = recording();
    const { actor } = await begin({ recorder });
    actor.send({ type: 'briefing.start', mode: 'practice' });
    expect(actor.getSnapshot().matches({ playing: 'awaitingChoice' })).toBe(true);
    actor.send({ type: 'response.edit', text: WROTE });
    actor.send({ type: 'choice.select', index: 0, noneClose: true });
    expect(starts[0]).not.toHaveProperty('style');
    expect(choices[0]).not.toHaveProperty('response');
    expect(actor.getSnapshot().context.points[0]).not.toHaveProperty('noneClose');
  });
});
