/**
 * Choice points named for people on the server, where the branch map's names are not at hand (the item analysis
 * CSV, xAPI activity names), and the engine's point ids agreeing with the server's, so the map's names find their
 * points in item analysis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicePointId } from '../../src/engine/branch-graph.ts';
import { pointIdOf, pointLabelOf } from '../../src/server/services/choice-points.ts';

describe('pointLabelOf', () => {
  it('names the knot and stitch readably, never by ink’s numbered parts', () => {
    expect(pointLabelOf('drop_in.0.g-0')).toBe('drop in');
    expect(pointLabelOf('the_gift.gift_rupture.0')).toBe('the gift: gift rupture');
    expect(pointLabelOf('gift.0+gift.0.g-1')).toBe('gift');
    expect(pointLabelOf('0')).toBe('the start');
  });

  it('never leaves an underscore, a number or a c-/g- part in any name', () => {
    const part = fc.oneof(
      fc.stringMatching(/^[a-z][a-z_]{0,8}$/),
      fc.nat({ max: 9 }).map(String),
      fc.nat({ max: 9 }).map((n) => `c-${n}`),
      fc.nat({ max: 9 }).map((n) => `g-${n}`),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(part, { minLength: 1, maxLength: 5 }).map((p) => p.join('.')),
          { minLength: 1, maxLength: 3 },
        ),
        (containers) => {
          const label = pointLabelOf(containers.join('+'));
          expect(label).not.toMatch(/_|\b[cg]-\d|\d/);
          expect(label.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('choicePointId', () => {
  it('is the server’s point id for the same options', () => {
    const source = fc.array(fc.stringMatching(/^[a-z]{1,4}$/), { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 5 }), (sources) => {
        const options = sources.map((s) => ({ source: s }));
        expect(choicePointId(options)).toBe(pointIdOf(options));
      }),
    );
  });
});
