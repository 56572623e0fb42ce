/**
 * The labelled typed responses (test/fixtures/responses/labelled.json) that `npm run bench:matcher` scores the
 * respond-first matcher against must still name real scenarios, choice points and options: a story edited after
 * the set was written could otherwise leave the benchmark measuring against options that no longer exist.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLabelled, countLabelled, type LabelledSet } from '../fixtures/responses/check.ts';
import { libraryPoints } from '../fixtures/responses/library-points.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const set = JSON.parse(readFileSync(new URL('../fixtures/responses/labelled.json', import.meta.url), 'utf8')) as LabelledSet;

describe('the labelled typed responses', () => {
  const points = libraryPoints(root);

  it('name scenarios, points and options that exist in the library, within the set’s own rules', () => {
    expect(checkLabelled(set, points)).toEqual([]);
  });

  it('cover every scenario with at least 200 responses in all, of every kind', () => {
    const counts = countLabelled(set, points);
    expect(counts.total).toBeGreaterThanOrEqual(200);
    for (const n of Object.values(counts.byKind)) expect(n).toBeGreaterThan(0);
    const scenarios = new Set(points.map((p) => p.scenario));
    expect(new Set(counts.byScenario.filter((s) => s.items > 0).map((s) => s.scenario))).toEqual(scenarios);
  });

  it('report a label that is not one of its point’s options', () => {
    const first = set.items[0]!;
    const broken: LabelledSet = { ...set, items: [{ ...first, label: `${first.label}.nowhere` }] };
    expect(checkLabelled(broken, points).join('\n')).toMatch(/nowhere/);
  });
});
