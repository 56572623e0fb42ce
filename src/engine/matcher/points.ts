/**
 * Choice points as the labelled responses name them: a point's id is the sorted set of its options'
 * containers (each option's ink source path without its last segment), joined by "+". The id stays the same
 * on every visit and whatever subset of options a condition shows.
 */
import { explore } from '../explore.ts';
import { StoryRunner, type StoryOption } from '../story-runner.ts';
import type { MatchOption } from './matcher.ts';

export function pointId(sources: readonly string[]): string {
  return [...new Set(sources.map((s) => s.replace(/\.[^.]*$/, '')))].sort().join('+');
}

/**
 * Every point a compiled story offers, id → every option ever offered there (in source order): the paths of the
 * engine's cover exploration, then a depth-first walk into every option not yet taken (by its source path),
 * since a condition can offer an option on one way into a point and not on another.
 */
export function storyPoints(json: string, maxDepth = 80): Map<string, MatchOption[]> {
  const points = new Map<string, Map<string, string>>();
  const record = (options: readonly StoryOption[]) => {
    const id = pointId(options.map((o) => o.source));
    const seen = points.get(id) ?? new Map<string, string>();
    for (const o of options) seen.set(o.source, o.text);
    points.set(id, seen);
  };
  for (const path of explore(json, { strategy: 'cover' }).paths) path.offered.forEach(record);

  const runner = new StoryRunner(json);
  const taken = new Set<string>();
  const walk = (depth: number) => {
    const step = runner.step();
    if (step.ended || depth > maxDepth) return;
    record(step.options);
    const fresh = step.options.filter((o) => !taken.has(o.source));
    for (const o of fresh) taken.add(o.source);
    const saved = runner.saveState();
    (fresh.length > 0 ? fresh : step.options.slice(0, 1)).forEach((option, i) => {
      if (i > 0) runner.loadState(saved);
      runner.choose(option.index);
      walk(depth + 1);
    });
  };
  walk(0);

  const bySource = (a: MatchOption, b: MatchOption) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  return new Map(
    [...points].map(([id, seen]) => [id, [...seen].map(([source, text]) => ({ source, text })).sort(bySource)]),
  );
}
