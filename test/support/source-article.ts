/** The source article split into its sections, for checking that quotations are verbatim. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_SECTIONS } from '../../src/engine/rubric-schema.ts';
import { ROOT } from './fixture-bundle.ts';

export const ARTICLE_PATH = join(ROOT, '..', 'shared', 'source', 'therapist-client-relationship.txt');

/** Section heading → its text. Lines before the first heading (after the contents list) are the "Introduction". */
export function articleSections(): Map<string, string> {
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
  return readFileSync(ARTICLE_PATH, 'utf8');
}
