/** The rubric as content: complete, and faithful to the source it cites. */
import { describe, expect, it } from 'vitest';
import { DOMAIN_IDS } from '../../src/engine/rubric.ts';
import { formatDiagnostic } from '../../src/engine/diagnostics.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { ROOT } from '../support/fixture-bundle.ts';
import { ARTICLE_AVAILABLE, articleSections } from '../support/source-article.ts';

const { rubric, diagnostics } = loadRubric(ROOT);
const sections = articleSections();
const criteria = rubric.domains.flatMap((d) => d.criteria);

describe('rubric', () => {
  it('loads without problems', () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('has every domain, each with at least three criteria', () => {
    expect(rubric.domains.map((d) => d.id).sort()).toEqual([...DOMAIN_IDS].sort());
    for (const d of rubric.domains) expect(d.criteria.length, d.id).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(!ARTICLE_AVAILABLE)('quotes the source verbatim, inside the section it names', () => {
    const quotes = criteria.flatMap((c) => c.citations.flatMap((q) => (q.kind === 'source' ? [{ id: c.id, ...q }] : [])));
    expect(quotes.length).toBeGreaterThanOrEqual(criteria.length);
    for (const q of quotes) {
      const text = sections.get(q.section);
      expect(text, `${q.id}: no section "${q.section}"`).toBeDefined();
      expect(text!.includes(q.quote), `${q.id}: "${q.quote}" is not in "${q.section}"`).toBe(true);
    }
  });

  it('scores recognising a rupture and repairing it as separate criteria', () => {
    const conflict = rubric.domains.find((d) => d.id === 'conflict')!;
    const ids = conflict.criteria.map((c) => c.id);
    expect(ids).toContain('conflict.recognising-rupture');
    expect(ids).toContain('conflict.repairing-rupture');
    const recognising = conflict.criteria.find((c) => c.id === 'conflict.recognising-rupture')!;
    expect(`${recognising.description} ${recognising.skilled.join(' ')}`).toMatch(/withdraw/i);
    expect(`${recognising.description} ${recognising.skilled.join(' ')}`).toMatch(/confront/i);
  });

  it('says which reading it scores where the source is loose: touch, religion or politics, advice', () => {
    const notes = criteria.map((c) => c.educatorNotes ?? '').join('\n');
    expect(notes).toMatch(/hug|physical touch/i);
    expect(notes).toMatch(/religion or politics/i);
    expect(notes).toMatch(/giving advice/i);
    for (const c of criteria.filter((x) => /hug|religion or politics|giving advice/i.test(x.educatorNotes ?? ''))) {
      expect(c.citations.some((q) => q.kind === 'code'), `${c.id} departs from the article without citing a code`).toBe(true);
    }
  });
});
