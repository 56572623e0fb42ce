/**
 * Rapport's server side, put together: the database, better-auth and the services. `startApp` migrates
 * and (outside production, on an empty database) seeds the demo accounts before anything is served.
 */
import type { Config } from './config.ts';
import { migrate, openDatabase, type Db } from './db/connect.ts';
import { createAuth, type Auth } from './auth/auth.ts';
import { resolveSession, type ResolvedSession } from './auth/session.ts';
import { attemptService, type AttemptService } from './services/attempts.ts';
import { seedDemo, type DemoAccount } from './services/demo.ts';
import { privacyService } from './services/privacy.ts';
import type { StoryCatalog } from './services/story-catalog.ts';
import { userService, type UserService } from './services/users.ts';

/** Where the running server keeps its App on globalThis, shared with Astro's bundled routes. */
export const APP_KEY: unique symbol = Symbol.for('rapport.app') as never;

export interface App {
  config: Config;
  db: Db;
  auth: Auth;
  attempts: AttemptService;
  users: UserService;
  privacy: ReturnType<typeof privacyService>;
  session(headers: Headers): Promise<ResolvedSession>;
  close(): Promise<void>;
}

export interface StartedApp {
  app: App;
  /** The demo accounts, when this start seeded them. */
  seeded: readonly DemoAccount[];
}

export function createApp(config: Config, stories: StoryCatalog, options: { db?: Db; now?: () => Date } = {}): App {
  const db = options.db ?? openDatabase(config.database);
  const auth = createAuth(config, db);
  return {
    config,
    db,
    auth,
    attempts: attemptService(db.kysely, db.dialect, stories, options.now),
    users: userService(db.kysely),
    privacy: privacyService(db.kysely, options.now),
    session: (headers) => resolveSession(auth, db.kysely, headers, config.sessionAbsolute),
    close: () => db.close(),
  };
}

export async function startApp(config: Config, stories: StoryCatalog, options: { db?: Db; now?: () => Date } = {}): Promise<StartedApp> {
  const app = createApp(config, stories, options);
  try {
    await migrate(app.db);
    const seeded = config.seedDemo && !config.production ? await seedDemo(app.auth, app.db.kysely) : [];
    return { app, seeded };
  } catch (error) {
    await app.close();
    throw error;
  }
}
