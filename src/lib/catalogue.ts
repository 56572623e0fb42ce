/** Read-only access to the content collections for pages: scenarios that compiled, modules in order. */
import { getCollection } from 'astro:content';
import type { Diagnostic } from '../engine/diagnostics.ts';
import type { Rubric } from '../engine/rubric.ts';
import type { ScenarioMeta } from '../engine/scenario-meta.ts';

export interface ScenarioEntry {
  slug: string;
  meta: ScenarioMeta | null;
  json: string | null;
  hash: string | null;
  points: { min: number; max: number } | null;
  rubric: Rubric;
  diagnostics: (Diagnostic & { text: string })[];
}

export async function allScenarios(): Promise<ScenarioEntry[]> {
  const entries = await getCollection('scenarios');
  return entries.map((e) => e.data as ScenarioEntry);
}

/** Scenarios that compiled without errors, sorted by module and session. */
export async function playableScenarios(): Promise<(ScenarioEntry & { meta: ScenarioMeta; json: string; hash: string })[]> {
  return (await allScenarios())
    .filter((s): s is ScenarioEntry & { meta: ScenarioMeta; json: string; hash: string } => !!s.meta && !!s.json && !!s.hash)
    .sort((a, b) => a.meta.module.localeCompare(b.meta.module) || a.meta.session - b.meta.session || a.slug.localeCompare(b.slug));
}

export async function modulesInOrder() {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}
