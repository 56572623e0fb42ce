/**
 * Which sites may frame Rapport's LTI pages: the origins of the registered platforms (their issuer and their
 * authorisation endpoint, which is where the LMS's pages are). src/server/http/headers.ts lets only pages under
 * /lti/ name them, through its internal headers.
 */
import { LTI_FORM_HEADER, LTI_FRAME_HEADER } from '../http/headers.ts';
import type { LtiContext } from './context.ts';

const originOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
};

export async function platformOrigins(ctx: LtiContext): Promise<string[]> {
  const rows = await ctx.db.selectFrom('lti_platform').select(['issuer', 'auth_url']).execute();
  return [
    ...new Set(rows.flatMap((r) => [originOf(r.issuer), originOf(r.auth_url)]).filter((o): o is string => o !== null)),
  ];
}

/** Names, for the page's policy, the sites that may frame it and the one its form may post to (see headers.ts). */
export function setLtiPolicy(headers: Headers, frame: readonly string[], formTo?: string): void {
  if (frame.length) headers.set(LTI_FRAME_HEADER, frame.join(' '));
  const form = formTo ? originOf(formTo) : null;
  if (form) headers.set(LTI_FORM_HEADER, form);
}
