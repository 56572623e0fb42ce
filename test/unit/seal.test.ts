/**
 * The sealed story a recorded assessment plays (src/engine/seal.ts): the same conversation, options and paths,
 * with no rubric value, feedback, critical or contested mark anywhere in what the browser receives.
 */
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/engine/explore.ts';
import { sealBundle, sealInk } from '../../src/engine/seal.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { loadLibrary } from '../../src/pipeline/library.ts';
import { fixtureBundle, ROOT } from '../support/fixture-bundle.ts';

const library = loadLibrary(ROOT).scenarios.filter((s) => s.json);

describe('sealInk', () => {
  it.each(library.map((s) => [s.slug, s.json!] as const))(
    '%s: keeps every path and option, and leaves no evidence or feedback',
    (_slug, json) => {
      const ink = JSON.parse(json);
      const sealed = sealInk(ink);
      const text = JSON.stringify(sealed);
      const full = explore(json, { strategy: 'cover' });
      const feedback = new Set(
        full.paths.flatMap((p) => p.offered.flat().map((o) => o.evidence.feedback)).filter((f): f is string => !!f),
      );
      expect(feedback.size).toBeGreaterThan(5);
      for (const f of feedback) expect(text).not.toContain(f.slice(0, 40));
      expect(text).not.toMatch(/\^(rubric|feedback|critical|contested)\b/);
      // The sealed story offers the same options (text, index, source) along the same paths, with no evidence.
      const runner = new StoryRunner(text);
      for (const path of full.paths.slice(0, 20)) {
        runner.reset();
        path.choices.forEach((choice, i) => {
          const step = runner.step();
          expect(step.options.map((o) => [o.index, o.source, o.text])).toEqual(
            path.offered[i]!.map((o) => [o.index, o.source, o.text]),
          );
          for (const o of step.options)
            expect(o.evidence).toMatchObject({ rubric: [], feedback: null, critical: null, contested: false });
          runner.choose(choice);
        });
        expect(runner.step().ended).toBe(true);
      }
      // The original is left as it was.
      expect(JSON.stringify(ink)).toBe(json);
    },
  );

  it("keeps #fixed-order and the lines' own tags", () => {
    const bundle = fixtureBundle('mini');
    const sealed = sealBundle(bundle);
    expect(sealed.sealed).toBe(true);
    expect(sealed.map).toBeNull();
    const withFixed = { root: [['#', '^fixed-order', '/#', '#', '^feedback:Why', '/#', '#', '^speaker:Sam', '/#']] };
    expect(sealInk(withFixed)).toEqual({
      root: [['#', '^fixed-order', '/#', '#', '^', '/#', '#', '^speaker:Sam', '/#']],
    });
  });
});
