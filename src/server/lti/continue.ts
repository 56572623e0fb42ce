/**
 * The way on from a launch to its target, for a launch inside the LMS's iframe (issue 17). The session cookie is
 * SameSite=Lax: a launch at the top level keeps it, but inside a frame of another site the browser neither stores
 * nor sends it, and the learner would be stuck signed out. So a valid launch leads to /lti/continue/ with a token
 * that names the person and the target. A browser that carries that person's session goes straight on; one that
 * does not is offered the same token in a new window, where the person asks to go on as themselves (a form posted
 * from Rapport's own page: a link alone never signs anyone in, or anyone could sign a victim into the link's
 * account by sending it, and replace the victim's own session). The token is random, kept only
 * as its SHA-256, lives two minutes and is used once; the row is deleted as it is used, in one statement, so two
 * requests with one token cannot both use it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { LtiContext } from './context.ts';

/** How long a launch's token may wait to be used: the time to read one page and follow its link. */
export const CONTINUE_SECONDS = 2 * 60;

export interface Continuation {
  userId: string;
  /** Where the launch leads: a path on this site. */
  target: string;
}

/** A token's person as the continue page names them ("Continue as …"), before anything is used. */
export interface PendingContinuation extends Continuation {
  name: string;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** Only tokens of the form issueContinue makes are looked up at all. */
const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;

/** A fresh token for a launch of `userId` leading to `target`; expired tokens are dropped as new ones come. */
export async function issueContinue(ctx: LtiContext, userId: string, target: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = ctx.now();
  await ctx.db
    .insertInto('lti_continue')
    .values({
      token_hash: hashOf(token),
      user_id: userId,
      target,
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + CONTINUE_SECONDS * 1000).toISOString(),
    })
    .execute();
  await ctx.db.deleteFrom('lti_continue').where('expires_at', '<', at.toISOString()).execute();
  return token;
}

/** Whom an unused, unexpired token is for and where it leads, without using it; null for any other token. */
export async function peekContinue(ctx: LtiContext, token: string): Promise<PendingContinuation | null> {
  if (!WELL_FORMED.test(token)) return null;
  const row = await ctx.db
    .selectFrom('lti_continue')
    .innerJoin('user', 'user.id', 'lti_continue.user_id')
    .select(['lti_continue.user_id', 'lti_continue.target', 'user.name'])
    .where('lti_continue.token_hash', '=', hashOf(token))
    .where('lti_continue.expires_at', '>', ctx.now().toISOString())
    .executeTakeFirst();
  return row ? { userId: row.user_id, target: row.target, name: row.name } : null;
}

/**
 * Uses the token: deletes its row and returns it when it was unused and unexpired (and, given `userId`, that
 * person's); null otherwise, changing nothing.
 */
export async function consumeContinue(ctx: LtiContext, token: string, userId?: string): Promise<Continuation | null> {
  if (!WELL_FORMED.test(token)) return null;
  let q = ctx.db
    .deleteFrom('lti_continue')
    .where('token_hash', '=', hashOf(token))
    .where('expires_at', '>', ctx.now().toISOString());
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  const row = await q.returning(['user_id', 'target']).executeTakeFirst();
  return row ? { userId: row.user_id, target: row.target } : null;
}
