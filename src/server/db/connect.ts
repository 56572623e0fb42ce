/**
 * Opens the database the configuration names: SQLite through Node's built-in `node:sqlite` (WAL,
 * synchronous=FULL, so an acknowledged write survives a killed process or a power cut), or PostgreSQL
 * through `pg`. Both give the same Kysely<Database>.
 */
import { mkdirSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { NodeSqliteDialect } from '@better-auth/kysely-adapter/node-sqlite-dialect';
import { CompiledQuery, Kysely, PostgresDialect, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import pg from 'pg';
import type { Config } from '../config.ts';
import { checkpointOffThread } from './checkpointer.ts';
import { migrations, type Dialect } from './migrations.ts';
import type { Database } from './schema.ts';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** A description for /api/health and logs, without credentials. */
  label: string;
  close(): Promise<void>;
}

export function openDatabase(database: Config['database']): Db {
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, max: database.poolSize });
    // A dropped connection is reported on the pool; without a listener it would end the process.
    pool.on('error', (error) => console.error(`PostgreSQL connection error: ${error.message}`));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(database.url);
    return {
      kysely,
      dialect: 'postgres',
      label: `postgres ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`,
      close: () => kysely.destroy(),
    };
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  const sqlite = new DatabaseSync(database.file, { timeout: 5000 });
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = FULL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  const stopCheckpoints = database.file === ':memory:' ? async () => {} : checkpointOffThread(sqlite, database.file);
  const kysely = new Kysely<Database>({ dialect: new RapportSqliteDialect(sqlite) });
  return {
    kysely,
    dialect: 'sqlite',
    label: 'sqlite',
    close: async () => {
      await stopCheckpoints();
      await kysely.destroy();
    },
  };
}

/**
 * better-auth's node:sqlite dialect (its SQL compiler, adapter and introspector) with Rapport's own driver for
 * the one connection, which changes what a write costs, not what it means:
 *
 * - Each distinct SQL text is prepared once and its statement reused (the dialect prepares every query afresh).
 *   A statement that changes the schema empties the cache.
 * - The connection goes to whoever asked next, in order (the dialect's lock wakes every waiter on each release).
 * - Group commit. With synchronous=FULL every COMMIT waits for the disk, and node:sqlite waits on the event
 *   loop's thread, so one fsync per event capped the server at one event per fsync. Here each transaction runs
 *   as a savepoint inside one open SQLite transaction. When a transaction commits, the next holder may start at
 *   once, but its commit resolves only once that open transaction is committed: once per turn of the event
 *   loop, for every transaction that committed in it. So a transaction is durable before it is acknowledged,
 *   as before, and a failing COMMIT fails every transaction that waited on it (none was acknowledged). A
 *   statement outside a transaction that writes first commits the open one, and then runs on its own as
 *   before; reads outside a transaction see what committed transactions wrote, durable or about to be.
 */
class RapportSqliteDialect extends NodeSqliteDialect {
  readonly #sqlite: DatabaseSync;
  constructor(sqlite: DatabaseSync) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new RapportSqliteDriver(this.#sqlite);
  }
}

const STATEMENT_CACHE_SIZE = 256;
const SAVEPOINT = 'rapport_transaction';

/** Prepared statements by SQL text, least recently used first, with whether each returns rows. */
class Statements {
  readonly #db: DatabaseSync;
  readonly #cache = new Map<string, { statement: StatementSync; returnsRows: boolean }>();
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  run<R>({ sql, parameters }: CompiledQuery): QueryResult<R> {
    let entry = this.#cache.get(sql);
    if (/^\s*(create|alter|drop)\b/i.test(sql)) {
      this.#cache.clear();
      const statement = this.#db.prepare(sql);
      entry = { statement, returnsRows: statement.columns().length > 0 };
    } else if (entry) {
      this.#cache.delete(sql);
      this.#cache.set(sql, entry);
    } else {
      const statement = this.#db.prepare(sql);
      entry = { statement, returnsRows: statement.columns().length > 0 };
      if (this.#cache.size >= STATEMENT_CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(sql, entry);
    }
    const params = parameters as Parameters<StatementSync['run']>;
    if (entry.returnsRows) return { rows: entry.statement.all(...params) as R[] };
    const { changes, lastInsertRowid } = entry.statement.run(...params);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }
}

/** One holder's use of the connection: from acquiring it to releasing it, or to committing its transaction. */
class Lease implements DatabaseConnection {
  released = false;
  inTransaction = false;
  readonly #driver: RapportSqliteDriver;
  constructor(driver: RapportSqliteDriver) {
    this.#driver = driver;
  }
  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.#driver.execute<R>(this, compiledQuery);
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming query is not supported by SQLite driver.');
  }
}

