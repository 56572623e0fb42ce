/**
 * The moments of an attempt that teach the most, for the top of the debrief and the reflection prompt: at most
 * three choice points, in story order, chosen by how much they mattered.
 *
 * A point matters when
 * - the option chosen crosses an ethics line (`#critical`): always before anything else;
 * - a rupture was at stake there (a rupture criterion's values differ across the options offered): missed when the
 *   option chosen was not the strongest on those criteria, repaired when it was;
 * - the client's bond fell by a whole point or more after it (a rupture the client felt, whatever the tags say;
 *   this is all a sealed assessment story, with its evidence blanked, can show before the debrief);
 * - the option chosen was weaker than the strongest on offer: the larger the gap, as a share of the gap between
 *   the strongest and the weakest there, the more it matters.
 * Weights add up: a critical incident outweighs everything else (no other point can reach CRITICAL_WEIGHT), a
 * rupture or a fall in the bond adds half as much as the largest gap. Points with no weight are never chosen, so
 * an attempt that chose as well as any option at every point, with no rupture, has no key moments.
 */
import type { StoryLine } from './story-runner.ts';
import { criteriaAtStake, opportunityScore, optionTotals, strongestOptions, type OfferedOption } from './scoring.ts';
import type { Rubric } from './rubric.ts';
import type { CriticalKind } from './tags.ts';

/** The rubric's criteria about ruptures in the alliance: recognising one, and repairing it. */
export const RUPTURE_CRITERIA: readonly string[] = ['conflict.recognising-rupture', 'conflict.repairing-rupture'];

/** How many moments the debrief leads with. */
export const KEY_MOMENT_LIMIT = 3;

/** Above any sum of the other weights (at most 1 + 0.5 + 0.5), so a critical incident is always chosen first. */
export const CRITICAL_WEIGHT = 10;
const RUPTURE_WEIGHT = 0.5;
const BOND_FELL_WEIGHT = 0.5;
/** A fall in the bond of at least this much counts as a rupture the client felt. */
const BOND_FALL = 1;

export type MomentReason = 'critical' | 'rupture-missed' | 'rupture-repaired' | 'bond-fell' | 'gap';

export interface MomentPoint {
  options: readonly OfferedOption[];
  chosen: number;
  /** The lines shown before the options were offered, when known. */
  lines?: readonly StoryLine[] | undefined;
}

export interface KeyMoment {
  /** The choice point's position in the attempt (0-based): choice `point + 1` to the reader. */
  point: number;
  /** Why it matters, most serious first. */
  reasons: MomentReason[];
  weight: number;
  /** The client's last spoken line before the choice (or the last line shown, when the client said nothing). */
  clientLine: StoryLine | null;
  /** What the trainee said, and the feedback written for it. */
  said: { text: string; feedback: string | null };
  critical: CriticalKind | null;
  /** The strongest option there and why, when the trainee chose another; null when theirs was as strong as any. */
  stronger: { text: string; feedback: string | null } | null;
  /** The gap between the chosen and the strongest option, as a share (0–1) of the gap between strongest and weakest. */
  gap: number;
  /** The client's bond just before and just after the choice, when the story keeps it. */
  bond: { before: number; after: number } | null;
}

export interface KeyMomentOptions {
  /** The working alliance sampled before the first choice and after each (as the player and the replay record it). */
  alliance?: readonly { bond: number }[] | undefined;
  /** The client's name, to find the line they spoke. */
  clientName?: string | null | undefined;
  limit?: number;
}

/** The client's last line before a choice: their last spoken line, else the last line spoken, else the last shown. */
export function clientLineOf(lines: readonly StoryLine[], clientName: string | null = null): StoryLine | null {
  const spoken = lines.filter((l) => l.kind === 'dialogue');
  // Stories tag the client's lines by the name they go by (`#speaker:Kai` for Kai Lindo).
  const isClient = (speaker: string | null) =>
    !!clientName && !!speaker && (speaker === clientName || clientName.startsWith(`${speaker} `));
  const theirs = spoken.filter((l) => isClient(l.speaker));
  return theirs.at(-1) ?? spoken.at(-1) ?? lines.at(-1) ?? null;
}

