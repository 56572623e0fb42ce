/** Progress written after the page draws (scenario-save-queue.ts): the newest only, read back while pending, failures told. */
import { describe, expect, it } from 'vitest';
import { memoryProgressStore, type SavedProgress } from '../../src/machines/progress-store.ts';
import { savedLater } from '../../src/machines/scenario-save-queue.ts';

const progress = (slug: string, n: number): SavedProgress => ({
  version: 1,
  slug,
  storyHash: 'h',
  savedAt: `2026-12-01T10:00:0${n}Z`,
  phase: 'awaitingChoice',
  play: {
    attemptId: 'a',
    mode: 'practice',
    transcript: [],
    points: [],
    options: [],
    alliance: [],
    ending: null,
    reflection: '',
    report: null,
    rewinds: n,
    ink: null,
  },
});

describe('savedLater', () => {
  it('writes only the newest progress, once, when the scheduled write runs', () => {
    const inner = memoryProgressStore();
    let writes = 0;
    const save = inner.save;
    inner.save = (p) => (writes++, save(p));
    const runs: (() => void)[] = [];
    const store = savedLater(inner, (write) => void runs.push(write));
    store.save(progress('a', 1));
    store.save(progress('a', 2));
    expect(runs).toHaveLength(1);
    expect(inner.entries.has('a')).toBe(false);
    // Read back while pending.
    expect(store.load('a')?.play.rewinds).toBe(2);
    runs[0]!();
    expect(writes).toBe(1);
    expect(inner.load('a')?.play.rewinds).toBe(2);
    store.save(progress('a', 3));
    expect(runs).toHaveLength(2);
    store.flush(); // the page is hidden: written at once
    expect(inner.load('a')?.play.rewinds).toBe(3);
  });

  it('clearing drops what is pending', () => {
    const inner = memoryProgressStore();
    const runs: (() => void)[] = [];
    const store = savedLater(inner, (write) => void runs.push(write));
    store.save(progress('a', 1));
    store.clear('a');
    runs[0]!();
    expect(inner.entries.has('a')).toBe(false);
    expect(store.load('a')).toBeNull();
  });

  it('tells of a failed write at the next save, and stops once a write succeeds', () => {
    const inner = memoryProgressStore();
    let full = true;
    const save = inner.save;
    inner.save = (p) => {
      if (full) throw new Error('quota');
      save(p);
    };
    const runs: (() => void)[] = [];
    const store = savedLater(inner, (write) => void runs.push(write));
    expect(() => store.save(progress('a', 1))).not.toThrow(); // written (and failed) after the call
    runs.shift()!();
    expect(() => store.save(progress('a', 2))).toThrow(/could not be saved/);
    full = false;
    runs.shift()!();
    expect(() => store.save(progress('a', 3))).not.toThrow();
    runs.shift()!();
    expect(inner.load('a')?.play.rewinds).toBe(3);
  });
});
