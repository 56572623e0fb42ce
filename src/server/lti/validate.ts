/**
 * Validating a launch (LTI 1.3 core §5.1.3, the security framework §5.1.3): the state must be one Rapport issued to
 * this browser and not used yet; the id_token must be signed by a key the platform publishes, from its issuer, for
 * Rapport's client id (and `azp` naming it when there are several audiences), not expired, issued recently (a
 * minute of clock skew either way), carry the login's nonce, never seen before, from a known deployment, and be a
 * message type and version Rapport handles; the claims Rapport keeps must be storable text of a sane length
 * (claim-text.ts). Every refusal is a Problem with a message for the person launching,
 * and nothing is created before all of it has passed (only the login row and the nonce are used up).
 */
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { Problem } from '../core/errors.ts';
import type { LtiPlatformTable } from '../db/schema.ts';
import { claimTextProblem } from './claim-text.ts';
import { CLAIM, MESSAGE_TYPES, type MessageType } from './claims.ts';
import type { LtiContext } from './context.ts';
import type { PlatformKeySets } from './platform-keys.ts';

/** How long a used nonce is kept: longer than a login (10 minutes) or a deep-linking ticket (15) can live. */
export const NONCE_KEPT_MS = 60 * 60_000;

/** Clock skew allowed between the platform and Rapport, in seconds. */
export const CLOCK_SKEW = 60;
/** Oldest id_token accepted, by its `iat`, in seconds. */
export const MAX_TOKEN_AGE = 5 * 60;

export interface LaunchForm {
  id_token?: string | null;
  state?: string | null;
}

export interface ValidLaunch {
  platform: LtiPlatformTable;
  messageType: MessageType;
  deploymentId: string;
  claims: JWTPayload & Record<string, unknown>;
}

const refuse = (message: string) => new Problem(401, message);

export async function validateLaunch(
  ctx: LtiContext,
  keySets: PlatformKeySets,
  form: LaunchForm,
  cookieState: string | null,
): Promise<ValidLaunch> {
  const state = form.state ?? '';
  const idToken = form.id_token ?? '';
  if (!idToken || !state)
    throw new Problem(400, 'The launch carried no id_token or state. Start it again from your course.');
  if (!cookieState || cookieState !== state) {
    throw refuse(
      'This launch did not begin in this browser (its state does not match), so it was refused. Start it again from your course; if it keeps failing, allow cookies for Rapport or open it in a new window.',
    );
  }
  const at = ctx.now();
  // Used once: the row is deleted by the first launch that presents it.
  const login = await ctx.db.deleteFrom('lti_login').where('state', '=', state).returningAll().executeTakeFirst();
  if (!login || login.expires_at < at.toISOString())
    throw refuse('This launch has expired or was already used. Start it again from your course.');
  const platform = await ctx.db
    .selectFrom('lti_platform')
    .selectAll()
    .where('id', '=', login.platform_id)
    .executeTakeFirst();
  if (!platform) throw refuse('The learning platform of this launch is no longer registered with Rapport.');

  let claims: JWTPayload & Record<string, unknown>;
  try {
    const verified = await jwtVerify(idToken, keySets(platform.jwks_url), {
      issuer: platform.issuer,
      audience: platform.client_id,
      // LTI 1.3 (IMS Security Framework §6.1) names RS256: any other algorithm is refused, not tried.
      algorithms: ['RS256'],
      clockTolerance: CLOCK_SKEW,
      maxTokenAge: MAX_TOKEN_AGE + CLOCK_SKEW,
      requiredClaims: ['iat', 'exp', 'sub', 'nonce'],
      currentDate: at,
    });
    claims = verified.payload as JWTPayload & Record<string, unknown>;
  } catch (error) {
    throw refuse(tokenProblem(error));
  }
  if (typeof claims.iat === 'number' && claims.iat > at.getTime() / 1000 + CLOCK_SKEW)
    throw refuse("The launch was issued in the future by the platform's clock; check the platform's time.");
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if ((audiences.length > 1 || claims.azp !== undefined) && claims.azp !== platform.client_id) {
    throw refuse('The launch was meant for another tool (its authorised party is not Rapport).');
  }
  if (claims.nonce !== login.nonce)
    throw refuse('The launch was already used or does not belong to this sign-in (its nonce does not match).');
  const fresh = await ctx.db
    .insertInto('lti_nonce')
    .values({ nonce: login.nonce, used_at: at.toISOString() })
    .onConflict((oc) => oc.column('nonce').doNothing())
    .returning('nonce')
    .executeTakeFirst();
  if (!fresh) throw refuse('The launch was already used (its nonce has been seen before).');
  // A nonce can match only its login's row, which is used once and lives minutes (and a deep-linking ticket's id,
  // minutes too): older ones protect nothing, and are dropped as new ones come.
  await ctx.db
    .deleteFrom('lti_nonce')
    .where('used_at', '<', new Date(at.getTime() - NONCE_KEPT_MS).toISOString())
    .execute();
  // Before the first query by a claim (the deployment's): PostgreSQL answers a NUL in a parameter with an error.
  const unstorable = claimTextProblem(claims);
  if (unstorable) throw refuse(unstorable);
  const deploymentId = claims[CLAIM.deploymentId];
  if (typeof deploymentId !== 'string') throw refuse('The launch names no deployment.');
  const known = await ctx.db
    .selectFrom('lti_deployment')
    .select('deployment_id')
    .where('platform_id', '=', platform.id)
    .where('deployment_id', '=', deploymentId)
    .executeTakeFirst();
  if (!known)
    throw refuse(
      `The deployment "${deploymentId.slice(0, 100)}" is not registered for this platform. Ask an administrator to add it at /admin/lti/.`,
    );
  if (claims[CLAIM.version] !== '1.3.0') throw refuse('The launch is not LTI version 1.3.0.');
  const messageType = claims[CLAIM.messageType];
  if (!MESSAGE_TYPES.includes(messageType as MessageType))
    throw refuse('Rapport does not handle this kind of LTI message.');
  if (messageType === 'LtiResourceLinkRequest') {
    const link = claims[CLAIM.resourceLink] as { id?: unknown } | undefined;
    if (typeof link?.id !== 'string') throw refuse('The launch names no resource link.');
  }
  if (typeof claims.sub !== 'string' || claims.sub.length === 0 || claims.sub.length > 255)
    throw refuse('The launch does not say who is launching (no subject).');
  return { platform, messageType: messageType as MessageType, deploymentId, claims };
}

function tokenProblem(error: unknown): string {
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'The launch was signed with a key the platform does not publish (unknown key id), so it was refused.';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "The launch's signature is not valid, so it was refused.";
  if (error instanceof errors.JWTExpired) return 'The launch has expired. Start it again from your course.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud')
      return "The launch was meant for another tool (its audience is not Rapport's client id).";
    if (error.claim === 'iss') return 'The launch did not come from the platform it names (wrong issuer).';
    if (error.claim === 'iat')
      return "The launch is too old or issued in the future by the platform's clock. Start it again from your course.";
    return `The launch is missing or has a wrong "${error.claim}" claim.`;
  }
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError))
    return "Rapport could not fetch the platform's keys to check the launch. Try again in a moment.";
  return `The launch's token is not valid (${(error as Error).message.slice(0, 200)}).`;
}
