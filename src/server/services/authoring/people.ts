/** People as the authoring pages name them: `{ id, name }`, or "Removed account" once their account is erased. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Person } from './types.ts';

export const REMOVED: Person = Object.freeze({ id: null, name: 'Removed account' });

/** The names of these accounts, by id (one query; ids of erased accounts are simply absent). */
export async function namesOf(db: Kysely<Database>, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('user').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The person of an id read from a record: "Removed account" when it is null or its account is gone. */
export function personOf(id: string | null, names: ReadonlyMap<string, string>): Person {
  if (id === null) return REMOVED;
  const name = names.get(id);
  return name === undefined ? REMOVED : { id, name };
}
