/**
 * How a choice point is named across attempts and story versions: by where its options are written, not by its
 * position on a path, so the same point counts together however the trainee reached it (item analysis) and
 * keeps its activity id in xAPI.
 */
import type { StoryOption } from '../../engine/story-runner.ts';

/** Where a choice point is written: the container of its options' source paths (`gift.0` for `gift.0.14`). */
export function pointIdOf(options: readonly Pick<StoryOption, 'source'>[]): string {
  const containers = [...new Set(options.map((o) => o.source.replace(/\.[^.]*$/, '')))].sort();
  return containers.join('+');
}

/** The passage a choice point is in, for people: its knot (and stitch), e.g. `gift` or `gift.opening`. */
export function pointLabelOf(pointId: string): string {
  return pointId
    .split('+')
    .map((c) => c.split('.').filter((part) => !/^\d+$/.test(part) && !part.startsWith('c-')).join('.') || '(start)')
    .filter((v, i, all) => all.indexOf(v) === i)
    .join(' / ');
}
