/** The sealed story for a recorded assessment (src/engine/seal.ts): no evidence, feedback or map in it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sealBundle } from '../../../engine/seal.ts';
import { bundleOf, playableScenarios } from '../../../lib/catalogue.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const scenarios = await playableScenarios();
  return scenarios.map((s) => ({ params: { slug: s.slug }, props: { bundle: sealBundle(bundleOf(s)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.bundle), { headers: { 'content-type': 'application/json; charset=utf-8' } });
