/** A new scenario's metadata from the template with the educator's title, and the short name a title suggests. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slugFromTitle, yamlWithTitle } from '../../src/lib/authoring-review-client.ts';

const template = readFileSync(new URL('../../src/cli/templates/scenario.yaml', import.meta.url), 'utf8');

describe('a new scenario from the template', () => {
  it('takes the title typed, whatever its punctuation, and keeps every other field', () => {
    for (const title of ['The late arrival', 'Sam: "a gift" # not a comment', "It's fine — really", ' padded ']) {
      const yaml = yamlWithTitle(template, title);
      const meta = parse(yaml) as Record<string, unknown>;
      expect(meta.title).toBe(title.trim());
      expect({ ...meta, title: null }).toEqual({ ...(parse(template) as Record<string, unknown>), title: null });
    }
  });

  it('adds a title to metadata that has none', () => {
    expect((parse(yamlWithTitle('module: boundaries\n', 'New')) as { title: string }).title).toBe('New');
  });

  it('suggests a short name the API accepts: lowercase words and hyphens, at most 60 characters', () => {
    expect(slugFromTitle('The Late Arrival: Sam’s first session!')).toBe('the-late-arrival-sam-s-first-session');
    expect(slugFromTitle('  Café  Olé  ')).toBe('cafe-ole');
    const long = slugFromTitle('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
