/**
 * Read-only access to the content collections for pages: the build's scenarios that compiled, modules in order.
 * Scenarios published in the browser live in the database: on-demand pages list both through site-catalog.ts.
 */
import { getCollection } from 'astro:content';
import type { MapLayout } from '../engine/branch-map.ts';
import type { ScenarioBundle } from '../engine/bundle.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';
import type { Rubric } from '../engine/rubric.ts';
import type { ScenarioMeta } from '../engine/scenario-meta.ts';
import { bySuggestedOrder } from '../engine/suggested-order.ts';
import type { StoryCatalog } from '../server/services/story-catalog.ts';

export interface ScenarioEntry {
  slug: string;
  meta: ScenarioMeta | null;
  json: string | null;
  hash: string | null;
  points: { min: number; max: number } | null;
  /** The branch map laid out for drawing; null when the scenario has errors. */
  map: MapLayout | null;
  rubric: Rubric;
  diagnostics: (Diagnostic & { text: string })[];
}

export async function allScenarios(): Promise<ScenarioEntry[]> {
  const entries = await getCollection('scenarios');
  return entries.map((e) => e.data as ScenarioEntry);
}

/**
 * Scenarios that compiled without errors, in the suggested order: by module, then from introductory to
 * advanced, then by session.
 */
export async function playableScenarios(): Promise<
  (ScenarioEntry & { meta: ScenarioMeta; json: string; hash: string })[]
> {
  return (await allScenarios())
    .filter(
      (s): s is ScenarioEntry & { meta: ScenarioMeta; json: string; hash: string } => !!s.meta && !!s.json && !!s.hash,
    )
    .sort(bySuggestedOrder);
}

export async function modulesInOrder() {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}

/** Module id → the title of its primer. */
export async function moduleTitles(): Promise<Record<string, string>> {
  return Object.fromEntries((await modulesInOrder()).map((m) => [m.data.module, m.data.title]));
}

/** What the player fetches for one scenario, and what the server keeps for each story version. */
export function bundleOf(s: ScenarioEntry & { meta: ScenarioMeta; json: string; hash: string }): ScenarioBundle {
  return {
    slug: s.slug,
    hash: s.hash,
    meta: s.meta,
    rubric: s.rubric,
    points: s.points,
    map: s.map ?? null,
    ink: JSON.parse(s.json),
  };
}

/** Bundles made from the collections, by slug: each version's ink is parsed once, not per request. */
const made = new Map<string, ScenarioBundle>();

/** The build's scenarios as a story catalogue, for on-demand pages (the server reads the built bundle files). */
export const builtInCatalog: StoryCatalog = {
  async current(slug) {
    const found = (await playableScenarios()).find((s) => s.slug === slug);
    if (!found) return null;
    let bundle = made.get(slug);
    if (bundle?.hash !== found.hash) made.set(slug, (bundle = bundleOf(found)));
    return bundle;
  },
  async list() {
    return (await playableScenarios()).map((s) => ({ slug: s.slug, meta: s.meta }));
  },
};
