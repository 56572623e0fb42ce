/**
 * Rapport's own signing keys (RS256), kept in the database so every app server signs with the same key and
 * publishes the same set. The newest unretired key signs. Rotating retires it and makes a new one; a retired key
 * stays in the published set until it expires (a platform may have cached the set, or hold a token signed with it),
 * then is dropped. The first key is made on first use; two servers making one at once both keep theirs, and the
 * newest signs.
 */
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { LtiContext } from './context.ts';

/** How long a retired key is still published: longer than any token or JWKS cache a platform keeps. */
export const RETIRED_KEY_SECONDS = 7 * 24 * 60 * 60;

export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

async function makeKey(ctx: LtiContext): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const kid = crypto.randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
  await ctx.db
    .insertInto('lti_tool_key')
    .values({
      kid,
      private_jwk: JSON.stringify(privateJwk),
      public_jwk: JSON.stringify(publicJwk),
      created_at: ctx.now().toISOString(),
      retired_at: null,
      expires_at: null,
    })
    .execute();
  return kid;
}

const imported = new Map<string, Promise<CryptoKey>>();

/** The key Rapport signs with now (made on first use). */
export async function signingKey(ctx: LtiContext): Promise<SigningKey> {
  const row = await ctx.db
    .selectFrom('lti_tool_key')
    .select(['kid', 'private_jwk'])
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('kid')
    .executeTakeFirst();
  if (!row) {
    await makeKey(ctx);
    return signingKey(ctx);
  }
  let key = imported.get(row.kid);
  if (!key) {
    key = importJWK(JSON.parse(row.private_jwk) as JWK, 'RS256') as Promise<CryptoKey>;
    imported.set(row.kid, key);
  }
  return { kid: row.kid, key: await key };
}

/** The public keys a platform checks Rapport's signatures with: the signing key and the retired ones not yet expired. */
export async function publishedKeys(ctx: LtiContext): Promise<{ keys: JWK[] }> {
  await signingKey(ctx);
  const at = ctx.now().toISOString();
  const rows = await ctx.db
    .selectFrom('lti_tool_key')
    .select(['public_jwk', 'retired_at', 'created_at'])
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
    .orderBy('created_at', 'desc')
    .execute();
  // The signing key first, then retired keys, newest first.
  rows.sort((a, b) => Number(a.retired_at !== null) - Number(b.retired_at !== null));
  return { keys: rows.map((r) => JSON.parse(r.public_jwk) as JWK) };
}

/** Retires the signing key (still published for RETIRED_KEY_SECONDS) and makes a new one; returns the new kid. */
export async function rotateKey(ctx: LtiContext): Promise<string> {
  const at = ctx.now();
  await ctx.db
    .updateTable('lti_tool_key')
    .set({
      retired_at: at.toISOString(),
      expires_at: new Date(at.getTime() + RETIRED_KEY_SECONDS * 1000).toISOString(),
    })
    .where('retired_at', 'is', null)
    .execute();
  // Expired keys are of no use to anyone: drop them as the set changes.
  await ctx.db.deleteFrom('lti_tool_key').where('expires_at', '<=', at.toISOString()).execute();
  return makeKey(ctx);
}
