/**
 * The flags item analysis raises at a point: an option whose choosers score well although it is keyed as harmful
 * (or the reverse) may be miskeyed; a point where trainees split evenly between options keyed differently may be
 * ambiguous. Each needs enough choosers before a mean is read as a signal.
 */
import type { ItemFlag, OptionAnalysis } from './types.ts';

/** Fewest choosers (and non-choosers) before an option's mean score is read as a signal. */
export const MIN_GROUP = 5;
/** A difference in mean overall score (0–100) that counts as a signal. */
export const SCORE_MARGIN = 5;
/** Shares of the two most chosen options closer than this count as an even split. */
export const SPLIT_MARGIN = 0.1;

/** Each flag as the analytics page names it. */
export const FLAG_LABELS: Record<ItemFlag, string> = {
  'possible-miskey': 'Possible miskey: its choosers score against its key',
  ambiguous: 'Ambiguous: an even split with an option keyed differently',
  revised: 'Its evidence changed between story versions',
};

/** Marks possible miskeys and ambiguous splits at one point (mutates the options' flags). */
export function flagPoint(options: OptionAnalysis[], visits: number): void {
  for (const o of options) {
    if (o.choosers < MIN_GROUP || o.others < MIN_GROUP || o.meanChosen === null || o.meanOthers === null) continue;
    const lift = o.meanChosen - o.meanOthers;
    const harmful = o.value < 0 || o.critical !== null;
    if ((harmful && lift >= SCORE_MARGIN) || (o.keyedBest && o.value > 0 && lift <= -SCORE_MARGIN))
      o.flags.push('possible-miskey');
  }
  if (visits < 2 * MIN_GROUP || options.length < 2) return;
  const [first, second] = [...options].sort((a, b) => b.share - a.share);
  if (!first || !second) return;
  const keyedDifferently = first.value !== second.value || first.critical !== second.critical;
  if (keyedDifferently && first.share - second.share <= SPLIT_MARGIN && first.share + second.share >= 0.5) {
    first.flags.push('ambiguous');
    second.flags.push('ambiguous');
  }
}
