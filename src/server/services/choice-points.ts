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

/**
 * The passage a choice point is in, for people, where nothing better is known (the item analysis page names a point
 * by its #title: or the line said before its options, from the branch map): its knot and stitch made readable, as the
 * map names a passage without a line (`the gift: declined` for `the_gift.declined.0.c-1`), never ink's numbered parts
 * (`0`, `c-1`, the gathers' `g-0`).
 */
export function pointLabelOf(pointId: string): string {
  return pointId
    .split('+')
    .map(
      (c) =>
        c
          .split('.')
          .filter((part) => !/^\d+$/.test(part) && !/^[cg]-\d+$/.test(part))
          .join(': ')
          .replace(/_/g, ' ') || 'the start',
    )
    .filter((v, i, all) => all.indexOf(v) === i)
    .join(' / ');
}
