/** The source article split into its sections, for checking that quotations are verbatim. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_SECTIONS } from '../../src/engine/rubric-schema.ts';
import { ROOT } from './fixture-bundle.ts';

export const ARTICLE_PATH = join(ROOT, '..', 'shared', 'source', 'therapist-client-relationship.txt');

/**
 * Whether the source article is beside the repository (`../shared/source/`). A newcomer's clone may not have it:
 * the checks against it are then skipped with a message. Under CI it must be there, and its absence fails the run.
 */
export const ARTICLE_AVAILABLE = existsSync(ARTICLE_PATH);
if (!ARTICLE_AVAILABLE) {
  if (process.env.CI) {
    throw new Error(
      'The source article is missing (../shared/source/therapist-client-relationship.txt): under CI the checks against it must run.',
    );
  }
  console.warn(
    'SKIPPED: the checks that quotations are verbatim from the source article, because ../shared/source/therapist-client-relationship.txt is not beside this clone.',
  );
}

/** Section heading → its text. Lines before the first heading (after the contents list) are the "Introduction". */
export function articleSections(): Map<string, string> {
  if (!ARTICLE_AVAILABLE) return new Map();
  const lines = readFileSync(ARTICLE_PATH, 'utf8').split(/\r?\n/);
  const sections = new Map<string, string[]>();
  let current = 'Introduction';
  lines.forEach((line, i) => {
    if (line.startsWith('- ') && i < 8) return; // the contents list at the top
    if ((SOURCE_SECTIONS as readonly string[]).includes(line.trim())) {
      current = line.trim();
      return;
    }
    sections.set(current, [...(sections.get(current) ?? []), line]);
  });
  return new Map([...sections].map(([k, v]) => [k, v.join('\n')]));
}

export function articleText(): string {
  if (!ARTICLE_AVAILABLE) return '';
  return readFileSync(ARTICLE_PATH, 'utf8');
}
