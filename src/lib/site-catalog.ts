/**
 * The catalogue as on-demand pages read it: the build's scenarios (the content collections, in memory) composed
 * with those published in the browser, read from the running app's database at every call, so a page lists and
 * serves a published scenario with no rebuild or restart, on every app server alike. Prerendered pages cannot
 * use it: what they list is fixed at build time.
 */
import type { App } from '../server/app.ts';
import type { CatalogEntry } from '../server/services/story-catalog.ts';
import { withPublished, type ComposedCatalog } from '../server/services/published-catalog.ts';
import { builtInCatalog } from './catalogue.ts';
import { getApp } from './server-app.ts';

const catalogs = new WeakMap<App, ComposedCatalog>();

export async function siteCatalog(): Promise<ComposedCatalog> {
  const app = await getApp();
  let catalog = catalogs.get(app);
  if (!catalog) {
    catalog = withPublished(builtInCatalog, app.db.kysely);
    catalogs.set(app, catalog);
  }
  return catalog;
}

/** The scenarios the catalogue lists (built-in and published, not retired), in the suggested order. */
export async function listedScenarios(): Promise<CatalogEntry[]> {
  return (await siteCatalog()).list();
}

/** Every scenario that can still be played or shown, the retired published ones too (for names of past work). */
export async function knownScenarios(): Promise<CatalogEntry[]> {
  return (await siteCatalog()).list({ retired: true });
}
