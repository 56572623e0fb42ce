/**
 * A sealed story: the compiled ink with every option's rubric evidence, feedback and critical and contested
 * marks blanked out, and no branch map. What a recorded assessment attempt plays, so the key never reaches
 * the trainee's browser before the attempt ends; its debrief comes from the server's replay of the full story.
 *
 * Tags in compiled ink are strings between "#" and "/#" markers. The strings are blanked in place, never
 * removed, so every container keeps its length and every path (divert targets, choice sources) still holds.
 */
import type { ScenarioBundle } from './bundle.ts';
import { splitTag } from './tags.ts';

/** Choice tags that carry the key. `#fixed-order` stays: the player needs it to keep a point's order. */
const SECRET_KEYS = new Set(['rubric', 'feedback', 'critical', 'contested']);

/** Blanks the key's tags in compiled ink JSON (a parsed object); returns a new object. */
export function sealInk(ink: unknown): unknown {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      let inTag = false;
      let secret = false;
      for (const item of node) {
        if (item === '#') {
          inTag = true;
          secret = false;
          out.push(item);
        } else if (item === '/#') {
          inTag = false;
          out.push(item);
        } else if (inTag && typeof item === 'string' && item.startsWith('^')) {
          // The tag's first text decides; later pieces of the same tag (after an inline {expression}) follow it.
          if (!secret) secret = SECRET_KEYS.has(splitTag(item.slice(1)).key);
          out.push(secret ? '^' : item);
        } else {
          out.push(walk(item));
        }
      }
      return out;
    }
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(ink);
}

export function sealBundle(bundle: ScenarioBundle): ScenarioBundle {
  return { ...bundle, map: null, sealed: true, ink: sealInk(bundle.ink) };
}
