/**
 * Scenarios published from the browser (issue 15), composed with the build's own into the one catalogue every
 * service and page reads. A built-in scenario always wins its slug; any other slug is looked up in the database.
 *
 * Which release is live is asked of the database on every call (one prepared query), never remembered: another
 * app server may publish, retire or roll back at any moment, and every server must see it at its next request.
 * A release's bundle is the `story_version` row of its hash, which never changes, so bundles (and the metadata the
 * catalogue lists) are kept parsed by hash. Only parsed results are kept, never a query in flight, and every read
 * goes to the database itself: call this outside a transaction (as the attempt start and the assignments do), since
 * on SQLite's single connection a read outside a transaction waits for it to end.
 */
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../engine/bundle.ts';
import type { ScenarioMeta } from '../../engine/scenario-meta.ts';
import { bySuggestedOrder } from '../../engine/suggested-order.ts';
import { readBundle } from '../core/json-column.ts';
import { prepared } from '../db/prepared.ts';
import type { Database } from '../db/schema.ts';
import type { CatalogEntry, StoryCatalog } from './story-catalog.ts';

/** Where a scenario comes from: the build, or a release published in the browser (and which one is live). */
export type ScenarioOrigin =
  { kind: 'built-in' } | { kind: 'published'; version: number; status: 'active' | 'retired'; publishedAt: string };

export interface FoundScenario {
  bundle: ScenarioBundle;
  origin: ScenarioOrigin;
}

/** The composed catalogue: built-in scenarios first, then the live release of each published one. */
export interface ComposedCatalog extends StoryCatalog {
  /** The current version of a scenario (a retired one included: its assignments keep working), or null. */
  current(slug: string): Promise<ScenarioBundle | null>;
  /** The current version with where it comes from, or null. */
  find(slug: string): Promise<FoundScenario | null>;
  /** Whether the catalogue lists it: built-in, or published and not retired. */
  listed(slug: string): Promise<boolean>;
  /** Built-in and active published scenarios in the suggested order; with `retired`, the retired ones as well. */
  list(options?: { retired?: boolean }): Promise<CatalogEntry[]>;
  /**
   * One version of a scenario by its hash, live or not: the current one, a release, or any version an attempt began
   * on (kept in story_version). A trainee who reloads mid-attempt after a new version is published finishes on the
   * version the attempt began on. Null when this scenario has no such version.
   */
  version(slug: string, hash: string): Promise<ScenarioBundle | null>;
}

interface LiveRelease {
  slug: string;
  status: 'active' | 'retired';
  version: number;
  hash: string;
  published_at: string;
}

const liveRelease = prepared(1, (db, slug: string) =>
  db
    .selectFrom('authored_scenario as s')
    .innerJoin('scenario_release as r', (j) =>
      j.onRef('r.slug', '=', 's.slug').onRef('r.version', '=', 's.live_version'),
    )
    .select(['s.slug', 's.status', 'r.version', 'r.hash', 'r.published_at'])
    .where('s.slug', '=', slug),
);

const liveReleases = prepared(0, (db) =>
  db
    .selectFrom('authored_scenario as s')
    .innerJoin('scenario_release as r', (j) =>
      j.onRef('r.slug', '=', 's.slug').onRef('r.version', '=', 's.live_version'),
    )
    .select(['s.slug', 's.status', 'r.version', 'r.hash', 'r.published_at']),
);

const storedBundle = prepared(1, (db, hash: string) =>
  db.selectFrom('story_version').select('bundle').where('hash', '=', hash),
);

/** Bundles kept parsed (each can be a few hundred KB); the catalogue's metadata is small and kept for many more. */
const BUNDLES = 32;
const METAS = 2000;

/** A map that forgets its oldest entry past `size`. */
function bounded<V>(size: number) {
  const map = new Map<string, V>();
  return {
    get: (key: string) => map.get(key),
    set(key: string, value: V) {
      map.delete(key);
      if (map.size >= size) map.delete(map.keys().next().value!);
      map.set(key, value);
    },
  };
}

function publishedScenarios(db: Kysely<Database>) {
  const bundles = bounded<ScenarioBundle>(BUNDLES);
  const metas = bounded<ScenarioMeta>(METAS);

  async function bundleOf(hash: string): Promise<ScenarioBundle | null> {
    const known = bundles.get(hash);
    if (known) return known;
    const row = (await storedBundle.run(db, hash)).rows[0];
    if (!row) return null;
    const bundle = readBundle(row.bundle);
    bundles.set(hash, bundle);
    metas.set(hash, bundle.meta);
    return bundle;
  }

  const origin = (r: LiveRelease): ScenarioOrigin => ({
    kind: 'published',
    version: Number(r.version),
    status: r.status === 'retired' ? 'retired' : 'active',
    publishedAt: r.published_at,
  });

  return {
    /** The live release of one published scenario, with its bundle; null when there is none. */
    async live(slug: string): Promise<FoundScenario | null> {
      const release = (await liveRelease.run(db, slug)).rows[0];
      if (!release) return null;
      const bundle = await bundleOf(release.hash);
      return bundle ? { bundle, origin: origin(release) } : null;
    },

    /** A stored version by its hash (parsed once), or null. */
    bundleOf,

    /** Every published scenario's live release, as the catalogue lists it. */
    async entries(): Promise<(CatalogEntry & { origin: ScenarioOrigin })[]> {
      const releases = (await liveReleases.run(db)).rows;
      const out: (CatalogEntry & { origin: ScenarioOrigin })[] = [];
      for (const r of releases) {
        const meta = metas.get(r.hash) ?? (await bundleOf(r.hash))?.meta;
        if (meta) out.push({ slug: r.slug, meta, origin: origin(r) });
      }
      return out;
    },
  };
}

/** One reader per database, shared by the services and the pages of one server (and so are its parsed bundles). */
const readers = new WeakMap<Kysely<Database>, ReturnType<typeof publishedScenarios>>();

function readerFor(db: Kysely<Database>) {
  let reader = readers.get(db);
  if (!reader) {
    reader = publishedScenarios(db);
    readers.set(db, reader);
  }
  return reader;
}

/** The build's catalogue composed with the scenarios published into `db`. */
export function withPublished(builtIn: StoryCatalog, db: Kysely<Database>): ComposedCatalog {
  const published = readerFor(db);
  async function find(slug: string): Promise<FoundScenario | null> {
    const own = await builtIn.current(slug);
    if (own) return { bundle: own, origin: { kind: 'built-in' } };
    return published.live(slug);
  }
  return {
    find,
    async current(slug) {
      return (await find(slug))?.bundle ?? null;
    },
    async version(slug, hash) {
      if (!/^[0-9A-Za-z_-]{1,128}$/.test(hash)) return null;
      const live = await find(slug);
      if (live?.bundle.hash === hash) return live.bundle;
      const stored = await published.bundleOf(hash);
      return stored?.slug === slug ? stored : null;
    },
    async listed(slug) {
      const found = await find(slug);
      return found !== null && (found.origin.kind === 'built-in' || found.origin.status === 'active');
    },
    async list(options = {}) {
      const own = (await builtIn.list?.()) ?? [];
      const taken = new Set(own.map((e) => e.slug));
      const more = (await published.entries())
        .filter(
          (e) =>
            !taken.has(e.slug) && (options.retired || e.origin.kind !== 'published' || e.origin.status === 'active'),
        )
        .map(({ slug, meta }) => ({ slug, meta }));
      return [...own.map(({ slug, meta }) => ({ slug, meta })), ...more].sort(bySuggestedOrder);
    },
  };
}
