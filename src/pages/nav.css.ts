/**
 * The navigation of a prerendered page, fitted to whoever asks: a stylesheet that hides the links that are not
 * for them (src/lib/site-nav.ts). Private to the person and never reused after they sign in or out: it varies with
 * the cookie, so a new session (signing in or out) asks again. Within one session it is kept for five minutes, so
 * only the first prerendered page a reader opens waits for it (it is the one stylesheet such a page loads, and it
 * holds back the first paint); a role changed meanwhile shows on the pages opened after that.
 */
import type { APIRoute } from 'astro';
import { navStylesheet } from '../lib/site-nav.ts';

export const prerender = false;

export const GET: APIRoute = ({ locals }) =>
  new Response(navStylesheet(locals.user ?? null), {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'private, max-age=300', vary: 'cookie' },
  });
