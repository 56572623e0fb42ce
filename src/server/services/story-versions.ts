/**
 * Story versions: every compiled story an attempt was started on, kept in `story_version` by its hash so an
 * attempt is always replayed and shown against the version it was played on. The one reader and writer of the
 * table's bundles, with one cache: a version never changes (its hash is its key), so each is parsed once per
 * server, whichever service asks (scoring a completion, a past debrief, the review, the exports, item analysis).
 *
 * The cache holds parsed bundles, never a query in flight: a read made inside a transaction (scoring on
 * completion) must not wait on a read outside it, which on SQLite's single connection would wait forever.
 * Replays clone the ink before running it, so a cached bundle is shared safely.
 */
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../engine/bundle.ts';
import { readBundle } from '../core/json-column.ts';
import type { Database } from '../db/schema.ts';

export interface StoredVersion {
  hash: string;
  title: string;
  bundle: ScenarioBundle;
}

/** Versions kept parsed; story versions are few, but a long-running server should not grow without bound. */
const CACHE_SIZE = 64;
/** Hashes per `in (…)` when reading several versions at once. */
const CHUNK = 200;

export function storyVersions(db: Kysely<Database>) {
  const cache = new Map<string, StoredVersion>();
  /** Titles by hash, of every version read or kept by this server: a summary names its scenario without a query. */
  const titles = new Map<string, string>();

  function remember(version: StoredVersion): StoredVersion {
    titles.set(version.hash, version.title);
    cache.delete(version.hash);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(version.hash, version);
    return version;
  }

  async function many(hashes: readonly string[], executor: Kysely<Database> = db): Promise<Map<string, StoredVersion>> {
    const out = new Map<string, StoredVersion>();
    const missing: string[] = [];
    for (const hash of new Set(hashes)) {
      const known = cache.get(hash);
      if (known) out.set(hash, known);
      else missing.push(hash);
    }
    for (let i = 0; i < missing.length; i += CHUNK) {
      const rows = await executor
        .selectFrom('story_version')
        .select(['hash', 'title', 'bundle'])
        .where('hash', 'in', missing.slice(i, i + CHUNK))
        .execute();
      for (const r of rows) out.set(r.hash, remember({ hash: r.hash, title: r.title, bundle: readBundle(r.bundle) }));
    }
    return out;
  }

  return {
    /** One version; throws when there is no such version (an attempt always has its own). */
    async get(hash: string, executor: Kysely<Database> = db): Promise<StoredVersion> {
      const found = (await many([hash], executor)).get(hash);
      if (!found) throw new Error(`There is no story version ${hash}.`);
      return found;
    },

    /** The versions of these hashes that exist. */
    many,

    /** The title of a version this server has read or kept, without a query; null otherwise. */
    knownTitle(hash: string): string | null {
      return titles.get(hash) ?? null;
    },

    /** A scenario's stored versions, newest first (by when each was first played). */
    async ofScenario(slug: string): Promise<StoredVersion[]> {
      const rows = await db
        .selectFrom('story_version')
        .select('hash')
        .where('slug', '=', slug)
        .orderBy('created_at', 'desc')
        .orderBy('hash')
        .execute();
      const found = await many(rows.map((r) => r.hash));
      return rows.map((r) => found.get(r.hash)).filter((v): v is StoredVersion => v !== undefined);
    },

    /** Each scenario's title as its newest stored version gives it, by slug. */
    async titlesBySlug(): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('story_version')
        .select(['slug', 'title', 'created_at'])
        .orderBy('created_at')
        .execute();
      return new Map(rows.map((r) => [r.slug, r.title]));
    },

    /** Keeps a version when an attempt starts on it (inside the start's transaction); keeping one twice is harmless. */
    async keep(executor: Kysely<Database>, bundle: ScenarioBundle, at: string): Promise<void> {
      await executor
        .insertInto('story_version')
        .values({
          hash: bundle.hash,
          slug: bundle.slug,
          title: bundle.meta.title,
          bundle: JSON.stringify(bundle),
          created_at: at,
        })
        .onConflict((oc) => oc.column('hash').doNothing())
        .execute();
      titles.set(bundle.hash, bundle.meta.title);
    },
  };
}

export type StoryVersions = ReturnType<typeof storyVersions>;
