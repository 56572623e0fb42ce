/**
 * Scoring rules (src/engine/scoring.ts header): per-opportunity normalisation, means over opportunities,
 * weighted domain and overall means, critical incidents listed on their own and capping the band.
 * The properties below follow from those rules; no expected number is copied from the implementation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_IDS, type Domain, type Rubric } from '../../src/engine/rubric.ts';
import {
  BAND_THRESHOLDS,
  BANDS,
  bandFor,
  bestOption,
  criteriaAtStake,
  opportunityScore,
  scoreAttempt,
  strongestOptions,
  valueFor,
  type ChoicePointRecord,
  type OfferedOption,
  type ScoreReport,
} from '../../src/engine/scoring.ts';
import { CRITICAL_KINDS, type CriticalKind, type RubricValue } from '../../src/engine/tags.ts';

// ---------------------------------------------------------------------------------------------
// Builders

function makeRubric(spec: { id: (typeof DOMAIN_IDS)[number]; weights: number[] }[]): Rubric {
  return {
    domains: spec.map((d, i): Domain => ({
      id: d.id,
      name: `Domain ${d.id}`,
      order: i + 1,
      summary: 'Test domain.',
      criteria: d.weights.map((weight, j) => ({
        id: `${d.id}.c${j}`,
        name: `Criterion ${j}`,
        description: 'Test criterion.',
        skilled: ['x'],
        unhelpful: ['y'],
        weight,
        citations: [{ kind: 'source', section: 'Introduction', quote: 'q' }],
      })),
    })),
  };
}

const criterionIds = (rubric: Rubric) => rubric.domains.flatMap((d) => d.criteria.map((c) => c.id));

let optionCounter = 0;
/** An option tagging `values` (criterion id → value; absent means untagged). */
function option(
  values: Record<string, number>,
  extra: { critical?: CriticalKind; feedback?: string; text?: string } = {},
): OfferedOption {
  optionCounter += 1;
  return {
    text: extra.text ?? `option ${optionCounter}`,
    evidence: {
      rubric: Object.entries(values).map(([criterion, value]) => ({ criterion, value: value as RubricValue })),
      feedback: extra.feedback ?? null,
      critical: extra.critical ?? null,
      contested: false,
    },
  };
}

/** The value every option effectively carries for each criterion (untagged counts as 0, per the rules). */
const effective = (o: OfferedOption, id: string) => o.evidence.rubric.find((r) => r.criterion === id)?.value ?? 0;

// ---------------------------------------------------------------------------------------------
// Arbitraries

const rubricArb: fc.Arbitrary<Rubric> = fc
  .uniqueArray(fc.constantFrom(...DOMAIN_IDS), { minLength: 1, maxLength: 3 })
  .chain((ids) =>
    fc
      .tuple(...ids.map(() => fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 })))
      .map((weights) => makeRubric(ids.map((id, i) => ({ id, weights: weights[i]! })))),
  );

/** Per criterion: untagged (null) or a value -2..2. */
const valuesArb = (ids: string[]) =>
  fc.tuple(...ids.map(() => fc.option(fc.integer({ min: -2, max: 2 }), { nil: null, freq: 3 }))).map((vs) => {
    const out: Record<string, number> = {};
    vs.forEach((v, i) => {
      if (v !== null) out[ids[i]!] = v;
    });
    return out;
  });

const criticalArb = fc.option(fc.constantFrom(...CRITICAL_KINDS), { nil: undefined, freq: 4 });

const optionArb = (ids: string[], withCritical: boolean) =>
  fc
    .tuple(valuesArb(ids), withCritical ? criticalArb : fc.constant(undefined), fc.string({ maxLength: 8 }))
    .map(([values, critical, fb]) => option(values, { ...(critical ? { critical } : {}), feedback: fb }));

const pointArb = (ids: string[], withCritical = false): fc.Arbitrary<ChoicePointRecord> =>
  fc
    .array(optionArb(ids, withCritical), { minLength: 2, maxLength: 4 })
    .chain((options) => fc.nat(options.length - 1).map((chosen) => ({ options, chosen })));

