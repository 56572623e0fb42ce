/**
 * LTI 1.3 Advantage (issue 17), put together as the object app.ts hands out. LTI is done in Rapport's services
 * with `jose` for the JWTs and key sets: ltijs, the maintained Node LTI library, keeps its state in MongoDB, which
 * Rapport does not run, and would hold logins and keys outside the SQLite or PostgreSQL database every app server
 * shares.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/actor.ts';
import type { Auth } from '../auth/auth.ts';
import { databaseRateLimit } from '../auth/rate-limit.ts';
import type { Database } from '../db/schema.ts';
import type { Assignment } from '../services/assignments.ts';
import type { Dialect } from '../db/migrations.ts';
import { gradeDelivery, type GradeOptions } from './ags.ts';
import { toolUrls, type LtiContext } from './context.ts';
import { serviceTokens } from './service-token.ts';
import { consumeContinue, issueContinue, peekContinue } from './continue.ts';
import { issueTicket, returnDeepLink } from './deep-link.ts';
import { startLogin, type LoginParams } from './login.ts';
import { platformKeySets, type KeySetOptions } from './platform-keys.ts';
import { platformOrigins } from './origins.ts';
import { hasRoster, syncRoster, syncRosterFor } from './nrps.ts';
import { provision } from './provision.ts';
import { listPlatforms, registerPlatform, removePlatform } from './registration.ts';
import { sessionCookie } from './sign-in.ts';
import { publishedKeys, rotateKey } from './tool-keys.ts';
import { validateLaunch, type LaunchForm } from './validate.ts';

export interface LtiOptions {
  now?: () => Date;
  fetch?: typeof fetch;
  keySets?: KeySetOptions;
  /** The database's dialect, so two app servers on PostgreSQL never send one grade at once. */
  dialect?: Dialect;
  grades?: GradeOptions;
  /** Least time between two roster syncs of one course started by launches, in milliseconds. */
  rosterEveryMs?: number;
  /** False: launches start no roster sync (tests whose platform offers none to a tool it cannot reach). */
  rosterOnLaunch?: boolean;
  /** Production: the URL rules of url-policy.ts apply (outside it, any http(s) URL, as the tests' platform needs). */
  production?: boolean;
}

/** How often a launch starts a roster sync of its course, at most (per app server). */
export const ROSTER_ON_LAUNCH_MS = 10 * 60_000;

export interface LaunchResult {
  /** The session cookie of the person launched. */
  setCookie: string;
  /** Where to send the browser next: /lti/continue/ with the launch's one-time token (see continue.ts). */
  next: string;
  /** Where the launch leads once the browser carries the session: a path on this site. */
  target: string;
  userId: string;
  cohortId: string;
}

