/** Module primers: one per module, quoting the source verbatim and naming real criteria. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCriterion } from '../../src/engine/rubric.ts';
import { MODULE_IDS } from '../../src/engine/scenario-meta.ts';
import { bySuggestedOrder } from '../../src/engine/suggested-order.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { parse } from 'yaml';
import { ROOT } from '../support/fixture-bundle.ts';
import { ARTICLE_AVAILABLE, articleText } from '../support/source-article.ts';

const dir = join(ROOT, 'content/modules');
const primers = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const { rubric } = loadRubric(ROOT);
const article = articleText();

describe('module primers', () => {
  it('exist for every module', () => {
    expect(primers.map((p) => p.file.replace('.mdx', '')).sort()).toEqual([...MODULE_IDS].sort());
  });

  const quotesOf = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('> '))
      .map((l) => l.slice(2).trim().replace(/^[“"]|[”"]$/g, ''));

  it.skipIf(!ARTICLE_AVAILABLE).each(primers.map((p) => [p.file, p.text] as const))('%s quotes the source verbatim', (_file, text) => {
    const quotes = quotesOf(text);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of quotes) expect(article.includes(q), `not in the article: ${q}`).toBe(true);
  });

  it.each(primers.map((p) => [p.file, p.text] as const))('%s quotes at least twice and names real criteria', (_file, text) => {
    expect(quotesOf(text).length).toBeGreaterThanOrEqual(2);
    const ids = [...text.matchAll(/`([a-z]+\.[a-z0-9-]+)`/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(findCriterion(rubric, id), id).not.toBeNull();
    const words = text.replace(/^---[\s\S]*?---/, '').split(/\s+/).length;
    expect(words).toBeLessThan(2_000); // readable in under ten minutes
  });

  // The library's scenarios as their scenario.yaml declares them, in the catalogue's suggested order.
  const library = readdirSync(join(ROOT, 'stories'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(ROOT, 'stories', e.name, 'scenario.yaml')))
    .map((e) => ({ slug: e.name, meta: parse(readFileSync(join(ROOT, 'stories', e.name, 'scenario.yaml'), 'utf8')) }))
    .sort(bySuggestedOrder);

  it.each(primers.map((p) => [p.file, p.text] as const))('%s names its scenarios by title, linked, in the suggested order', (file, text) => {
    const module = file.replace('.mdx', '');
    const section = text.slice(text.indexOf('## Scenarios in suggested order'));
    const linked = [...section.matchAll(/\[([^\]]+)\]\(\/scenarios\/([a-z0-9-]+)\/\)/g)].map((m) => ({ title: m[1]!, slug: m[2]! }));
    const own = library.filter((s) => s.meta.module === module);
    // Its own scenarios first appear in the catalogue's order (another module's may be named in passing).
    const firsts = [...new Set(linked.map((l) => l.slug))].filter((slug) => own.some((s) => s.slug === slug));
    expect(firsts).toEqual(own.map((s) => s.slug));
    for (const l of linked) expect(l.title).toBe(library.find((s) => s.slug === l.slug)?.meta.title);
    // No slug is left in the prose outside a link's address.
    const prose = section.replace(/\]\(\/scenarios\/[a-z0-9-]+\/\)/g, ']');
    for (const s of library) expect(prose.includes(s.slug), `${file} names ${s.slug} by its slug`).toBe(false);
  });
});