const transcriptArb = (ids: string[], withCritical = false) =>
  fc.array(pointArb(ids, withCritical), { minLength: 1, maxLength: 12 });

const scenarioArb = (withCritical = false) =>
  rubricArb.chain((rubric) => transcriptArb(criterionIds(rubric), withCritical).map((points) => ({ rubric, points })));

/**
 * A point with an option that is best (or worst) on every criterion: other options are random, and the
 * extreme option carries, for each criterion, the max (or min) effective value among them.
 */
const extremePointArb = (ids: string[], pick: 'best' | 'worst') =>
  fc
    .tuple(fc.array(optionArb(ids, false), { minLength: 1, maxLength: 3 }), fc.nat(3), fc.boolean())
    .map(([others, at, untaggedWhenZero]) => {
      const values: Record<string, number> = {};
      for (const id of ids) {
        const vs = others.map((o) => effective(o, id));
        const v = pick === 'best' ? Math.max(...vs) : Math.min(...vs);
        // An untagged option counts as 0, so a 0 may be written either way.
        if (!(v === 0 && untaggedWhenZero)) values[id] = v;
      }
      const extreme = option(values);
      const position = at % (others.length + 1);
      const options = [...others.slice(0, position), extreme, ...others.slice(position)];
      return { options, chosen: position };
    });

// ---------------------------------------------------------------------------------------------
// Helpers

function allScores(report: ScoreReport): (number | null)[] {
  return [report.overall, ...report.domains.map((d) => d.score), ...report.criteria.map((c) => c.score)];
}

const inRange = (s: number | null) => s === null || (s >= 0 && s <= 100);

/** Deterministic shuffle from a seed (mulberry32), so fast-check can replay it. */
function shuffled<T>(items: readonly T[], seed: number): { items: T[]; order: number[] } {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return { items: order.map((i) => items[i]!), order };
}

const RUNS = { numRuns: 300 };

// ---------------------------------------------------------------------------------------------