/** Every point's weight and reasons (before choosing the few that matter most). */
export function weighMoment(
  rubric: Rubric,
  point: MomentPoint,
  bond: { before: number; after: number } | null,
): { weight: number; reasons: MomentReason[]; gap: number } {
  const chosen = point.options[point.chosen];
  const reasons: MomentReason[] = [];
  let weight = 0;
  if (chosen?.evidence.critical) {
    reasons.push('critical');
    weight += CRITICAL_WEIGHT;
  }
  const rupture = criteriaAtStake(point.options).filter((id) => RUPTURE_CRITERIA.includes(id));
  if (rupture.length > 0) {
    const repaired = rupture.every(
      (id) => opportunityScore({ options: [...point.options], chosen: point.chosen }, id) === 100,
    );
    reasons.push(repaired ? 'rupture-repaired' : 'rupture-missed');
    weight += RUPTURE_WEIGHT;
  }
  if (bond && bond.before - bond.after >= BOND_FALL) {
    reasons.push('bond-fell');
    weight += BOND_FELL_WEIGHT;
  }
  const totals = optionTotals(rubric, point.options);
  const top = Math.max(...totals);
  const bottom = Math.min(...totals);
  // Options whose totals differ only by rounding (33.3… + 66.6… against 100) tie, as strongestOptions holds them:
  // dividing by such a spread would turn a tie into the widest gap.
  const gap = top - bottom > 1e-9 ? (top - (totals[point.chosen] ?? top)) / (top - bottom) : 0;
  if (gap > 1e-9) {
    reasons.push('gap');
    weight += gap;
  }
  return { weight, reasons, gap: gap > 1e-9 ? gap : 0 };
}

/**
 * The moments that mattered most in an attempt: at most `limit` (three), the heaviest first when choosing (ties go
 * to the earlier point), returned in story order.
 */
export function keyMoments(
  rubric: Rubric,
  points: readonly MomentPoint[],
  { alliance = [], clientName = null, limit = KEY_MOMENT_LIMIT }: KeyMomentOptions = {},
): KeyMoment[] {
  // The alliance is sampled before the first choice and after each; anything shorter cannot be lined up with the points.
  const bondAt = (n: number) =>
    alliance.length > points.length ? { before: alliance[n]!.bond, after: alliance[n + 1]!.bond } : null;
  let lastLines: readonly StoryLine[] = [];
  const weighed = points.map((point, n) => {
    // A choice that follows another with nothing said in between answers the line before.
    if (point.lines && point.lines.length > 0) lastLines = point.lines;
    const bond = bondAt(n);
    return { n, point, bond, lines: lastLines, ...weighMoment(rubric, point, bond) };
  });
  return weighed
    .filter((w) => w.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.n - b.n)
    .slice(0, Math.max(0, limit))
    .sort((a, b) => a.n - b.n)
    .map(({ n, point, bond, lines, weight, reasons, gap }): KeyMoment => {
      const chosen = point.options[point.chosen]!;
      const strongest = strongestOptions(rubric, point.options);
      const best = point.options[strongest[0] ?? point.chosen]!;
      return {
        point: n,
        reasons,
        weight,
        clientLine: clientLineOf(lines, clientName),
        said: { text: chosen.text, feedback: chosen.evidence.feedback },
        critical: chosen.evidence.critical,
        stronger: strongest.includes(point.chosen) ? null : { text: best.text, feedback: best.evidence.feedback },
        gap,
        bond,
      };
    });
}

/** Why a moment matters, in a few words for its heading. */
export const REASON_WORDS: Record<MomentReason, string> = {
  critical: 'an ethics line crossed',
  'rupture-missed': 'a rupture not yet repaired',
  'rupture-repaired': 'a rupture repaired',
  'bond-fell': 'the client’s bond fell',
  gap: 'a stronger response was on offer',
};

/** The sentence the reflection prompt opens with, naming the moments by their number and the client's line. */
export function reflectionPrompt(moments: readonly KeyMoment[], clientName: string): string | null {
  if (moments.length === 0) return null;
  const named = moments.map((m) => {
    const line = m.clientLine ? `, after “${shortLine(m.clientLine.text)}”` : '';
    return `choice ${m.point + 1}${line}`;
  });
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join('; ')}; and ${named.at(-1)}`;
  return `Look back at ${list}. What did ${clientName} need from you there, and what would you say now?`;
}

/** A line shortened to at most `max` characters at a word boundary, for prompts and headings. */
export function shortLine(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
