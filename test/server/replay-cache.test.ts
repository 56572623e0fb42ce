/**
 * Item analysis keeps what each path of each story version offered between analyses (ReplayCache): a second
 * tally with the same cache replays nothing and counts the same, and what the cache holds is what is counted.
 */
import { describe, expect, it } from 'vitest';
import { ReplayCache, tallyAttempts, type AnalysedAttempt } from '../../src/server/services/item-analysis/tally.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { playIndependently } from './helpers.ts';

const mini = fixtureBundle('mini');
const bundles = new Map([[mini.hash, mini]]);
const rank = new Map([[mini.hash, 0]]);
const paths = [
  [0, 0, 0],
  [1, 0, 0],
  [0, 0, 0],
  [2, 1, 0],
].map((picks) => playIndependently(mini, picks).choices);
const attempts: AnalysedAttempt[] = paths.map((_, i) => ({
  id: `a${i}`,
  story_hash: mini.hash,
  mode: 'assessment',
  overall: 50 + i,
}));
const choices = new Map(paths.map((p, i) => [`a${i}`, p]));
const counts = (tally: ReturnType<typeof tallyAttempts>) =>
  [...tally.points.values()].map((p) => [
    p.id,
    p.visits,
    [...p.options.values()].map((o) => [o.option.source, o.offered, o.chosen]),
  ]);

describe('ReplayCache', () => {
  it('replays each distinct path of a version once, across tallies, and counts the same', () => {
    const cache = new ReplayCache();
    const first = tallyAttempts(attempts, choices, bundles, rank, cache);
    expect(cache.size).toBe(3);
    const second = tallyAttempts(attempts, choices, bundles, rank, cache);
    expect(cache.size).toBe(3);
    expect(counts(second)).toEqual(counts(first));
    expect(counts(first)).toEqual(counts(tallyAttempts(attempts, choices, bundles, rank)));
    expect(first.unreplayable).toBe(0);
  });

  it('counts what the cache holds for a path (here: that it does not replay)', () => {
    const cache = new ReplayCache();
    cache.set(`${mini.hash}|${paths[0]!.map((c) => c.index).join(',')}`, null);
    // a0 and a2 share that path.
    expect(tallyAttempts(attempts, choices, bundles, rank, cache).unreplayable).toBe(2);
  });

  it('forgets the oldest path when full', () => {
    const cache = new ReplayCache(2);
    tallyAttempts(attempts, choices, bundles, rank, cache);
    expect(cache.size).toBe(2);
    expect(cache.has(`${mini.hash}|${paths[0]!.map((c) => c.index).join(',')}`)).toBe(false);
  });
});
