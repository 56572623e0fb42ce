/**
 * Signing in the person a launch named: a better-auth session made through its own adapter, and its cookie signed
 * as better-auth signs it (HMAC-SHA256 of the token with the secret), so every other request reads it as any session.
 */
import { createHmac } from 'node:crypto';
import type { Auth } from '../auth/auth.ts';

export async function sessionCookie(auth: Auth, userId: string): Promise<string> {
  const context = await auth.$context;
  const session = await context.internalAdapter.createSession(userId);
  if (!session) throw new Error('better-auth made no session');
  const signature = createHmac('sha256', context.secret).update(session.token).digest('base64');
  const cookie = context.authCookies.sessionToken;
  const o = cookie.attributes;
  const parts = [
    `${cookie.name}=${encodeURIComponent(`${session.token}.${signature}`)}`,
    `Path=${o.path ?? '/'}`,
    `Max-Age=${context.sessionConfig.expiresIn}`,
    'HttpOnly',
    `SameSite=${o.sameSite ? String(o.sameSite).replace(/^./, (ch) => ch.toUpperCase()) : 'Lax'}`,
  ];
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}
