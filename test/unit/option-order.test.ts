/**
 * The order options are shown in (src/engine/option-order.ts): a permutation, the same for the same seed and
 * point, different across attempts, fair over many seeds, and kept in the source's order where a point opts out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderOptions } from '../../src/engine/option-order.ts';

const options = (n: number, fixed = false) =>
  Array.from({ length: n }, (_, i) => ({
    source: `knot.0.c-${i}`,
    index: i,
    evidence: i === 0 && fixed ? { fixedOrder: true as const } : {},
  }));

describe('orderOptions', () => {
  it('returns a permutation of the options, deterministic for a seed and point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.string({ minLength: 1 }), fc.nat(100), (n, seed, point) => {
        const given = options(n);
        const once = orderOptions(given, seed, point);
        expect([...once].sort((a, b) => a.index - b.index)).toEqual(given);
        expect(orderOptions(given, seed, point)).toEqual(once);
      }),
    );
  });

  it('keeps the source order without a seed, and where the first option says #fixed-order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.string({ minLength: 1 }), fc.nat(100), (n, seed, point) => {
        expect(orderOptions(options(n), null, point)).toEqual(options(n));
        expect(orderOptions(options(n, true), seed, point)).toEqual(options(n, true));
      }),
    );
  });

  it('puts each option first about equally often over many attempts', () => {
    const firsts = [0, 0, 0, 0];
    const runs = 4_000;
    for (let k = 0; k < runs; k++) firsts[orderOptions(options(4), `attempt-${k}`, 3)[0]!.index]! += 1;
    // Each share within 20% of a quarter: a position cue would show as one option first far more often.
    for (const n of firsts) expect(Math.abs(n / runs - 0.25)).toBeLessThan(0.05);
  });

  it('gives two attempts different orders at some point of a path', () => {
    const orders = (seed: string) =>
      Array.from({ length: 8 }, (_, point) =>
        orderOptions(options(4), seed, point)
          .map((o) => o.index)
          .join(''),
      );
    expect(orders('first-attempt')).not.toEqual(orders('second-attempt'));
  });
});
