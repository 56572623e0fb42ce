/**
 * The debrief's key moments (src/engine/key-moments.ts): at most three, in story order, a critical incident always
 * among them, the heaviest chosen; on made-up points, and on two library scenarios played one way with a critical
 * incident and one way without.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITICAL_WEIGHT,
  KEY_MOMENT_LIMIT,
  RUPTURE_CRITERIA,
  clientLineOf,
  keyMoments,
  reflectionPrompt,
  weighMoment,
  type MomentPoint,
} from '../../src/engine/key-moments.ts';
import { replayChoices } from '../../src/engine/replay.ts';
import { linesBefore, playedMoments } from '../../src/lib/debrief-moments.ts';
import type { Rubric } from '../../src/engine/rubric.ts';
import { bestOption, strongestOptions, worstOption, type OfferedOption } from '../../src/engine/scoring.ts';
import { StoryRunner, type StoryLine } from '../../src/engine/story-runner.ts';
import { CRITICAL_KINDS, type CriticalKind, type RubricValue } from '../../src/engine/tags.ts';
import { storiesDir } from '../../src/pipeline/library.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { loadScenario } from '../../src/pipeline/scenario-files.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const CRITERIA = ['boundaries.gifts', 'trust.active-listening', ...RUPTURE_CRITERIA];
const rubric: Rubric = {
  domains: [
    {
      id: 'boundaries',
      name: 'Boundaries',
      order: 1,
      summary: 's',
      criteria: CRITERIA.map((id) => ({
        id,
        name: id,
        description: 'd',
        skilled: ['x'],
        unhelpful: ['y'],
        weight: 1,
        citations: [{ kind: 'source' as const, section: 'Introduction', quote: 'q' }],
      })),
    },
  ],
} as unknown as Rubric;

let counter = 0;
function option(values: Record<string, number>, critical: CriticalKind | null = null): OfferedOption {
  counter += 1;
  return {
    text: `option ${counter}`,
    evidence: {
      rubric: Object.entries(values).map(([criterion, value]) => ({ criterion, value: value as RubricValue })),
      feedback: `why ${counter}`,
      critical,
      contested: false,
    },
  };
}
const said = (text: string, speaker: string | null = 'Dana'): StoryLine => ({
  text,
  kind: speaker ? 'dialogue' : 'narration',
  speaker,
  ending: null,
});

describe('keyMoments on made-up points', () => {
  it('leads with the largest gaps when nothing crosses a line, in story order', () => {
    const points: MomentPoint[] = [
      {
        options: [option({ 'boundaries.gifts': 2 }), option({ 'boundaries.gifts': -2 })],
        chosen: 1,
        lines: [said('First.')],
      }, // full gap
      {
        options: [
          option({ 'boundaries.gifts': 2 }),
          option({ 'boundaries.gifts': 1 }),
          option({ 'boundaries.gifts': -2 }),
        ],
        chosen: 1,
        lines: [said('Second.')],
      }, // a quarter
      {
        options: [option({ 'boundaries.gifts': 2 }), option({ 'boundaries.gifts': -2 })],
        chosen: 0,
        lines: [said('Third.')],
      }, // none
      {
        options: [
          option({ 'trust.active-listening': 2 }),
          option({ 'trust.active-listening': 0 }),
          option({ 'trust.active-listening': -2 }),
        ],
        chosen: 1,
      }, // half
      {
        options: [option({ 'trust.active-listening': 1 }), option({ 'trust.active-listening': -1 })],
        chosen: 1,
        lines: [said('Fifth.')],
      }, // full gap
    ];
    const moments = keyMoments(rubric, points);
    expect(moments.map((m) => m.point)).toEqual([0, 3, 4]);
    expect(moments.every((m) => m.reasons.includes('gap'))).toBe(true);
    expect(moments.map((m) => m.gap)).toEqual([1, 0.5, 1]);
    // The fourth point printed nothing before its options: its client line is the one before.
    expect(moments[1]!.clientLine?.text).toBe('Third.');
    expect(moments[0]!.said.text).toBe(points[0]!.options[1]!.text);
    expect(moments[0]!.stronger).toEqual({
      text: points[0]!.options[0]!.text,
      feedback: points[0]!.options[0]!.evidence.feedback,
    });
  });

  it('sees no gap where the options tie but for rounding (a property test found it)', () => {
    // Totals of 100, 33.3… + 66.6… and 100: equal, as strongestOptions holds them, but not to the last bit.
    const point: MomentPoint = {
      options: [
        option({ 'boundaries.gifts': 2, 'trust.active-listening': -2 }),
        option({}),
        option({ 'boundaries.gifts': -1, 'trust.active-listening': 1 }),
      ],
      chosen: 1,
    };
    expect(strongestOptions(rubric, point.options)).toContain(1);
    expect(weighMoment(rubric, point, null)).toMatchObject({ gap: 0, weight: 0 });
    expect(keyMoments(rubric, [point])).toEqual([]);
  });

  it('always includes a critical incident, however small its gap', () => {
    const big = () => ({ options: [option({ 'boundaries.gifts': 2 }), option({ 'boundaries.gifts': -2 })], chosen: 1 });
    const points: MomentPoint[] = [
      big(),
      big(),
      // The critical option is not the weakest here: its gap is the smallest of all.
      {
        options: [
          option({ 'boundaries.gifts': 2 }),
          option({ 'boundaries.gifts': 1 }, 'dual-relationship'),
          option({ 'boundaries.gifts': -2 }),
        ],
        chosen: 1,
      },
      big(),
    ];
    const moments = keyMoments(rubric, points);
    expect(moments).toHaveLength(3);
    expect(moments.map((m) => m.point)).toContain(2);
    expect(moments.find((m) => m.point === 2)).toMatchObject({
      critical: 'dual-relationship',
      reasons: ['critical', 'gap'],
    });
  });

  it('names a rupture repaired when the strongest repair was chosen, and missed otherwise', () => {
    const rupture = () => [option({ 'conflict.repairing-rupture': 2 }), option({ 'conflict.repairing-rupture': -1 })];
    const repaired = keyMoments(rubric, [{ options: rupture(), chosen: 0 }]);
    expect(repaired).toHaveLength(1);
    expect(repaired[0]).toMatchObject({ reasons: ['rupture-repaired'], stronger: null, gap: 0 });
    const missed = keyMoments(rubric, [{ options: rupture(), chosen: 1 }]);
    expect(missed[0]!.reasons).toEqual(['rupture-missed', 'gap']);
  });

  it('finds a fall in the bond when the evidence is blanked (a sealed story), and nothing when nothing happened', () => {
    const blank = () => [option({}), option({}), option({})];
    const points: MomentPoint[] = [blank(), blank(), blank()].map((options) => ({ options, chosen: 0 }));
    const alliance = [{ bond: 1 }, { bond: 2 }, { bond: 0 }, { bond: 0 }];
    const moments = keyMoments(rubric, points, { alliance });
    expect(moments.map((m) => [m.point, m.reasons, m.bond])).toEqual([[1, ['bond-fell'], { before: 2, after: 0 }]]);
    expect(keyMoments(rubric, points, { alliance: [{ bond: 0 }, { bond: 1 }, { bond: 2 }, { bond: 2 }] })).toEqual([]);
    // An alliance that cannot be lined up with the points is not read.
    expect(keyMoments(rubric, points, { alliance: alliance.slice(0, 2) })).toEqual([]);
  });

  it('picks the client’s own line, else the last spoken, else the last shown', () => {
    const lines = [said('Hello.', 'Dana'), said('A clock ticks.', null), said('Hi.', 'Receptionist')];
    expect(clientLineOf(lines, 'Dana')?.text).toBe('Hello.');
    expect(clientLineOf(lines, 'Dana Okafor')?.text).toBe('Hello.');
    expect(clientLineOf(lines, 'Sam')?.text).toBe('Hi.');
    expect(clientLineOf([said('A clock ticks.', null)], 'Dana')?.text).toBe('A clock ticks.');
    expect(clientLineOf([], 'Dana')).toBeNull();
  });

  it('words a reflection prompt that names each moment by its number and the client’s line', () => {
    const points: MomentPoint[] = [
      {
        options: [option({ 'boundaries.gifts': 2 }), option({ 'boundaries.gifts': -2 })],
        chosen: 1,
        lines: [said('I made you something.')],
      },
      {
        options: [option({ 'boundaries.gifts': 2 }), option({ 'boundaries.gifts': -2 })],
        chosen: 1,
        lines: [said('Will you follow me back?')],
      },
    ];
    const prompt = reflectionPrompt(keyMoments(rubric, points), 'Dana');
    expect(prompt).toContain('choice 1, after “I made you something.”');
    expect(prompt).toContain('choice 2, after “Will you follow me back?”');
    expect(prompt).toContain('Dana');
    expect(reflectionPrompt([], 'Dana')).toBeNull();
  });
});

describe('playedMoments, from the player’s transcript', () => {
  const options = () => [option({ 'boundaries.gifts': 2 }), option({ 'boundaries.gifts': -2 }, 'dual-relationship')];
  const play = {
    points: [
      { options: options(), chosen: 1 },
      { options: options(), chosen: 0 },
    ],
    transcript: [
      { kind: 'line' as const, point: 0, line: said('I brought you a scarf.') },
      { kind: 'you' as const, point: 0 },
      { kind: 'line' as const, point: 1, line: said('Can I follow you online?') },
      { kind: 'you' as const, point: 1 },
    ],
    alliance: [
      { bond: 0, task: 0, goal: 0 },
      { bond: 1, task: 0, goal: 0 },
      { bond: -1, task: 0, goal: 0 },
    ],
  };

  it('reads the lines before each point from the transcript', () => {
    expect(linesBefore(play).map((l) => l.map((x) => x.text))).toEqual([
      ['I brought you a scarf.'],
      ['Can I follow you online?'],
    ]);
  });

  it('judges by the evidence, or, with the key hidden, by the bond alone', () => {
    expect(playedMoments(rubric, play, { clientName: 'Dana' }).map((m) => [m.point, m.reasons[0]])).toEqual([
      [0, 'critical'],
      [1, 'bond-fell'],
    ]);
    const hidden = playedMoments(rubric, play, { clientName: 'Dana', keyHidden: true });
    expect(hidden.map((m) => [m.point, m.reasons, m.critical, m.stronger])).toEqual([[1, ['bond-fell'], null, null]]);
    expect(hidden[0]!.clientLine?.text).toBe('Can I follow you online?');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, over random attempts

const valueArb = fc.constantFrom<RubricValue>(-2, -1, 0, 1, 2);
const optionArb = fc.record({
  values: fc.dictionary(fc.constantFrom(...CRITERIA), valueArb, { maxKeys: 3 }),
  critical: fc.option(fc.constantFrom(...CRITICAL_KINDS), { freq: 6 }),
});
const pointArb = fc
  .array(optionArb, { minLength: 2, maxLength: 4 })
  .chain((opts) => fc.record({ opts: fc.constant(opts), chosen: fc.nat({ max: opts.length - 1 }) }));
const attemptArb = fc.array(pointArb, { minLength: 0, maxLength: 14 }).chain((pts) =>
  fc.record({
    pts: fc.constant(pts),
    alliance: fc.option(
      fc.array(fc.integer({ min: -3, max: 3 }), { minLength: pts.length + 1, maxLength: pts.length + 1 }),
    ),
  }),
);

interface RandomAttempt {
  pts: { opts: { values: Partial<Record<string, RubricValue>>; critical: CriticalKind | null }[]; chosen: number }[];
  alliance: number[] | null;
}
const build = (a: RandomAttempt) => ({
  points: a.pts.map((p): MomentPoint => ({
    options: p.opts.map((o) => option(o.values as Record<string, number>, o.critical)),
    chosen: p.chosen,
  })),
  alliance: a.alliance?.map((bond) => ({ bond })),
});

describe('keyMoments: rules that hold for every attempt', () => {
  it('never more than three, in story order, each with a reason', () => {
    fc.assert(
      fc.property(attemptArb, (a) => {
        const { points, alliance } = build(a);
        const moments = keyMoments(rubric, points, { alliance });
        expect(moments.length).toBeLessThanOrEqual(KEY_MOMENT_LIMIT);
        for (let i = 1; i < moments.length; i++) expect(moments[i]!.point).toBeGreaterThan(moments[i - 1]!.point);
        for (const m of moments) {
          expect(m.reasons.length).toBeGreaterThan(0);
          expect(m.weight).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a critical incident is always among them: every one when there are three or fewer, else three of them', () => {
    fc.assert(
      fc.property(attemptArb, (a) => {
        const { points, alliance } = build(a);
        const criticals = points.flatMap((p, n) => (p.options[p.chosen]!.evidence.critical ? [n] : []));
        const picked = keyMoments(rubric, points, { alliance })
          .filter((m) => m.critical !== null)
          .map((m) => m.point);
        if (criticals.length <= KEY_MOMENT_LIMIT) expect(picked).toEqual(criticals);
        else expect(picked).toHaveLength(KEY_MOMENT_LIMIT);
      }),
      { numRuns: 400 },
    );
  });

  it('no point left out weighs more than one chosen, and a point with no weight is never chosen', () => {
    fc.assert(
      fc.property(attemptArb, (a) => {
        const { points, alliance } = build(a);
        const moments = keyMoments(rubric, points, { alliance });
        const chosen = new Set(moments.map((m) => m.point));
        const weights = points.map(
          (p, n) =>
            weighMoment(rubric, p, alliance ? { before: alliance[n]!.bond, after: alliance[n + 1]!.bond } : null)
              .weight,
        );
        const lightest = Math.min(...moments.map((m) => m.weight));
        weights.forEach((w, n) => {
          if (chosen.has(n)) return;
          // Left out: either all three places were taken by points at least as heavy, or it weighs nothing.
          if (moments.length === KEY_MOMENT_LIMIT) expect(w).toBeLessThanOrEqual(lightest);
          else expect(w).toBe(0);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('offers a stronger response exactly when the one chosen was not among the strongest', () => {
    fc.assert(
      fc.property(attemptArb, (a) => {
        const { points, alliance } = build(a);
        for (const m of keyMoments(rubric, points, { alliance })) {
          const p = points[m.point]!;
          const tied = strongestOptions(rubric, p.options).includes(p.chosen);
          expect(m.stronger === null).toBe(tied);
          expect(m.gap === 0).toBe(tied);
          if (m.critical) expect(m.weight).toBeGreaterThanOrEqual(CRITICAL_WEIGHT);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Library scenarios, played one way with a critical incident and one way without

const real = loadRubric(ROOT).rubric;
function playLibrary(slug: string, pick: (options: OfferedOption[]) => number) {
  const s = loadScenario(ROOT, storiesDir(ROOT), slug, real);
  if (!s.json || !s.meta) throw new Error(`${slug} did not compile`);
  const runner = new StoryRunner(s.json);
  const choices: { point: number; index: number }[] = [];
  let step = runner.step();
  while (!step.ended && choices.length < 80) {
    const option = step.options[pick(step.options)]!;
    choices.push({ point: choices.length, index: option.index });
    runner.choose(option.index);
    step = runner.step();
  }
  const replay = replayChoices(s.json, choices, { allowRewind: false });
  return {
    replay,
    client: s.meta.client.name,
    moments: keyMoments(real, replay.points, { alliance: replay.alliance, clientName: s.meta.client.name }),
  };
}

describe.each(['after-hours', 'a-promise-you-cannot-make'])('key moments of %s', (slug) => {
  it('played weakest-first, the critical incidents lead and each moment quotes the client', () => {
    const { replay, client, moments } = playLibrary(slug, (options) => worstOption(real, options));
    const criticals = replay.points.flatMap((p, n) => (p.options[p.chosen]!.evidence.critical ? [n] : []));
    expect(criticals.length).toBeGreaterThan(0);
    expect(moments.length).toBe(KEY_MOMENT_LIMIT);
    const picked = moments.filter((m) => m.critical).map((m) => m.point);
    expect(picked).toHaveLength(Math.min(KEY_MOMENT_LIMIT, criticals.length));
    for (const n of picked) expect(criticals).toContain(n);
    for (const m of moments) {
      expect(client.startsWith(m.clientLine!.speaker!)).toBe(true);
      expect(m.stronger?.text).toBeTruthy();
      expect(m.stronger?.feedback).toBeTruthy();
    }
  });

  it('played strongest-first, no critical incident and no stronger response to offer', () => {
    const { replay, moments } = playLibrary(slug, (options) => bestOption(real, options));
    expect(replay.points.some((p) => p.options[p.chosen]!.evidence.critical)).toBe(false);
    expect(moments.length).toBeLessThanOrEqual(KEY_MOMENT_LIMIT);
    for (const m of moments) {
      expect(m.critical).toBeNull();
      expect(m.stronger).toBeNull();
      expect(m.reasons.every((r) => r === 'rupture-repaired' || r === 'bond-fell')).toBe(true);
    }
  });
});
