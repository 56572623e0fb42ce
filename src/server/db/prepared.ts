/**
 * A query built and compiled once, then run with new values: for the few queries every request runs (the
 * session, recording an event), where building and compiling with Kysely cost more than running them on SQLite.
 *
 * The builder is called once per database with stand-ins for its parameters; the compiled SQL keeps them as
 * bound parameters, and each run puts the real values in their places. So the builder must pass each parameter
 * straight to Kysely as a value (a `where`, a `values` or a `set`), never branch on it or transform it.
 */
import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.ts';

const STAND_IN = '\u0000rapport-parameter-';

export interface Prepared<A extends readonly unknown[], R> {
  /** Runs the query, with these values, on a database or one of its transactions. */
  run(db: Kysely<Database>, ...args: A): Promise<QueryResult<R>>;
}

interface Compiled {
  sql: string;
  parameters: readonly unknown[];
  /** For each parameter of the compiled query, which argument goes there, or null for a constant. */
  slots: (number | null)[];
}

/**
 * `build` gets a database and stand-ins for `arity` arguments. It runs once per database (a database and its
 * transactions share one compiled query: they share Kysely's adapter object, made once per Kysely instance).
 */
export function prepared<A extends readonly unknown[], R>(
  arity: A['length'],
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
): Prepared<A, R> {
  const byDatabase = new WeakMap<object, Compiled>();
  return {
    run(db, ...args) {
      const key = db.getExecutor().adapter;
      let compiled = byDatabase.get(key);
      if (!compiled) {
        const standIns = Array.from({ length: arity }, (_, i) => `${STAND_IN}${i}`) as unknown as A;
        const { sql, parameters } = build(db, ...standIns).compile();
        const slots = parameters.map((p) =>
          typeof p === 'string' && p.startsWith(STAND_IN) ? Number(p.slice(STAND_IN.length)) : null,
        );
        const used = new Set(slots.filter((s) => s !== null));
        if (used.size !== arity)
          throw new Error(`A prepared query takes ${arity} values but passes ${used.size} of them on: ${sql}`);
        compiled = { sql, parameters, slots };
        byDatabase.set(key, compiled);
      }
      const { sql, parameters, slots } = compiled;
      return db.executeQuery<R>(
        CompiledQuery.raw(
          sql,
          slots.map((slot, i) => (slot === null ? parameters[i] : args[slot])),
        ) as CompiledQuery<R>,
      );
    },
  };
}
