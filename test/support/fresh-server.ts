/**
 * The set-up the HTTP test files share: the built server on a fresh database of one kind, that database also
 * opened from the test (to check what was or was not stored), people of each role, and cohorts written straight
 * into the tables (the cohort endpoints are tested in test/http/cohorts-access.test.ts).
 */
import type { Db } from '../../src/server/db/connect.ts';
import type { Role } from '../../src/server/db/schema.ts';
import { freshDatabase, type DatabaseKind } from './databases.ts';
import {
  openTestDatabase,
  setRole,
  signUp,
  startServer,
  type ServerOptions,
  type ServerProcess,
  type TestUser,
} from './server-process.ts';

export interface TestServer {
  server: ServerProcess;
  db: Db;
  /** Stops the server, closes the test's connection and drops the database. */
  close(): Promise<void>;
}

/** Starts the built server on a fresh database of `kind`; a server that does not start leaves no database behind. */
export async function startOnFreshDatabase(kind: DatabaseKind, env?: ServerOptions['env']): Promise<TestServer> {
  const fresh = await freshDatabase(kind);
  let server: ServerProcess;
  try {
    server = await startServer({ database: fresh, ...(env ? { env } : {}) });
  } catch (error) {
    await fresh.drop();
    throw error;
  }
  const db = openTestDatabase(fresh);
  return {
    server,
    db,
    async close() {
      await server.stop();
      await db.close();
      await fresh.drop();
    },
  };
}

/** A new person signed up over HTTP (and so signed in), then given `role` in the database. */
export async function signUpAs(server: ServerProcess, db: Db, label: string, role: Role): Promise<TestUser> {
  const user = await signUp(server, label);
  return role === 'trainee' ? user : setRole(db, user, role);
}

export interface CohortRows {
  id: string;
  name: string;
  supervisors: readonly TestUser[];
  members: readonly TestUser[];
}

/** Writes the cohorts, their supervisors and their members into the tables; the first supervisor made each one. */
export async function insertCohorts(db: Db, cohorts: readonly CohortRows[]): Promise<void> {
  const at = new Date().toISOString();
  await db.kysely
    .insertInto('cohort')
    .values(
      cohorts.map((c) => ({
        id: c.id,
        name: c.name,
        created_by: c.supervisors[0]?.id ?? null,
        created_at: at,
        archived_at: null,
      })),
    )
    .execute();
  const supervisors = cohorts.flatMap((c) =>
    c.supervisors.map((s) => ({ cohort_id: c.id, user_id: s.id, added_at: at })),
  );
  if (supervisors.length) await db.kysely.insertInto('cohort_supervisor').values(supervisors).execute();
  const members = cohorts.flatMap((c) => c.members.map((m) => ({ cohort_id: c.id, user_id: m.id, joined_at: at })));
  if (members.length) await db.kysely.insertInto('cohort_member').values(members).execute();
}

export interface TwoCohorts {
  supA: TestUser;
  supB: TestUser;
  trainA: TestUser;
  trainB: TestUser;
  educator: TestUser;
  admin: TestUser;
}

/**
 * Cohorts A and B (the given ids), each with a supervisor and a trainee of its own, and an educator and an admin in
 * neither: the cast of the supervision access tests, where each person tries the other cohort's records.
 */
export async function twoCohorts(server: ServerProcess, db: Db, cohortA: string, cohortB: string): Promise<TwoCohorts> {
  const cast: TwoCohorts = {
    supA: await signUpAs(server, db, 'sup-a', 'supervisor'),
    supB: await signUpAs(server, db, 'sup-b', 'supervisor'),
    trainA: await signUpAs(server, db, 'trainee-a', 'trainee'),
    trainB: await signUpAs(server, db, 'trainee-b', 'trainee'),
    educator: await signUpAs(server, db, 'educator', 'educator'),
    admin: await signUpAs(server, db, 'admin', 'admin'),
  };
  await insertCohorts(db, [
    { id: cohortA, name: 'Cohort A', supervisors: [cast.supA], members: [cast.trainA] },
    { id: cohortB, name: 'Cohort B', supervisors: [cast.supB], members: [cast.trainB] },
  ]);
  return cast;
}