export function ltiService(
  db: Kysely<Database>,
  auth: Auth,
  baseUrl: string,
  createAssignment: (actor: Actor, cohortId: string, input: unknown) => Promise<Assignment>,
  options: LtiOptions = {},
) {
  const ctx: LtiContext = {
    db,
    now: options.now ?? (() => new Date()),
    baseUrl,
    fetch: options.fetch ?? fetch,
    production: options.production ?? false,
  };
  const keySets = platformKeySets(options.keySets);
  const tokens = serviceTokens(ctx);
  const grades = gradeDelivery(ctx, options.dialect ?? 'sqlite', tokens, options.grades);
  const loginLimiter = databaseRateLimit(db, () => ctx.now().getTime());
  const rosterSynced = new Map<string, number>();
  const rosterRunning = new Set<Promise<unknown>>();
  /** A launch syncs its course's roster in the background (the launch never waits on the LMS), now and then. */
  function rosterOnLaunch(cohortId: string, subject: string): void {
    const at = ctx.now().getTime();
    if (options.rosterOnLaunch === false) return;
    if (at - (rosterSynced.get(cohortId) ?? -Infinity) < (options.rosterEveryMs ?? ROSTER_ON_LAUNCH_MS)) return;
    rosterSynced.set(cohortId, at);
    const run = hasRoster(ctx, cohortId)
      .then((offered) => (offered ? syncRoster(ctx, tokens, cohortId, { keep: subject }) : null))
      .catch((e: unknown) => {
        rosterSynced.delete(cohortId);
        console.error(`LTI roster sync after a launch: ${(e as Error).message}`);
      })
      .finally(() => rosterRunning.delete(run));
    rosterRunning.add(run);
  }
  return {
    /** Grade passback (AGS): the queue's sweep and sender (src/cli/serve.ts starts it) and each attempt's status. */
    grades,
    urls: toolUrls(baseUrl),
    register: (actor: Actor, input: unknown) => registerPlatform(ctx, actor, input),
    platforms: (actor: Actor) => listPlatforms(ctx, actor),
    remove: (actor: Actor, id: string) => removePlatform(ctx, actor, id),
    /** Rapport's public keys, for `/api/lti/jwks.json`. */
    jwks: () => publishedKeys(ctx),
    rotateKey: (actor: Actor) => {
      if (actor.role !== 'admin') throw new Error('Only an administrator rotates the key.');
      return rotateKey(ctx);
    },
    /** The registered platforms' origins: the sites that may frame the LTI pages. */
    frameOrigins: () => platformOrigins(ctx),
    /** `address`: the client's, for the login throttle (the HTTP path gives it). */
    login: (params: LoginParams, address?: string) =>
      startLogin(ctx, params, address === undefined ? undefined : { address, limiter: loginLimiter }),
    /** Validates a launch, then signs the person in and places them; throws a Problem (nothing created) when it is refused. */
    async launch(form: LaunchForm, cookieState: string | null): Promise<LaunchResult> {
      const valid = await validateLaunch(ctx, keySets, form, cookieState);
      const placed = await provision(ctx, valid);
      if (valid.messageType === 'LtiResourceLinkRequest') rosterOnLaunch(placed.cohortId, valid.claims.sub as string);
      let target = placed.next;
      if (valid.messageType === 'LtiDeepLinkingRequest')
        target = `/lti/deep-link/?ticket=${encodeURIComponent(await issueTicket(ctx, valid, placed.cohortId, placed.userId))}`;
      const token = await issueContinue(ctx, placed.userId, target);
      return {
        setCookie: await sessionCookie(auth, placed.userId),
        next: `/lti/continue/?t=${token}`,
        target,
        userId: placed.userId,
        cohortId: placed.cohortId,
      };
    },
    /** Whom (id and name) a launch's unused, unexpired token signs in and where it leads (nothing is used); null otherwise. */
    continuation: (token: string) => peekContinue(ctx, token),
    /** The browser carries the session of `userId`: uses the token if it is theirs, and says where to go. */
    continueSignedIn: async (token: string, userId: string): Promise<string | null> =>
      (await consumeContinue(ctx, token, userId))?.target ?? null,
    /**
     * A browser without that session (a new window after a framed launch), once the person has asked to go on: uses
     * the token and signs its person in. `replacing`: the session the browser carried, which the person agreed to end.
     */
    async continueSignIn(
      token: string,
      replacing?: string,
    ): Promise<{ setCookie: string; target: string; userId: string } | null> {
      const used = await consumeContinue(ctx, token);
      if (!used) return null;
      if (replacing) await db.deleteFrom('session').where('id', '=', replacing).execute();
      return { setCookie: await sessionCookie(auth, used.userId), target: used.target, userId: used.userId };
    },
    /** Roster sync on demand, by a supervisor of the cohort or an administrator. */
    syncRoster: (actor: Actor, cohortId: string) => syncRosterFor(ctx, tokens, actor, cohortId),
    /** Whether the cohort mirrors a course whose roster can be synced. */
    hasRoster: (cohortId: string) => hasRoster(ctx, cohortId),
    /** Resolves when the roster syncs that launches started have ended (for tests and a clean stop). */
    rosterSettled: () => Promise.all([...rosterRunning]).then(() => undefined),
    deepLinkReturn: (actor: Actor, ticket: string, assignmentInput: unknown, choice: unknown) =>
      returnDeepLink(ctx, actor, ticket, assignmentInput, choice, createAssignment),
  };
}

export type LtiService = ReturnType<typeof ltiService>;
