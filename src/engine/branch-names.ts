/**
 * Names on the branch map, for people: how long a label may be, a choice point's id, the line a choice answers, and
 * shortened text. Apart from branch-graph.ts so that what names a point can be read (and used by the server's item
 * analysis) without the graph's playing.
 */
import type { StoryOption } from './story-runner.ts';
import { START_NODE } from './compiled-knots.ts';

/** The longest edge label kept, in characters; the full option text is in the story itself. */
export const LABEL_MAX = 60;
/** The longest line kept to name a passage on the map, in characters (inside its quotation marks). */
export const NODE_LINE_MAX = 48;

/**
 * A choice point's id: the containers of its options' source paths (`gift.0` for `gift.0.c-1`), sorted and joined by
 * `+`. The same wherever the point is reached from, and across story versions that keep it; item analysis names
 * points the same way (src/server/services/choice-points.ts).
 */
export function choicePointId(options: readonly Pick<StoryOption, 'source'>[]): string {
  return [...new Set(options.map((o) => o.source.replace(/\.[^.]*$/, '')))].sort().join('+');
}

/** The line a choice answers: the last line spoken before it, else the last line shown. */
export function lineBefore(lines: readonly { text: string; kind: string }[]): string | null {
  const spoken = lines.filter((l) => l.kind === 'dialogue');
  return (spoken.at(-1) ?? lines.at(-1))?.text ?? null;
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max = LABEL_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** `the_gift.declined` → `the gift: declined`. */
export function nodeLabel(id: string): string {
  if (id === START_NODE) return 'Start';
  return id.replace(/_/g, ' ').replace('.', ': ');
}