describe('scoreAttempt properties', () => {
  it('(a) every criterion, domain and overall score is null or within [0, 100]', () => {
    fc.assert(
      fc.property(scenarioArb(true), ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        for (const s of allScores(report)) expect(inRange(s)).toBe(true);
      }),
      RUNS,
    );
  });

  it('(a) reports every rubric criterion and domain, in rubric order, and a null score exactly when there was no opportunity', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        expect(report.criteria.map((c) => c.id)).toEqual(criterionIds(rubric));
        expect(report.domains.map((d) => d.id)).toEqual(rubric.domains.map((d) => d.id));
        for (const c of report.criteria) {
          expect(c.score === null).toBe(c.opportunities === 0);
          expect(c.domain).toBe(c.id.split('.')[0]);
        }
        for (const d of report.domains) {
          const own = report.criteria.filter((c) => c.domain === d.id);
          expect(d.opportunities).toBe(own.reduce((n, c) => n + c.opportunities, 0));
          expect(d.score === null).toBe(own.every((c) => c.score === null));
        }
        expect(report.overall === null).toBe(report.criteria.every((c) => c.score === null));
        if (report.overall !== null) expect(report.band).not.toBeNull();
        if (report.overall === null && report.incidents.length === 0) expect(report.band).toBeNull();
      }),
      RUNS,
    );
  });

  it('(a) opportunities count the points where a criterion is at stake (options not all equal on it)', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        for (const c of report.criteria) {
          const atStake = points.filter((p) => new Set(p.options.map((o) => effective(o, c.id))).size > 1).length;
          expect(c.opportunities).toBe(atStake);
        }
      }),
      RUNS,
    );
  });

  it('(a) a domain score lies between its criteria scores, and the overall between all criteria scores', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        const eps = 1e-9;
        const within = (s: number | null, of: (number | null)[]) => {
          const xs = of.filter((x): x is number => x !== null);
          if (s === null) return xs.length === 0;
          return s >= Math.min(...xs) - eps && s <= Math.max(...xs) + eps;
        };
        for (const d of report.domains) {
          expect(
            within(
              d.score,
              report.criteria.filter((c) => c.domain === d.id).map((c) => c.score),
            ),
          ).toBe(true);
        }
        expect(
          within(
            report.overall,
            report.criteria.map((c) => c.score),
          ),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('(b) choosing an option that is best on every criterion scores 100 on every scored criterion', () => {
    const arb = rubricArb.chain((rubric) =>
      fc
        .array(extremePointArb(criterionIds(rubric), 'best'), { minLength: 1, maxLength: 12 })
        .map((points) => ({ rubric, points })),
    );
    fc.assert(
      fc.property(arb, ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        for (const c of report.criteria) if (c.score !== null) expect(c.score).toBe(100);
        for (const d of report.domains) if (d.score !== null) expect(d.score).toBe(100);
        if (report.overall !== null) {
          expect(report.overall).toBe(100);
          expect(report.band).toBe('proficient');
        }
      }),
      RUNS,
    );
  });

  it('(b) bestOption picks an option that scores 100 wherever a dominant option exists', () => {
    const arb = rubricArb.chain((rubric) =>
      fc
        .array(extremePointArb(criterionIds(rubric), 'best'), { minLength: 1, maxLength: 12 })
        .map((points) => ({ rubric, points })),
    );
    fc.assert(
      fc.property(arb, ({ rubric, points }) => {
        const replayed = points.map((p) => ({ options: p.options, chosen: bestOption(rubric, p.options) }));
        for (const p of replayed) {
          expect(p.chosen).toBeGreaterThanOrEqual(0);
          expect(p.chosen).toBeLessThan(p.options.length);
        }
        const report = scoreAttempt(rubric, replayed);
        for (const c of report.criteria) if (c.score !== null) expect(c.score).toBe(100);
        if (report.overall !== null) expect(report.overall).toBe(100);
      }),
      RUNS,
    );
  });

  it('(b) with one criterion at stake per point, bestOption picks a highest value and scores 100', () => {
    const arb = rubricArb.chain((rubric) => {
      const ids = criterionIds(rubric);
      const point = fc
        .tuple(
          fc.constantFrom(...ids),
          fc.array(fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }), { minLength: 2, maxLength: 4 }),
        )
        .map(([id, vs]) => ({ id, options: vs.map((v) => option(v === null ? {} : { [id]: v })) }));
      return fc.array(point, { minLength: 1, maxLength: 12 }).map((pts) => ({ rubric, pts }));
    });
    fc.assert(
      fc.property(arb, ({ rubric, pts }) => {
        const points = pts.map(({ id, options }) => {
          const chosen = bestOption(rubric, options);
          const values = options.map((o) => effective(o, id));
          expect(values[chosen]).toBe(Math.max(...values));
          return { options, chosen };
        });
        const report = scoreAttempt(rubric, points);
        for (const c of report.criteria) if (c.score !== null) expect(c.score).toBe(100);
      }),
      RUNS,
    );
  });

  it('(c) choosing an option that is worst on every criterion scores 0 on every scored criterion', () => {
    const arb = rubricArb.chain((rubric) =>
      fc
        .array(extremePointArb(criterionIds(rubric), 'worst'), { minLength: 1, maxLength: 12 })
        .map((points) => ({ rubric, points })),
    );
    fc.assert(
      fc.property(arb, ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        for (const c of report.criteria) if (c.score !== null) expect(c.score).toBe(0);
        for (const d of report.domains) if (d.score !== null) expect(d.score).toBe(0);
        if (report.overall !== null) {
          expect(report.overall).toBe(0);
          expect(report.band).toBe('beginning');
        }
      }),
      RUNS,
    );
  });

  it('(d) the order the options were offered in changes nothing', () => {
    const arb = scenarioArb(true).chain((s) =>
      fc
        .array(fc.integer(), { minLength: s.points.length, maxLength: s.points.length })
        .map((seeds) => ({ ...s, seeds })),
    );
    fc.assert(
      fc.property(arb, ({ rubric, points, seeds }) => {
        const permuted = points.map((p, i) => {
          const { items, order } = shuffled(p.options, seeds[i]!);
          return { options: items, chosen: order.indexOf(p.chosen) };
        });
        permuted.forEach((p, i) => expect(p.options[p.chosen]).toBe(points[i]!.options[points[i]!.chosen]));
        expect(scoreAttempt(rubric, permuted)).toEqual(scoreAttempt(rubric, points));
      }),
      RUNS,
    );
  });

  it('(e) path length does not bias: a transcript played twice over scores the same', () => {
    fc.assert(
      fc.property(scenarioArb(true), ({ rubric, points }) => {
        const once = scoreAttempt(rubric, points);
        const twice = scoreAttempt(rubric, [...points, ...points]);
        const same = (a: number | null, b: number | null) => {
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 9);
        };
        same(once.overall, twice.overall);
        once.criteria.forEach((c, i) => {
          same(c.score, twice.criteria[i]!.score);
          expect(twice.criteria[i]!.opportunities).toBe(2 * c.opportunities);
        });
        once.domains.forEach((d, i) => same(d.score, twice.domains[i]!.score));
        expect(twice.incidents).toEqual([
          ...once.incidents,
          ...once.incidents.map((inc) => ({ ...inc, point: inc.point + points.length })),
        ]);
        const nearThreshold =
          once.overall !== null && Object.values(BAND_THRESHOLDS).some((t) => Math.abs(once.overall! - t) < 1e-6);
        if (!nearThreshold) expect(twice.band).toBe(once.band);
      }),
      RUNS,
    );
  });

  it('(f) every chosen critical option is an incident, with its point, and nothing else is', () => {
    fc.assert(
      fc.property(scenarioArb(true), ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        const expected = points.flatMap((p, point) => {
          const o = p.options[p.chosen]!;
          return o.evidence.critical
            ? [{ point, kind: o.evidence.critical, option: o.text, feedback: o.evidence.feedback }]
            : [];
        });
        expect(report.incidents).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('(f) with incidents the band is never competent or proficient, and the cap is flagged exactly when it bit', () => {
    fc.assert(
      fc.property(scenarioArb(true), ({ rubric, points }) => {
        const report = scoreAttempt(rubric, points);
        if (report.incidents.length > 0) {
          expect(report.band).not.toBeNull();
          expect(['beginning', 'developing']).toContain(report.band);
        }
        if (report.overall !== null) {
          const wouldBeHigh = report.overall >= BAND_THRESHOLDS.competent;
          expect(report.bandCapped).toBe(report.incidents.length > 0 && wouldBeHigh);
          if (report.bandCapped) expect(report.band).toBe('developing');
        }
      }),
      RUNS,
    );
  });

  it('(f) a perfect path with one critical choice is held to developing', () => {
    const arb = rubricArb.chain((rubric) =>
      fc
        .tuple(
          fc.array(extremePointArb(criterionIds(rubric), 'best'), { minLength: 1, maxLength: 12 }),
          fc.nat(),
          fc.constantFrom(...CRITICAL_KINDS),
        )
        .map(([points, at, kind]) => ({ rubric, points, at: at % points.length, kind })),
    );
    fc.assert(
      fc.property(arb, ({ rubric, points, at, kind }) => {
        const withCritical = points.map((p, i) => {
          if (i !== at) return p;
          const options = p.options.map((o, j) =>
            j === p.chosen ? { ...o, evidence: { ...o.evidence, critical: kind } } : o,
          );
          return { options, chosen: p.chosen };
        });
        const report = scoreAttempt(rubric, withCritical);
        expect(report.incidents).toHaveLength(1);
        expect(report.incidents[0]).toMatchObject({ point: at, kind });
        if (report.overall !== null) {
          expect(report.overall).toBe(100);
          expect(report.band).toBe('developing');
          expect(report.bandCapped).toBe(true);
        } else {
          expect(report.band).toBe('beginning');
        }
      }),
      RUNS,
    );
  });

  it('(g) a criterion on which every option carries the same value is not an opportunity and changes nothing', () => {
    const arb = rubricArb.chain((rubric) => {
      const ids = criterionIds(rubric);
      return fc.tuple(
        fc.constant(rubric),
        transcriptArb(ids),
        fc.array(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })), {
          minLength: 12,
          maxLength: 12,
        }),
      );
    });
    fc.assert(
      fc.property(arb, ([rubric, points, constants]) => {
        // A new domain with one criterion that every option at a point rates the same
        // (a 0 may be left untagged, since an untagged option counts as 0).
        const free = DOMAIN_IDS.find((d) => !rubric.domains.some((x) => x.id === d))!;
        const extra = makeRubric([{ id: free, weights: [2] }]).domains[0]!;
        const flatId = extra.criteria[0]!.id;
        const wider: Rubric = { domains: [...rubric.domains, extra] };
        const flat = points.map((p, i) => {
          const [v, tagged] = constants[i]!;
          return {
            chosen: p.chosen,
            options: p.options.map((o, j) =>
              v === 0 && !tagged[j]
                ? o
                : {
                    ...o,
                    evidence: {
                      ...o.evidence,
                      rubric: [...o.evidence.rubric, { criterion: flatId, value: v as RubricValue }],
                    },
                  },
            ),
          };
        });
        flat.forEach((p) => expect(criteriaAtStake(p.options)).not.toContain(flatId));
        const before = scoreAttempt(wider, points);
        const after = scoreAttempt(wider, flat);
        const flatScore = after.criteria.find((c) => c.id === flatId)!;
        expect(flatScore.opportunities).toBe(0);
        expect(flatScore.score).toBeNull();
        expect(after.domains.find((d) => d.id === free)!.score).toBeNull();
        expect(after).toEqual(before);
      }),
      RUNS,
    );
  });
});

