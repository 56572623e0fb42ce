/**
 * Registering a platform (an LMS): an administrator gives its issuer, Rapport's client id there, the deployment
 * ids and the platform's OIDC authorisation, token and JWKS endpoints. One issuer may hold several client ids.
 */
import { z } from 'zod';
import { requireAdmin, type Actor } from '../core/actor.ts';
import { Problem, notFound } from '../core/errors.ts';
import { isId, parseOrProblem } from '../core/input.ts';
import { nameText, storableText } from '../text.ts';
import type { LtiContext } from './context.ts';
import { registrationUrlProblem } from './url-policy.ts';

const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .pipe(z.url({ message: `${what} must be an absolute URL` }))
    .refine((v) => /^https?:\/\//.test(v), `${what} must be an http:// or https:// URL`)
    .refine((v) => v.length <= 2000, `${what} must be at most 2,000 characters`);

const platformSchema = z.strictObject({
  name: nameText({ empty: 'give the platform a name' }),
  issuer: httpUrl('the issuer').transform((v) => v.replace(/\/+$/, '')),
  clientId: storableText(200).trim().min(1, 'give the client id the platform issued'),
  /** One or more deployment ids, separated by commas, spaces or new lines. */
  deploymentIds: storableText(2000)
    .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])
    .refine((v) => v.length > 0, 'give at least one deployment id'),
  authUrl: httpUrl('the OIDC authorisation endpoint'),
  tokenUrl: httpUrl('the token endpoint'),
  jwksUrl: httpUrl('the JWKS URL'),
});

export interface Platform {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  deploymentIds: string[];
  createdAt: string;
}

export async function registerPlatform(ctx: LtiContext, actor: Actor, input: unknown): Promise<Platform> {
  requireAdmin(actor, 'Only an administrator registers a learning platform.');
  const p = parseOrProblem(platformSchema, input, 'platform');
  // In production, only https endpoints on public hosts: Rapport's server calls them (url-policy.ts).
  const endpoints = [
    ['The issuer', p.issuer],
    ['The OIDC authorisation endpoint', p.authUrl],
    ['The token endpoint', p.tokenUrl],
    ['The JWKS URL', p.jwksUrl],
  ] as const;
  for (const [what, url] of endpoints) {
    const problem = registrationUrlProblem(url, ctx.production ?? false);
    if (problem) throw new Problem(400, `${what} ${problem}.`);
  }
  const taken = await ctx.db
    .selectFrom('lti_platform')
    .select('id')
    .where('issuer', '=', p.issuer)
    .where('client_id', '=', p.clientId)
    .executeTakeFirst();
  if (taken) throw new Problem(409, 'A platform with this issuer and client id is already registered.');
  // One issuer has one key set: a second registration pointing elsewhere could have launches in that issuer's name
  // checked against keys of someone else's choosing.
  const sameIssuer = await ctx.db
    .selectFrom('lti_platform')
    .select('jwks_url')
    .where('issuer', '=', p.issuer)
    .where('jwks_url', '!=', p.jwksUrl)
    .executeTakeFirst();
  if (sameIssuer)
    throw new Problem(
      409,
      'This issuer is already registered with another JWKS URL: one issuer has one key set. Remove the other registration first, or use its JWKS URL.',
    );
  const id = crypto.randomUUID();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('lti_platform')
      .values({
        id,
        name: p.name,
        issuer: p.issuer,
        client_id: p.clientId,
        auth_url: p.authUrl,
        token_url: p.tokenUrl,
        jwks_url: p.jwksUrl,
        created_at: at,
      })
      .execute();
    await trx
      .insertInto('lti_deployment')
      .values(p.deploymentIds.map((d) => ({ platform_id: id, deployment_id: d })))
      .execute();
  });
  return {
    id,
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    authUrl: p.authUrl,
    tokenUrl: p.tokenUrl,
    jwksUrl: p.jwksUrl,
    deploymentIds: p.deploymentIds,
    createdAt: at,
  };
}

export async function listPlatforms(ctx: LtiContext, actor: Actor): Promise<Platform[]> {
  requireAdmin(actor, 'Only an administrator sees the registered platforms.');
  const rows = await ctx.db.selectFrom('lti_platform').selectAll().orderBy('created_at').execute();
  const deployments = await ctx.db.selectFrom('lti_deployment').selectAll().execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    issuer: r.issuer,
    clientId: r.client_id,
    authUrl: r.auth_url,
    tokenUrl: r.token_url,
    jwksUrl: r.jwks_url,
    deploymentIds: deployments.filter((d) => d.platform_id === r.id).map((d) => d.deployment_id),
    createdAt: r.created_at,
  }));
}

export async function removePlatform(ctx: LtiContext, actor: Actor, id: string): Promise<void> {
  requireAdmin(actor, 'Only an administrator removes a learning platform.');
  if (!isId(id)) throw notFound('platform');
  const r = await ctx.db.deleteFrom('lti_platform').where('id', '=', id).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw notFound('platform');
}
