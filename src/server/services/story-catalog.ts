/**
 * Where the server finds a scenario's current compiled story: the build's bundles (or a test's fixtures), which
 * createApp composes with the scenarios published in the browser (published-catalog.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioBundle } from '../../engine/bundle.ts';
import type { ScenarioMeta } from '../../engine/scenario-meta.ts';

/** A playable scenario as listed: its slug and metadata (module, title, difficulty…). */
export interface CatalogEntry {
  slug: string;
  meta: ScenarioMeta;
}

export interface StoryCatalog {
  /** The current version of a scenario, or null when there is no such playable scenario. */
  current(slug: string): Promise<ScenarioBundle | null>;
  /** Every playable scenario, in the catalogue's order (a module's scenarios come from here). */
  list?(): Promise<CatalogEntry[]>;
  /**
   * Whether the catalogue lists it. False for a scenario that still resolves but is hidden (a retired published
   * one: its assignments and records keep working, but nothing new is made with it). Absent: every one is listed.
   */
  listed?(slug: string): Promise<boolean>;
}

export function catalogOf(bundles: readonly ScenarioBundle[]): StoryCatalog {
  const bySlug = new Map(bundles.map((b) => [b.slug, b]));
  return {
    current: async (slug) => bySlug.get(slug) ?? null,
    list: async () => bundles.map((b) => ({ slug: b.slug, meta: b.meta })),
  };
}

/** Reads the bundles a build wrote (`<clientDir>/scenarios/<slug>/bundle.json`), each once. */
export function fileCatalog(clientDir: string): StoryCatalog {
  const cache = new Map<string, Promise<ScenarioBundle | null>>();
  const current = (slug: string): Promise<ScenarioBundle | null> => {
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
  };
  let listed: Promise<CatalogEntry[]> | null = null;
  return {
    current,
    list() {
      listed ??= readdir(join(clientDir, 'scenarios'), { withFileTypes: true })
        .catch(() => [])
        .then(async (entries) => {
          const slugs = entries
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort();
          const bundles = await Promise.all(slugs.map(current));
          return bundles.filter((b): b is ScenarioBundle => b !== null).map((b) => ({ slug: b.slug, meta: b.meta }));
        });
      return listed;
    },
  };
}