type Waiter = { resolve: () => void; reject: (error: unknown) => void };

class RapportSqliteDriver implements Driver {
  readonly #db: DatabaseSync;
  readonly #statements: Statements;
  #holder: Lease | null = null;
  readonly #queue: (() => void)[] = [];
  /** The commits waiting for the open SQLite transaction; null when none is open. */
  #batch: Waiter[] | null = null;
  #flushQueued = false;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#statements = new Statements(db);
  }
  async init(): Promise<void> {}

  acquireConnection(): Promise<DatabaseConnection> {
    const lease = new Lease(this);
    if (!this.#holder) {
      this.#holder = lease;
      return Promise.resolve(lease);
    }
    return new Promise((resolve) =>
      this.#queue.push(() => {
        this.#holder = lease;
        resolve(lease);
      }),
    );
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#release(connection as Lease);
  }
  #release(lease: Lease): void {
    if (lease.released) return;
    lease.released = true;
    const next = this.#queue.shift();
    if (next) next();
    else this.#holder = null;
  }

  execute<R>(lease: Lease, compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    try {
      if (lease.released) throw new Error('This database connection was already released.');
      // A write outside a transaction is durable when it resolves: the open transaction is committed first.
      if (this.#batch && !lease.inTransaction && !/^\s*select\b/i.test(compiledQuery.sql)) this.#commitBatch();
      return Promise.resolve(this.#statements.run<R>(compiledQuery));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#batch) {
      this.#db.exec('begin');
      this.#batch = [];
    }
    this.#db.exec(`savepoint ${SAVEPOINT}`);
    (connection as Lease).inTransaction = true;
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    this.#db.exec(`release ${SAVEPOINT}`);
    lease.inTransaction = false;
    const batch = this.#batch!;
    const durable = new Promise<void>((resolve, reject) => batch.push({ resolve, reject }));
    this.#queueFlush();
    this.#release(lease);
    return durable;
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    // After its commit a lease holds the connection no more; a shared commit that failed was rolled back already.
    if (lease.released) return;
    lease.inTransaction = false;
    if (this.#db.isTransaction) {
      this.#db.exec(`rollback to ${SAVEPOINT}`);
      this.#db.exec(`release ${SAVEPOINT}`);
    } else {
      // SQLite rolled back the whole open transaction itself (an I/O error, a full disk): the others in it are lost.
      this.#failBatch(
        new Error('The database rolled back a transaction, and with it others that were waiting to be written.'),
      );
    }
    // Even with nothing to write, the open transaction ends soon, so it holds no snapshot.
    this.#queueFlush();
  }

  /** Commits the open transaction at the end of this turn of the event loop, when the connection is free. */
  #queueFlush(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    setImmediate(() => {
      this.#flushQueued = false;
      void this.acquireConnection().then((lease) => {
        try {
          this.#commitBatch();
        } finally {
          this.#release(lease as Lease);
        }
      });
    });
  }
  #commitBatch(): void {
    const batch = this.#batch;
    if (!batch) return;
    this.#batch = null;
    try {
      this.#db.exec('commit');
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('rollback');
      for (const waiter of batch) waiter.reject(error);
      return;
    }
    for (const waiter of batch) waiter.resolve();
  }
  #failBatch(error: Error): void {
    const batch = this.#batch;
    this.#batch = null;
    for (const waiter of batch ?? []) waiter.reject(error);
  }

  async destroy(): Promise<void> {
    this.#commitBatch();
    this.#db.close();
  }
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Applies every migration not yet applied; safe to run from several servers at once on PostgreSQL. */
export async function migrate(db: Db): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations(db.dialect) },
  });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely locks migrations on PostgreSQL only. Two processes opening one SQLite file can both see a
  // migration as pending; the second one's transaction then fails and rolls back whole, so run again:
  // it finds the migration applied.
  for (let retry = 0; error && db.dialect === 'sqlite' && retry < 3; retry++) {
    await new Promise((r) => setTimeout(r, 50 * (retry + 1)));
    const again = await migrator.migrateToLatest();
    error = again.error;
    results = [...(results ?? []).filter((r) => r.status === 'Success'), ...(again.results ?? [])];
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(
      `The database could not be migrated${failed ? ` (migration ${failed.migrationName})` : ''}: ${(error as Error).message ?? error}`,
      { cause: error },
    );
  }
  return results ?? [];
}
