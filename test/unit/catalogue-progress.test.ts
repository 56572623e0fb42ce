/**
 * What a catalogue card says from the browser's saved progress (src/components/catalogue-progress.ts): a
 * scenario with a finished attempt shows its best score even while another play-through or a replay from the
 * debrief is saved, and a conversation that has ended is not "in progress".
 */
import { describe, expect, it } from 'vitest';
import { cardProgress } from '../../src/components/catalogue-progress.ts';
import { memoryProgressStore, type AttemptSummary, type SavedPhase } from '../../src/machines/progress-store.ts';
import { emptyPlay } from '../../src/machines/scenario-context.ts';

const slug = 'after-hours';
const save = (store: ReturnType<typeof memoryProgressStore>, phase: SavedPhase) =>
  store.save({
    version: 1,
    slug,
    storyHash: 'h',
    savedAt: '2026-12-06T10:00:00.000Z',
    phase,
    play: emptyPlay('practice', `a-${phase}`),
  });
const finish = (store: ReturnType<typeof memoryProgressStore>, id: string, overall: number | null): void =>
  store.recordAttempt({
    id,
    slug,
    storyHash: 'h',
    mode: 'practice',
    finishedAt: '2026-12-06T10:00:00.000Z',
    overall,
    band: null,
    incidents: 0,
    reflection: '',
  } satisfies AttemptSummary);

describe('catalogue card progress', () => {
  it('not started, then in progress while choosing or reading feedback', () => {
    const store = memoryProgressStore();
    expect(cardProgress(store, slug)).toEqual({ state: 'not-started', text: 'Not started' });
    for (const phase of ['awaitingChoice', 'feedback'] as const) {
      save(store, phase);
      expect(cardProgress(store, slug)).toEqual({ state: 'in-progress', text: 'In progress' });
    }
  });

  it('a conversation that has ended waits for its reflection, and is not offered as in progress', () => {
    const store = memoryProgressStore();
    save(store, 'reflection');
    expect(cardProgress(store, slug)).toEqual({ state: 'ended', text: 'Ended: reflection to write' });
  });

  it('a finished scenario shows its best score, rounded, over every attempt', () => {
    const store = memoryProgressStore();
    finish(store, 'one', 41.4);
    finish(store, 'two', 72.6);
    finish(store, 'three', null);
    save(store, 'debrief');
    expect(cardProgress(store, slug)).toEqual({ state: 'done', text: 'Best score 73 (3 attempts)' });
  });

  it('a finished scenario played again (or replayed from its debrief) keeps its score and says another is under way', () => {
    const store = memoryProgressStore();
    finish(store, 'one', 55);
    save(store, 'awaitingChoice');
    expect(cardProgress(store, slug)).toEqual({
      state: 'done',
      text: 'Best score 55 (1 attempt); another in progress',
    });
    save(store, 'reflection');
    expect(cardProgress(store, slug).text).toBe('Best score 55 (1 attempt); another ended, reflection to write');
  });

  it('a finished attempt without a score says so rather than inventing one', () => {
    const store = memoryProgressStore();
    finish(store, 'one', null);
    expect(cardProgress(store, slug)).toEqual({ state: 'done', text: 'Best score – (1 attempt)' });
  });
});
