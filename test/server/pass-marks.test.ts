/**
 * One pass-mark rule (src/server/services/pass-marks.ts) for the dashboard, the trainee view and the exports:
 * met when every marked domain scores at least its mark; a marked domain never scored is not met.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passed } from '../../src/server/services/exports.ts';
import { domainsBelow, meetsPassMarks, parsePassMarks } from '../../src/server/services/pass-marks.ts';

const domain = fc.constantFrom('trust', 'boundaries', 'power', 'conflict', 'autonomy', 'support');
const marks = fc.dictionary(domain, fc.integer({ min: 0, max: 100 }));
const scores = fc.dictionary(domain, fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }));

describe('the pass-mark rule', () => {
  it('lists exactly the marked domains that are unscored or below their mark', () => {
    fc.assert(
      fc.property(marks, scores, (m, s) => {
        const below = domainsBelow(m, s);
        for (const [d, mark] of Object.entries(m)) {
          const score = s[d];
          expect(below.includes(d)).toBe(typeof score !== 'number' || score < mark);
        }
        for (const d of below) expect(d in m).toBe(true);
        expect(meetsPassMarks(m, s)).toBe(Object.keys(m).length === 0 ? null : below.length === 0);
      }),
    );
  });

  it('does not pass an attempt on a marked domain it was never scored on (the exports used to)', () => {
    const report = { overall: 90, band: 'proficient' as const, bandCapped: false, criteria: [], incidents: [], domains: [
      { id: 'boundaries', name: 'Boundaries', score: 95, opportunities: 3 },
      { id: 'trust', name: 'Trust', score: null, opportunities: 0 },
    ] };
    expect(passed(report, JSON.stringify({ boundaries: 80 }))).toBe(true);
    expect(passed(report, JSON.stringify({ boundaries: 80, trust: 50 }))).toBe(false);
    expect(passed(report, JSON.stringify({}))).toBeNull();
    expect(passed(null, JSON.stringify({ boundaries: 80 }))).toBeNull();
  });

  it('reads stored marks, leaving out anything that is not a number', () => {
    expect(parsePassMarks('{"trust":60,"power":"high"}')).toEqual({ trust: 60 });
    expect(parsePassMarks('[1,2]')).toEqual({});
    expect(parsePassMarks('not json')).toEqual({});
    expect(parsePassMarks(null)).toEqual({});
  });
});
