/** Item analysis as CSV, one row per option (csv.ts makes the document). */
import { csvDocument, round2 } from '../csv.ts';
import type { ItemAnalysis } from './types.ts';

export function itemAnalysisCsv(a: ItemAnalysis): { filename: string; csv: string } {
  const header = [
    'point',
    'passage',
    'point_visits',
    'point_attempts',
    'option_source',
    'option',
    'times_chosen',
    'share',
    'choosers',
    'mean_overall_choosers',
    'others',
    'mean_overall_others',
    'keyed_value',
    'keyed_values',
    'critical',
    'contested',
    'keyed_best',
    'flags',
  ];
  const rows = a.points.flatMap((p) =>
    p.options.map((o) => [
      p.id,
      p.label,
      p.visits,
      p.attempts,
      o.source,
      o.text,
      o.chosen,
      Math.round(o.share * 10_000) / 10_000,
      o.choosers,
      round2(o.meanChosen),
      o.others,
      round2(o.meanOthers),
      o.value,
      Object.entries(o.values)
        .map(([c, v]) => `${c}:${v > 0 ? '+' : ''}${v}`)
        .join('; '),
      o.critical,
      o.contested,
      o.keyedBest,
      o.flags.join('; '),
    ]),
  );
  return { filename: `rapport-item-analysis-${a.slug}.csv`, csv: csvDocument(header, rows) };
}
