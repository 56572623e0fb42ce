/**
 * Deep Linking 2.0: an instructor adds a Rapport activity from the LMS. The launch's settings (return URL, data,
 * deployment, course) travel to Rapport's picker page as a short-lived ticket signed with Rapport's own key, so no
 * server has to remember them; the instructor picks a module or scenarios, mode, attempts and pass marks; Rapport
 * makes the assignment in the course's cohort and returns one signed ltiResourceLink content item whose custom
 * parameter names the assignment, with a line item request so the platform makes a gradebook column for it.
 */
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { Problem } from '../core/errors.ts';
import { parseOrProblem } from '../core/input.ts';
import type { Assignment } from '../services/assignments.ts';
import { CLAIM } from './claims.ts';
import { toolUrls, type LtiContext } from './context.ts';
import { publishedKeys, signingKey } from './tool-keys.ts';
import type { ValidLaunch } from './validate.ts';
import { createLocalJWKSet } from 'jose';

/** Time to pick an activity and submit the picker's form; the ticket is also used once (lti_nonce, by its jti). */
export const TICKET_SECONDS = 15 * 60;

export interface DeepLinkTicket {
  platformId: string;
  deploymentId: string;
  contextId: string;
  cohortId: string;
  userId: string;
  returnUrl: string;
  data: string | null;
}

export async function issueTicket(
  ctx: LtiContext,
  launch: ValidLaunch,
  cohortId: string,
  userId: string,
): Promise<string> {
  const settings = launch.claims[CLAIM.deepLinkingSettings] as
    { deep_link_return_url?: unknown; accept_types?: unknown; data?: unknown } | undefined;
  if (typeof settings?.deep_link_return_url !== 'string')
    throw new Problem(401, 'The deep-linking request has no return URL.');
  if (Array.isArray(settings.accept_types) && !settings.accept_types.includes('ltiResourceLink'))
    throw new Problem(400, 'The platform does not accept links to activities here.');
  const course = launch.claims[CLAIM.context] as { id: string };
  const key = await signingKey(ctx);
  return new SignJWT({
    platformId: launch.platform.id,
    deploymentId: launch.deploymentId,
    contextId: course.id,
    cohortId,
    userId,
    returnUrl: settings.deep_link_return_url,
    data: typeof settings.data === 'string' ? settings.data : null,
  } satisfies DeepLinkTicket)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuer(ctx.baseUrl)
    .setAudience(`${ctx.baseUrl}/lti/deep-link`)
    .setIssuedAt(Math.floor(ctx.now().getTime() / 1000))
    .setExpirationTime(Math.floor(ctx.now().getTime() / 1000) + TICKET_SECONDS)
    .setJti(crypto.randomUUID())
    .sign(key.key);
}

/** The ticket's settings, when it is Rapport's, unexpired, and for the person holding it. */
export async function readTicket(
  ctx: LtiContext,
  actor: Actor,
  ticket: string,
): Promise<DeepLinkTicket & { jti: string }> {
  try {
    const { payload } = await jwtVerify(ticket, createLocalJWKSet(await publishedKeys(ctx)), {
      issuer: ctx.baseUrl,
      audience: `${ctx.baseUrl}/lti/deep-link`,
      currentDate: ctx.now(),
    });
    const t = payload as unknown as DeepLinkTicket & { jti?: unknown };
    if (t.userId !== actor.id) throw new Error('another person');
    if (typeof t.jti !== 'string') throw new Error('no ticket id');
    return { ...t, jti: t.jti };
  } catch {
    throw new Problem(
      400,
      'This page was opened for another launch or has expired. Add the activity again from your course.',
    );
  }
}

const choiceSchema = z.strictObject({
  gradePolicy: z.enum(['best', 'latest']).default('best'),
});

export interface DeepLinkReturn {
  /** Where the browser posts the signed response (the platform's deep-link return URL). */
  returnUrl: string;
  jwt: string;
  assignment: Assignment;
}

/**
 * Makes the assignment (through the assignment service, so its rules apply unchanged), links it to the course for
 * grades, and signs the response. `assignmentInput` is what the cohort page's assignment form would send.
 */
export async function returnDeepLink(
  ctx: LtiContext,
  actor: Actor,
  ticket: string,
  assignmentInput: unknown,
  choice: unknown,
  createAssignment: (actor: Actor, cohortId: string, input: unknown) => Promise<Assignment>,
): Promise<DeepLinkReturn> {
  const t = await readTicket(ctx, actor, ticket);
  const { gradePolicy } = parseOrProblem(choiceSchema, choice, 'grading');
  const platform = await ctx.db
    .selectFrom('lti_platform')
    .selectAll()
    .where('id', '=', t.platformId)
    .executeTakeFirst();
  if (!platform) throw new Problem(400, 'The learning platform of this launch is no longer registered with Rapport.');
  // Used once: the first submission claims the ticket's id, so a replayed form makes no second assignment. A refused
  // form (a missing title, say) gives it back, so the instructor can correct it and submit again.
  const used = `deep-link:${t.jti}`;
  const claimed = await ctx.db
    .insertInto('lti_nonce')
    .values({ nonce: used, used_at: ctx.now().toISOString() })
    .onConflict((oc) => oc.column('nonce').doNothing())
    .returning('nonce')
    .executeTakeFirst();
  if (!claimed)
    throw new Problem(400, 'This activity was added already. To add another, start again from your course.');
  let assignment: Assignment;
  try {
    assignment = await createAssignment(actor, t.cohortId, assignmentInput);
  } catch (error) {
    await ctx.db.deleteFrom('lti_nonce').where('nonce', '=', used).execute();
    throw error;
  }
  await ctx.db
    .insertInto('lti_link')
    .values({
      assignment_id: assignment.id,
      platform_id: platform.id,
      context_id: t.contextId,
      grade_policy: gradePolicy,
      lineitem_url: null,
      created_at: ctx.now().toISOString(),
    })
    .execute();
  const key = await signingKey(ctx);
  const seconds = Math.floor(ctx.now().getTime() / 1000);
  const jwt = await new SignJWT({
    nonce: crypto.randomUUID(),
    [CLAIM.messageType]: 'LtiDeepLinkingResponse',
    [CLAIM.version]: '1.3.0',
    [CLAIM.deploymentId]: t.deploymentId,
    ...(t.data !== null ? { [CLAIM.deepLinkingData]: t.data } : {}),
    [CLAIM.contentItems]: [
      {
        type: 'ltiResourceLink',
        title: assignment.title,
        url: toolUrls(ctx.baseUrl).launch,
        custom: { rapport_assignment: assignment.id },
        lineItem: { scoreMaximum: 100, label: assignment.title, resourceId: assignment.id },
      },
    ],
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(platform.client_id)
    .setAudience(platform.issuer)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + 10 * 60)
    .sign(key.key);
  return { returnUrl: t.returnUrl, jwt, assignment };
}