describe('scoring examples derived from the rules', () => {
  const rubric = makeRubric([
    { id: 'boundaries', weights: [2, 1] },
    { id: 'trust', weights: [1] },
  ]);
  const [gifts, dual] = ['boundaries.c0', 'boundaries.c1'];

  it('scores the chosen option by where it falls between the worst and best on offer', () => {
    const options = [option({ [gifts]: 2 }), option({ [gifts]: 0 }), option({ [gifts]: -2 })];
    expect(opportunityScore({ options, chosen: 0 }, gifts)).toBe(100);
    expect(opportunityScore({ options, chosen: 1 }, gifts)).toBe(50);
    expect(opportunityScore({ options, chosen: 2 }, gifts)).toBe(0);
  });

  it('counts an untagged option as neutral 0', () => {
    const positive = [option({ [gifts]: 2 }), option({})];
    expect(opportunityScore({ options: positive, chosen: 1 }, gifts)).toBe(0);
    const negative = [option({ [gifts]: -2 }), option({})];
    expect(opportunityScore({ options: negative, chosen: 1 }, gifts)).toBe(100);
    expect(valueFor(option({}).evidence, gifts)).toBe(0);
  });

  it('judges against what was on offer, not against +2', () => {
    const options = [option({ [gifts]: -1 }), option({ [gifts]: -2 })];
    expect(opportunityScore({ options, chosen: 0 }, gifts)).toBe(100);
  });

  it('returns null where the criterion is not at stake', () => {
    expect(
      opportunityScore({ options: [option({ [gifts]: 1 }), option({ [gifts]: 1 })], chosen: 0 }, gifts),
    ).toBeNull();
    expect(opportunityScore({ options: [option({ [gifts]: 0 }), option({})], chosen: 0 }, gifts)).toBeNull();
    expect(opportunityScore({ options: [option({}), option({})], chosen: 0 }, gifts)).toBeNull();
  });

  it('throws RangeError for a chosen index outside the options, where the criterion is at stake', () => {
    const options = [option({ [gifts]: 2 }), option({ [gifts]: -2 })];
    for (const chosen of [2, 5, -1]) {
      expect(() => opportunityScore({ options, chosen }, gifts)).toThrow(RangeError);
      expect(() => scoreAttempt(rubric, [{ options, chosen }])).toThrow(RangeError);
    }
  });

  it('lists criteria at stake: tagged somewhere and unequal across options', () => {
    const options = [option({ [gifts]: 1, [dual]: 1 }), option({ [dual]: 1, 'trust.c0': 0 })];
    expect(criteriaAtStake(options)).toEqual([gifts]);
  });

  it('averages a criterion over its opportunities', () => {
    const high = { options: [option({ [gifts]: 2 }), option({ [gifts]: -2 })], chosen: 0 }; // 100
    const low = { options: [option({ [gifts]: 2 }), option({ [gifts]: -2 })], chosen: 1 }; // 0
    const report = scoreAttempt(rubric, [high, low, high, high]);
    const c = report.criteria.find((x) => x.id === gifts)!;
    expect(c.opportunities).toBe(4);
    expect(c.score).toBe((100 + 0 + 100 + 100) / 4);
  });

  it('weights criteria within a domain and across domains by their rubric weights', () => {
    // gifts (weight 2) scores 100, dual (weight 1) scores 0, trust (weight 1) scores 0.
    const points = [
      { options: [option({ [gifts]: 1 }), option({ [gifts]: -1 })], chosen: 0 },
      { options: [option({ [dual]: 1 }), option({ [dual]: -1 })], chosen: 1 },
      { options: [option({ 'trust.c0': 2 }), option({ 'trust.c0': 1 })], chosen: 1 },
    ];
    const report = scoreAttempt(rubric, points);
    expect(report.domains.find((d) => d.id === 'boundaries')!.score).toBeCloseTo((2 * 100 + 1 * 0) / 3, 9);
    expect(report.domains.find((d) => d.id === 'trust')!.score).toBe(0);
    expect(report.overall).toBeCloseTo((2 * 100 + 1 * 0 + 1 * 0) / 4, 9);
  });

  it('leaves unscored criteria out of the means rather than counting them as 0', () => {
    const points = [{ options: [option({ [gifts]: 1 }), option({ [gifts]: -1 })], chosen: 0 }];
    const report = scoreAttempt(rubric, points);
    expect(report.overall).toBe(100);
    expect(report.domains.find((d) => d.id === 'boundaries')!.score).toBe(100);
    expect(report.domains.find((d) => d.id === 'trust')!.score).toBeNull();
  });

  it('ignores evidence for criteria that are not in the rubric', () => {
    const points = [{ options: [option({ 'power.other': 2 }), option({ 'power.other': -2 })], chosen: 1 }];
    const report = scoreAttempt(rubric, points);
    expect(report.overall).toBeNull();
    expect(report.criteria.every((c) => c.score === null)).toBe(true);
  });

  it('sorts domains by their order field', () => {
    const r = makeRubric([
      { id: 'trust', weights: [1] },
      { id: 'boundaries', weights: [1] },
    ]);
    r.domains[0]!.order = 5;
    r.domains[1]!.order = 1;
    const report = scoreAttempt(r, []);
    expect(report.domains.map((d) => d.id)).toEqual(['boundaries', 'trust']);
    expect(report.overall).toBeNull();
    expect(report.band).toBeNull();
  });

  it('bestOption weighs criteria by weight and breaks ties toward the first option', () => {
    // Option 0 wins gifts (weight 2), option 1 wins dual (weight 1): gifts outweighs.
    const options = [option({ [gifts]: 2, [dual]: -2 }), option({ [gifts]: -2, [dual]: 2 })];
    expect(bestOption(rubric, options)).toBe(0);
    expect(bestOption(rubric, [...options].reverse())).toBe(1);
    // Equal options: the first.
    expect(bestOption(rubric, [option({ [gifts]: 1 }), option({ [gifts]: 1 })])).toBe(0);
    // Nothing at stake: the first.
    expect(bestOption(rubric, [option({}), option({})])).toBe(0);
  });

  it('strongestOptions names every option that ties for the best, so a tied choice is never shown as beaten', () => {
    const tied = [
      option({ [gifts]: 2, [dual]: 0 }),
      option({ [gifts]: -1, [dual]: 0 }),
      option({ [gifts]: 2, [dual]: 0 }),
    ];
    expect(strongestOptions(rubric, tied)).toEqual([0, 2]);
    expect(strongestOptions(rubric, [option({ [gifts]: 2 }), option({ [gifts]: 1 })])).toEqual([0]);
    // Over random points: every strongest option scores the best total, and bestOption is the first of them.
    fc.assert(
      fc.property(
        fc.array(fc.record({ g: fc.integer({ min: -2, max: 2 }), d: fc.integer({ min: -2, max: 2 }) }), {
          minLength: 2,
          maxLength: 4,
        }),
        (vals) => {
          const opts = vals.map((v) => option({ [gifts]: v.g, [dual]: v.d }));
          const strongest = strongestOptions(rubric, opts);
          expect(strongest.length).toBeGreaterThan(0);
          expect(bestOption(rubric, opts)).toBe(strongest[0]);
          const score = (i: number) => scoreAttempt(rubric, [{ options: opts, chosen: i }]).overall ?? 0;
          for (const i of opts.keys()) expect(score(i)).toBeLessThanOrEqual(score(strongest[0]!) + 1e-9);
          for (const i of strongest) expect(score(i)).toBeCloseTo(score(strongest[0]!), 9);
        },
      ),
    );
  });
});

