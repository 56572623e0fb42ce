/**
 * The navigation of a prerendered page, fitted to whoever asks: a stylesheet that hides the links that are not
 * for them (src/lib/site-nav.ts). Private to the person and never reused after they sign in or out.
 */
import type { APIRoute } from 'astro';
import { navStylesheet } from '../lib/site-nav.ts';

export const prerender = false;

export const GET: APIRoute = ({ locals }) =>
  new Response(navStylesheet(locals.user ?? null), {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'private, no-cache', vary: 'cookie' },
  });
