/**
 * Choice points as the labelled responses name them: a point's id is the sorted set of its options'
 * containers (each option's ink source path without its last segment), joined by "+". The id stays the same
 * on every visit and whatever subset of options a condition shows.
 */
import { distinctPoints } from '../testwise-bots.ts';
import type { MatchOption } from './matcher.ts';

export function pointId(sources: readonly string[]): string {
  return [...new Set(sources.map((s) => s.replace(/\.[^.]*$/, '')))].sort().join('+');
}

/** Every point a compiled story offers (each option played at least once): id → each distinct set of options. */
export function storyPoints(json: string): Map<string, MatchOption[][]> {
  const points = new Map<string, MatchOption[][]>();
  for (const options of distinctPoints(json)) {
    const id = pointId(options.map((o) => o.source));
    points.set(id, [...(points.get(id) ?? []), options.map((o) => ({ source: o.source, text: o.text }))]);
  }
  return points;
}
