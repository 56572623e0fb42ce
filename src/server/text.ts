/**
 * Text at the edge: what Rapport accepts in any string it stores, and in names.
 *
 * - No string anywhere may hold U+0000 (PostgreSQL's text type cannot store it) or an unpaired UTF-16
 *   surrogate (not Unicode text; it would be stored as U+FFFD on one database and refused by the other).
 *   `readJson`, `readForm` and a better-auth hook check every string of every body with `textProblemsIn`;
 *   the schemas below check their own fields again.
 * - A name (a person's, a cohort's, an assignment's title) is trimmed, 1 to `max` characters, and must have
 *   something visible in it: a name made only of spaces, zero-width or other invisible characters is refused.
 */
import { z } from 'zod';
import { Problem } from './core/errors.ts';

/** Why `s` cannot be stored as text, or null when it can. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (!s.isWellFormed()) return 'must be valid Unicode text (it contains an unpaired surrogate)';
  return null;
}

/**
 * Characters that show nothing: white space, controls, format characters (zero-width space, joiners, the
 * byte-order mark, direction marks, soft hyphen…), combining marks with nothing to combine with, variation
 * selectors, and the Hangul and Braille blanks.
 */
// The class lists code points one by one (Hangul fillers, variation selectors): none is meant to combine.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /^[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800\uFE00-\uFE0F\u{E0100}-\u{E01EF}]*$/u;

export function isInvisible(s: string): boolean {
  return INVISIBLE.test(s);
}

/** A string field that can be stored: no NUL, no unpaired surrogate, at most `max` characters. */
export function storableText(max: number, maxMessage = `must be at most ${max.toLocaleString('en')} characters`) {
  return z
    .string()
    .max(max, maxMessage)
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

export const NAME_MAX = 120;

/** A name: trimmed, 1 to `max` characters, storable, with something visible in it. */
export function nameText(options: { max?: number; empty?: string } = {}) {
  const max = options.max ?? NAME_MAX;
  const empty = options.empty ?? 'must not be empty';
  return z
    .string()
    .transform((s) => s.trim())
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
      else if (s.length === 0) ctx.addIssue({ code: 'custom', message: empty });
      else if (isInvisible(s))
        ctx.addIssue({
          code: 'custom',
          message: 'must have visible characters (it has only spaces or invisible ones)',
        });
      else if ([...s].length > max) ctx.addIssue({ code: 'custom', message: `must be at most ${max} characters` });
    });
}

/** Why a person's name is refused (sign-up, changing it), or null: the same rule as every other name. */
export function personNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'Give your name.';
  const parsed = nameText({ empty: 'must not be empty' }).safeParse(name);
  return parsed.success ? null : `Your name ${parsed.error.issues[0]!.message}.`;
}

/** Every string in a parsed body (keys included) that cannot be stored, as `path: problem`. */
export function textProblemsIn(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [`${path || 'body'}: ${problem}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textProblemsIn(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    const out: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = textProblem(k);
      // A NUL is shown escaped in the message, not written raw into it.
      // eslint-disable-next-line no-control-regex
      const name = keyProblem ? `"${k.replace(/\u0000/g, '\\u0000').toWellFormed()}"` : k;
      if (keyProblem) out.push(`${path ? `${path}.` : ''}${name} (a field name): ${keyProblem}`);
      out.push(...textProblemsIn(v, path ? `${path}.${name}` : name));
    }
    return out;
  }
  return [];
}

/** Throws a 400 naming each field of `value` that cannot be stored; `what` names the body in the message. */
export function assertStorable(value: unknown, what = 'request body'): void {
  const issues = textProblemsIn(value);
  if (issues.length) throw new Problem(400, `The ${what} is not valid: ${issues.join('; ')}.`, { issues });
}
