/** What the browser receives for one scenario (served as JSON by a prerendered endpoint). */
import type { MapLayout } from './branch-map.ts';
import type { Rubric } from './rubric.ts';
import type { ScenarioMeta } from './scenario-meta.ts';

export interface ScenarioBundle {
  slug: string;
  /** Hash of the compiled story; progress saved against another hash is not resumed. */
  hash: string;
  meta: ScenarioMeta;
  /** Only the rubric criteria this scenario can score, with their citations. */
  rubric: Rubric;
  /** Fewest and most choice points on any path, for the progress indication. */
  points: { min: number; max: number } | null;
  /** The branch map laid out for drawing (knots and stitches, choices and diverts); null or absent when it was not made. */
  map?: MapLayout | null;
  /** Where to start instead of the top, with variable values: the authoring preview's "play from here". */
  start?: { path: string; variables: Record<string, number | string | boolean> } | undefined;
  /** The compiled ink story (inkjs JSON). */
  ink: unknown;
  /** True when the options' evidence and feedback were left out (src/engine/seal.ts): a recorded assessment. */
  sealed?: boolean;
  /**
   * True when this is an older version of the story, fetched to finish an attempt begun on it: a new attempt
   * (Try again, Restart) loads the current version instead.
   */
  superseded?: boolean;
}

export function bundleUrl(slug: string, sealed = false): string {
  return `/scenarios/${slug}/${sealed ? 'sealed' : 'bundle'}.json`;
}

/** The page a recorded assessment is played on: it loads only the sealed story. */
export function assessUrl(slug: string): string {
  return `/scenarios/${slug}/assess/`;
}

/** One version of a scenario by its hash: where an attempt that began on an older version is finished. */
export function versionBundleUrl(slug: string, hash: string, sealed = false): string {
  return `/scenarios/${slug}/versions/${hash}/${sealed ? 'sealed' : 'bundle'}.json`;
}
