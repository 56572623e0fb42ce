/**
 * Rapport's server side, put together: the database, better-auth and the services. `startApp` migrates
 * and (outside production, on an empty database) seeds the demo accounts before anything is served.
 */
import type { DraftChecker } from './authoring-check/types.ts';
import type { Config } from './config.ts';
import { migrate, openDatabase, type Db } from './db/connect.ts';
import { createAuth, type Auth } from './auth/auth.ts';
import { resolveSession, type ResolvedSession } from './auth/session.ts';
import { assignmentService, type AssignmentService } from './services/assignments.ts';
import { authoringService, type AuthoringService } from './services/authoring/service.ts';
import { attemptService, type AttemptService } from './services/attempts/service.ts';
import { dashboardService, type DashboardService } from './services/dashboard/service.ts';
import { cohortService, type CohortService } from './services/cohorts/service.ts';
import { seedDemo, type DemoAccount } from './services/demo.ts';
import { exportService, type ExportService } from './services/exports/service.ts';
import { itemAnalysisService, type ItemAnalysisService } from './services/item-analysis/service.ts';
import { privacyService } from './services/privacy.ts';
import { reviewService, type ReviewService } from './services/review.ts';
import type { StoryCatalog } from './services/story-catalog.ts';
import { withPublished } from './services/published-catalog.ts';
import { storyVersions } from './services/story-versions.ts';
import { userService, type UserService } from './services/users.ts';
import { xapiDelivery, type XapiDelivery } from './services/xapi-delivery.ts';
import { ltiService, type LtiService } from './lti/service.ts';

/** Where the running server keeps its App on globalThis, shared with Astro's bundled routes. */
export const APP_KEY: unique symbol = Symbol.for('rapport.app') as never;

export interface App {
  config: Config;
  db: Db;
  auth: Auth;
  attempts: AttemptService;
  users: UserService;
  cohorts: CohortService;
  assignments: AssignmentService;
  privacy: ReturnType<typeof privacyService>;
  dashboard: DashboardService;
  review: ReviewService;
  exports: ExportService;
  /** Queues and sends xAPI statements to the LRS when one is configured (src/cli/serve.ts starts it). */
  xapi: XapiDelivery;
  itemAnalysis: ItemAnalysisService;
  /** LTI 1.3 Advantage: platform registration, launches, deep linking (src/server/lti). */
  lti: LtiService;
  /** Scenarios written, reviewed and published in the browser (issue 15). */
  authoring: AuthoringService;
  session(headers: Headers): Promise<ResolvedSession>;
  close(): Promise<void>;
}

export interface StartedApp {
  app: App;
  /** The demo accounts, when this start seeded them. */
  seeded: readonly DemoAccount[];
}

export interface AppOptions {
  db?: Db;
  now?: () => Date;
  /** Checks authored drafts off the request thread (src/cli/serve.ts passes the worker checker). */
  checker?: DraftChecker;
}

/** Without a checker a draft is stored but never playable: the check says why rather than passing unchecked. */
const noChecker: DraftChecker = async () => ({
  diagnostics: [
    {
      file: 'scenario.yaml',
      line: null,
      severity: 'error',
      message: 'This server was started without the draft checker, so drafts cannot be checked or published.',
    },
  ],
  bundle: null,
  took: 0,
});

export function createApp(config: Config, stories: StoryCatalog, options: AppOptions = {}): App {
  const db = options.db ?? openDatabase(config.database);
  // Every service sees the build's scenarios and those published in the browser, live from the database.
  stories = withPublished(stories, db.kysely);
  const auth = createAuth(config, db);
  // One cache of parsed story versions, shared by every service that replays or shows an attempt.
  const versions = storyVersions(db.kysely);
  const exports = exportService(db.kysely, versions, config.baseUrl);
  const attempts = attemptService(db.kysely, db.dialect, stories, versions, options.now);
  const assignments = assignmentService(db.kysely, stories, options.now);
  return {
    config,
    db,
    auth,
    attempts,
    users: userService(db.kysely),
    cohorts: cohortService(db.kysely, options.now),
    assignments,
    privacy: privacyService(db.kysely, options.now),
    dashboard: dashboardService(db.kysely, db.dialect, attempts, options.now),
    review: reviewService(db.kysely, attempts, versions, options.now),
    exports,
    xapi: xapiDelivery(db.kysely, db.dialect, exports, config.xapi, { now: options.now }),
    itemAnalysis: itemAnalysisService(db.kysely, stories, versions),
    lti: ltiService(
      db.kysely,
      auth,
      config.baseUrl,
      (actor, cohortId, input) => assignments.create(actor, cohortId, input),
      { now: options.now, dialect: db.dialect, production: config.production },
    ),
    authoring: authoringService(db.kysely, {
      checker: options.checker ?? noChecker,
      stories,
      versions,
      now: options.now,
    }),
    session: (headers) => resolveSession(auth, db.kysely, headers, config.sessionAbsolute),
    close: () => db.close(),
  };
}

export async function startApp(config: Config, stories: StoryCatalog, options: AppOptions = {}): Promise<StartedApp> {
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
