/**
 * One pass-mark rule (src/engine/pass-marks.ts): met when every marked domain scores at least its mark; a marked
 * domain never scored is not met. Its consumers (the dashboard's cell, the trainee view's list, the xAPI `scored`
 * statement's success) are called here on the same random scores and marks, and must give the same verdict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainScoresOf, domainsBelow, meetsPassMarks } from '../../src/engine/pass-marks.ts';
import type { ScoreReport } from '../../src/engine/scoring.ts';
import { cellBelowPass, meanScores } from '../../src/server/services/dashboard/cells.ts';
import { traineeBelowPass } from '../../src/server/services/dashboard/trainee-view.ts';
import type { DashboardAssignment, DashboardCell } from '../../src/server/services/dashboard/types.ts';
import { passed } from '../../src/server/services/exports/xapi-statements.ts';

const domain = fc.constantFrom('trust', 'boundaries', 'power', 'conflict', 'autonomy', 'support');
const marks = fc.dictionary(domain, fc.integer({ min: 0, max: 100 }));
const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
const scores = fc.dictionary(domain, score);

/** A completed attempt's report with these domain scores (null: the path never put the domain at stake). */
function reportWith(domainScores: Record<string, number | null>): ScoreReport {
  return {
    overall: 50,
    band: 'developing',
    bandCapped: false,
    domains: Object.entries(domainScores).map(([id, s]) => ({
      id,
      name: id,
      score: s,
      opportunities: s === null ? 0 : 2,
    })),
    criteria: [],
    incidents: [],
  };
}

const assignmentWith = (passMarks: Record<string, number>): DashboardAssignment => ({
  id: 'a1',
  title: 'Week 1',
  scenarios: ['mini'],
  mode: 'assessment',
  opensAt: '2026-01-01T00:00:00.000Z',
  dueAt: '2026-02-01T00:00:00.000Z',
  traineeId: null,
  passMarks,
});

describe('the pass-mark rule', () => {
  it('lists exactly the marked domains that are unscored or below their mark', () => {
    fc.assert(
      fc.property(marks, scores, (m, s) => {
        const below = domainsBelow(m, s);
        for (const [d, mark] of Object.entries(m)) {
          const value = s[d];
          expect(below.includes(d)).toBe(typeof value !== 'number' || value < mark);
        }
        for (const d of below) expect(d in m).toBe(true);
        expect(meetsPassMarks(m, s)).toBe(Object.keys(m).length === 0 ? null : below.length === 0);
      }),
    );
  });

  it('gives one verdict in the dashboard, the trainee view and xAPI for one completed attempt', () => {
    fc.assert(
      fc.property(marks, scores, (m, s) => {
        const report = reportWith(s);
        const expected = domainsBelow(m, domainScoresOf(report));
        // The dashboard: a cell whose one scenario has this attempt as its best.
        const best = meanScores([report]);
        const dashboard = cellBelowPass(m, 1, best);
        // The trainee view: the same cell, listed per domain below its mark.
        const cell = { best } as DashboardCell;
        const trainee = traineeBelowPass(
          [assignmentWith(m)],
          () => cell,
          (d) => d,
        );
        // xAPI: the `scored` statement's success, read from the assignment's stored marks.
        const success = passed(report, JSON.stringify(m));

        expect(dashboard).toEqual(expected);
        expect(trainee.map((b) => b.domain)).toEqual(expected);
        for (const b of trainee) {
          expect(b.mark).toBe(m[b.domain]);
          expect(b.score).toBe(typeof s[b.domain] === 'number' ? s[b.domain] : null);
        }
        expect(success).toBe(Object.keys(m).length === 0 ? null : expected.length === 0);
      }),
    );
  });

  it('does not pass an attempt on a marked domain it was never scored on (the exports used to)', () => {
    const report = reportWith({ boundaries: 95, trust: null });
    expect(passed(report, JSON.stringify({ boundaries: 80 }))).toBe(true);
    expect(passed(report, JSON.stringify({ boundaries: 80, trust: 50 }))).toBe(false);
    expect(cellBelowPass({ boundaries: 80, trust: 50 }, 1, meanScores([report]))).toEqual(['trust']);
    expect(passed(report, JSON.stringify({}))).toBeNull();
    expect(passed(null, JSON.stringify({ boundaries: 80 }))).toBeNull();
  });

  it('judges no cell before anything in it is completed', () => {
    expect(cellBelowPass({ boundaries: 80 }, 0, null)).toEqual([]);
    expect(cellBelowPass({ boundaries: 80 }, 1, null)).toEqual(['boundaries']);
  });
});
