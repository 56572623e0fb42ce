/**
 * Scores an attempt against the rubric.
 *
 * Normalised per opportunity: at each choice point where a criterion is at stake (the options offered
 * there do not all carry the same value for it), the chosen option scores
 * (chosen - worst) / (best - worst) × 100 on that criterion, where best and worst are the values
 * of the options that were on offer at that point. An option without a tag for a criterion at stake
 * counts as 0 (neutral). A criterion's score is the mean over its opportunities, so a long path
 * and a short one are judged on the same scale; domain and overall scores are weighted means of
 * criterion scores (weights from the rubric). Critical incidents are listed on their own and cap
 * the band: they are never averaged away.
 */
import type { CriticalKind, OptionEvidence } from './tags.ts';
import type { Rubric } from './rubric.ts';

export interface OfferedOption {
  text: string;
  evidence: OptionEvidence;
}

/** One choice point of an attempt: what was on offer and what was chosen. */
export interface ChoicePointRecord {
  options: OfferedOption[];
  chosen: number;
}

export interface CriterionScore {
  id: string;
  domain: string;
  /** 0–100, or null when the path never put this criterion at stake. */
  score: number | null;
  opportunities: number;
}

export interface DomainScore {
  id: string;
  name: string;
  score: number | null;
  opportunities: number;
}

export interface CriticalIncident {
  /** Index of the choice point in the attempt (0-based). */
  point: number;
  kind: CriticalKind;
  option: string;
  feedback: string | null;
}

export const BANDS = ['beginning', 'developing', 'competent', 'proficient'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Record<Band, string> = {
  beginning: 'Beginning',
  developing: 'Developing',
  competent: 'Competent',
  proficient: 'Proficient',
};

/**
 * Band thresholds on the 0–100 scale. Competent and proficient sit where MITI 4's "fair" (3.5) and
 * "good" (4) relational thresholds fall when its 1–5 scale is mapped onto 0–100.
 */
export const BAND_THRESHOLDS = { developing: 40, competent: 62.5, proficient: 75 } as const;

export interface ScoreReport {
  overall: number | null;
  band: Band | null;
  /** True when critical incidents held the band down. */
  bandCapped: boolean;
  domains: DomainScore[];
  criteria: CriterionScore[];
  incidents: CriticalIncident[];
}

export function valueFor(evidence: OptionEvidence, criterion: string): number {
  return evidence.rubric.find((r) => r.criterion === criterion)?.value ?? 0;
}

/** Criteria at stake at a choice point: tagged on some option, with unequal values across the options. */
export function criteriaAtStake(options: readonly OfferedOption[]): string[] {
  const ids = new Set(options.flatMap((o) => o.evidence.rubric.map((r) => r.criterion)));
  return [...ids].filter((id) => {
    const values = options.map((o) => valueFor(o.evidence, id));
    return Math.max(...values) > Math.min(...values);
  });
}

/** The chosen option's 0–100 score on one criterion at one point, or null if it is not at stake there. */
export function opportunityScore(point: ChoicePointRecord, criterion: string): number | null {
  const values = point.options.map((o) => valueFor(o.evidence, criterion));
  const best = Math.max(...values);
  const worst = Math.min(...values);
  if (best === worst) return null;
  const chosen = point.options[point.chosen];
  if (!chosen) throw new RangeError(`chosen option ${point.chosen} is not among the ${point.options.length} offered`);
  return ((valueFor(chosen.evidence, criterion) - worst) / (best - worst)) * 100;
}

export function bandFor(overall: number | null, hasIncidents: boolean): { band: Band | null; capped: boolean } {
  if (overall === null) return { band: hasIncidents ? 'beginning' : null, capped: hasIncidents };
  let band: Band = 'beginning';
  if (overall >= BAND_THRESHOLDS.proficient) band = 'proficient';
  else if (overall >= BAND_THRESHOLDS.competent) band = 'competent';
  else if (overall >= BAND_THRESHOLDS.developing) band = 'developing';
  if (hasIncidents && (band === 'competent' || band === 'proficient')) return { band: 'developing', capped: true };
  return { band, capped: false };
}

function weightedMean(items: { score: number | null; weight: number }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { score, weight } of items) {
    if (score === null) continue;
    total += score * weight;
    weights += weight;
  }
  return weights === 0 ? null : total / weights;
}

export function scoreAttempt(rubric: Rubric, points: readonly ChoicePointRecord[]): ScoreReport {
  const sums = new Map<string, { total: number; count: number }>();
  const incidents: CriticalIncident[] = [];

  points.forEach((point, index) => {
    for (const id of criteriaAtStake(point.options)) {
      const s = opportunityScore(point, id);
      if (s === null) continue;
      const entry = sums.get(id) ?? { total: 0, count: 0 };
      entry.total += s;
      entry.count += 1;
      sums.set(id, entry);
    }
    const chosen = point.options[point.chosen];
    if (chosen?.evidence.critical) {
      incidents.push({
        point: index,
        kind: chosen.evidence.critical,
        option: chosen.text,
        feedback: chosen.evidence.feedback,
      });
    }
  });

  const criteria: CriterionScore[] = [];
  const weighted: { domain: string; score: number | null; weight: number }[] = [];
  const domains: DomainScore[] = [...rubric.domains]
    .sort((a, b) => a.order - b.order)
    .map((domain) => {
      const inDomain = domain.criteria.map((c) => {
        const entry = sums.get(c.id);
        const score: CriterionScore = {
          id: c.id,
          domain: domain.id,
          score: entry ? entry.total / entry.count : null,
          opportunities: entry?.count ?? 0,
        };
        criteria.push(score);
        weighted.push({ domain: domain.id, score: score.score, weight: c.weight });
        return { score: score.score, weight: c.weight, opportunities: score.opportunities };
      });
      return {
        id: domain.id,
        name: domain.name,
        score: weightedMean(inDomain),
        opportunities: inDomain.reduce((n, c) => n + c.opportunities, 0),
      };
    });

  const overall = weightedMean(weighted);
  const { band, capped } = bandFor(overall, incidents.length > 0);
  return { overall, band, bandCapped: capped, domains, criteria, incidents };
}

/**
 * Each option's weighted sum of its normalised opportunity scores across the criteria at stake at one point:
 * how the debrief ranks the options offered there.
 */
export function optionTotals(rubric: Rubric, options: readonly OfferedOption[]): number[] {
  const weights = new Map(rubric.domains.flatMap((d) => d.criteria.map((c) => [c.id, c.weight] as const)));
  const stake = criteriaAtStake(options);
  return options.map((_, i) =>
    stake.reduce(
      (sum, id) => sum + (opportunityScore({ options: [...options], chosen: i }, id) ?? 0) * (weights.get(id) ?? 1),
      0,
    ),
  );
}

/** Positions of every option that ties for the highest total at one point (one, unless options tie). */
export function strongestOptions(rubric: Rubric, options: readonly OfferedOption[]): number[] {
  const totals = optionTotals(rubric, options);
  const top = Math.max(...totals);
  return totals.flatMap((t, i) => (Math.abs(t - top) < 1e-9 ? [i] : []));
}

/**
 * The option that scores best at one point (the "road not taken" shown in the debrief): the first of the
 * strongest in the order given.
 */
export function bestOption(rubric: Rubric, options: readonly OfferedOption[]): number {
  return strongestOptions(rubric, options)[0] ?? 0;
}

/** The option that scores worst at one point: the first of those with the lowest total. */
export function worstOption(rubric: Rubric, options: readonly OfferedOption[]): number {
  const totals = optionTotals(rubric, options);
  return totals.indexOf(Math.min(...totals));
}
