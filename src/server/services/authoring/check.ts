/**
 * Checking a draft's texts with the server's checker (the build's checks, in a worker with time and memory
 * limits), and the hash a playable revision and a release are known by.
 *
 * The checker's bundle carries the build's hash, which is a hash of the compiled story only: two versions that
 * differ only in their `scenario.yaml` (a new title, another focus) would share it, and `story_version` keeps one
 * bundle per hash, so the second's metadata would never be served. A published version is therefore named by a
 * hash of its whole bundle (slug, metadata, rubric, story, map): a new version whenever anything a trainee
 * would see changed, the same hash for the same content.
 */
import { createHash } from 'node:crypto';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import { hasErrors, type Diagnostic } from '../../../engine/diagnostics.ts';
import { Problem } from '../../core/errors.ts';
import type { AuthoringContext } from './context.ts';
import type { CheckStatus } from './types.ts';

export interface CheckedTexts {
  status: CheckStatus;
  diagnostics: Diagnostic[];
  /** The playable bundle, named by its content hash; null when there is any error. */
  bundle: ScenarioBundle | null;
}

/** A hash of everything in the bundle but its hash (16 hex digits, like the build's). */
export function contentHash(bundle: ScenarioBundle): string {
  const { hash: _ignored, ...rest } = bundle;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 16);
}

export async function checkTexts(
  ctx: AuthoringContext,
  slug: string,
  yaml: string,
  ink: string,
): Promise<CheckedTexts> {
  let result;
  try {
    result = await ctx.checker({ slug, yaml, ink });
  } catch (error) {
    // The checker refuses only when it cannot take the work (its queue is full, a worker would not start).
    console.error(`The draft checker failed: ${(error as Error).message}`);
    throw new Problem(
      503,
      'The server could not check this draft just now (it is busy checking others). Nothing was saved; try again in a moment.',
    );
  }
  const diagnostics = result.diagnostics;
  const bundle = result.bundle && !hasErrors(diagnostics) ? result.bundle : null;
  return {
    status: bundle ? 'ok' : 'errors',
    diagnostics,
    bundle: bundle ? { ...bundle, hash: contentHash(bundle) } : null,
  };
}

/** Remembers a checked revision's bundle for previews; a few dozen at most. */
export function rememberBundle(ctx: AuthoringContext, draftId: string, revision: number, bundle: ScenarioBundle) {
  const key = `${draftId}:${revision}`;
  ctx.bundles.delete(key);
  if (ctx.bundles.size >= 32) ctx.bundles.delete(ctx.bundles.keys().next().value!);
  ctx.bundles.set(key, bundle);
}
