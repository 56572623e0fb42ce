/** Where the server finds a scenario's current compiled story (the build's bundles, or a test's fixtures). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioBundle } from '../../engine/bundle.ts';

export interface StoryCatalog {
  /** The current version of a scenario, or null when there is no such playable scenario. */
  current(slug: string): Promise<ScenarioBundle | null>;
}

export function catalogOf(bundles: readonly ScenarioBundle[]): StoryCatalog {
  const bySlug = new Map(bundles.map((b) => [b.slug, b]));
  return { current: async (slug) => bySlug.get(slug) ?? null };
}

/** Reads the bundles a build wrote (`<clientDir>/scenarios/<slug>/bundle.json`), each once. */
export function fileCatalog(clientDir: string): StoryCatalog {
  const cache = new Map<string, Promise<ScenarioBundle | null>>();
  return {
    current(slug) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return Promise.resolve(null);
      let found = cache.get(slug);
      if (!found) {
        found = readFile(join(clientDir, 'scenarios', slug, 'bundle.json'), 'utf8').then(
          (text) => JSON.parse(text) as ScenarioBundle,
          () => null,
        );
        cache.set(slug, found);
      }
      return found;
    },
  };
}
