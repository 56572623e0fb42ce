/**
 * GET: everything a supervisor's review of the attempt shows. POST `{ reviewed: boolean }`: mark it
 * reviewed (or not). For supervisors of the trainee's cohort and administrators; 404 for anyone else.
 */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  review: await app.review.reviewDetail(user, params.id ?? ''),
}));

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) => ({
  review: await app.review.markReviewed(user, params.id ?? '', await body()),
}));
