/**
 * Cues at one choice point: surface features that give the keyed best option away to a reader who never
 * reads the client (the item-writing flaws of the NBME guide and Haladyna et al.). Pure: the caller says
 * where the point is written and turns these into diagnostics.
 */
import type { Rubric } from './rubric.ts';
import { bestOption, criteriaAtStake, valueFor, type OfferedOption } from './scoring.ts';

export type PointCueCode = 'longest-key' | 'only-question' | 'critical-not-lowest' | 'untagged-at-stake';

export interface PointCue {
  code: PointCueCode;
  /** The option (position at the point) the cue is about. */
  option: number;
  message: string;
}

/** How much longer than the others' mean the key may be before its length gives it away. */
export const LENGTH_CUE_RATIO = 1.5;

export const asksQuestion = (text: string): boolean => text.includes('?');

const quote = (text: string) => `"${text.length > 48 ? `${text.slice(0, 45)}…` : text}"`;

export function pointCues(rubric: Rubric, options: readonly OfferedOption[]): PointCue[] {
  const cues: PointCue[] = [];
  if (options.length < 2) return cues;
  const key = bestOption(rubric, options);
  const keyed = options[key]!;
  const others = options.filter((_, i) => i !== key);

  const mean = others.reduce((n, o) => n + o.text.length, 0) / others.length;
  if (mean > 0 && keyed.text.length >= LENGTH_CUE_RATIO * mean) {
    cues.push({
      code: 'longest-key',
      option: key,
      message: `the best option ${quote(keyed.text)} is ${(keyed.text.length / mean).toFixed(1)}× the others' mean length: a test-wise reader picks the longest; shorten it or give the others its weight`,
    });
  }
  if (asksQuestion(keyed.text) && others.every((o) => !asksQuestion(o.text))) {
    cues.push({
      code: 'only-question',
      option: key,
      message: `the best option ${quote(keyed.text)} is the only one that asks a question: let another option ask one too, or let the best one not`,
    });
  }

  options.forEach((o, i) => {
    if (!o.evidence.critical) return;
    for (const { criterion, value } of o.evidence.rubric) {
      const lower = options.find((other, j) => j !== i && valueFor(other.evidence, criterion) < value);
      if (lower) {
        cues.push({
          code: 'critical-not-lowest',
          option: i,
          message: `${quote(o.text)} is #critical but scores ${value} on ${criterion}, above ${quote(lower.text)} (${valueFor(lower.evidence, criterion)}): an option that crosses an ethics line should be the lowest on what it carries`,
        });
        break;
      }
    }
  });

  for (const id of criteriaAtStake(options)) {
    options.forEach((o, i) => {
      if (o.evidence.rubric.some((r) => r.criterion === id)) return;
      const best = Math.max(...options.map((x) => valueFor(x.evidence, id)));
      if (best > 0) {
        cues.push({
          code: 'untagged-at-stake',
          option: i,
          message: `${quote(o.text)} carries no #rubric:${id} tag, which is at stake here: it counts as 0, so it loses on ${id} only by being untagged; tag it with the value it deserves`,
        });
      }
    });
  }
  return cues;
}