describe('bandFor', () => {
  const { developing, competent, proficient } = BAND_THRESHOLDS;
  const below = (t: number) => t - 1e-9;

  it('has thresholds in increasing order inside 0–100', () => {
    expect(0).toBeLessThan(developing);
    expect(developing).toBeLessThan(competent);
    expect(competent).toBeLessThan(proficient);
    expect(proficient).toBeLessThanOrEqual(100);
    expect([...BANDS]).toEqual(['beginning', 'developing', 'competent', 'proficient']);
  });

  it('puts each threshold in its own band and just below it in the band beneath', () => {
    expect(bandFor(0, false)).toEqual({ band: 'beginning', capped: false });
    expect(bandFor(below(developing), false)).toEqual({ band: 'beginning', capped: false });
    expect(bandFor(developing, false)).toEqual({ band: 'developing', capped: false });
    expect(bandFor(below(competent), false)).toEqual({ band: 'developing', capped: false });
    expect(bandFor(competent, false)).toEqual({ band: 'competent', capped: false });
    expect(bandFor(below(proficient), false)).toEqual({ band: 'competent', capped: false });
    expect(bandFor(proficient, false)).toEqual({ band: 'proficient', capped: false });
    expect(bandFor(100, false)).toEqual({ band: 'proficient', capped: false });
  });

  it('caps competent and proficient at developing when there are incidents', () => {
    expect(bandFor(competent, true)).toEqual({ band: 'developing', capped: true });
    expect(bandFor(proficient, true)).toEqual({ band: 'developing', capped: true });
    expect(bandFor(100, true)).toEqual({ band: 'developing', capped: true });
  });

  it('leaves lower bands alone when there are incidents', () => {
    expect(bandFor(below(competent), true)).toEqual({ band: 'developing', capped: false });
    expect(bandFor(developing, true)).toEqual({ band: 'developing', capped: false });
    expect(bandFor(below(developing), true)).toEqual({ band: 'beginning', capped: false });
    expect(bandFor(0, true)).toEqual({ band: 'beginning', capped: false });
  });

  it('gives no band without a score, unless there were incidents', () => {
    expect(bandFor(null, false)).toEqual({ band: null, capped: false });
    expect(bandFor(null, true).band).toBe('beginning');
  });

  it('is monotone in the score', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.boolean(),
        (a, b, inc) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(BANDS.indexOf(bandFor(lo, inc).band!)).toBeLessThanOrEqual(BANDS.indexOf(bandFor(hi, inc).band!));
        },
      ),
    );
  });
});
