/**
 * The ink tag protocol: one pure parser for every tag Rapport understands.
 * The grammar is documented in ./README.md; keep the two in step.
 */

export const RUBRIC_VALUES = [-2, -1, 0, 1, 2] as const;
export type RubricValue = (typeof RUBRIC_VALUES)[number];

export const CRITICAL_KINDS = [
  'dual-relationship',
  'confidentiality',
  'coercion',
  'exploitation',
  'sexual-boundary',
  'safety',
] as const;
export type CriticalKind = (typeof CRITICAL_KINDS)[number];

export type Tag =
  | { kind: 'rubric'; criterion: string; value: RubricValue }
  | { kind: 'feedback'; text: string }
  | { kind: 'critical'; incident: CriticalKind }
  | { kind: 'contested' }
  | { kind: 'fixed-order' }
  | { kind: 'speaker'; name: string }
  | { kind: 'cue' }
  | { kind: 'thought' }
  | { kind: 'ending'; title: string }
  | { kind: 'title'; title: string }
  | { kind: 'unknown'; key: string; value: string | null };

export type TagResult = { ok: true; tag: Tag } | { ok: false; error: string };

/** Tags that belong on a choice (inside its brackets). */
export const CHOICE_TAG_KEYS = ['rubric', 'feedback', 'critical', 'contested', 'fixed-order'] as const;
/** Tags that belong on an output line. */
export const LINE_TAG_KEYS = ['speaker', 'cue', 'thought', 'ending'] as const;
/**
 * Tags that name the knot or stitch they open (written as its first line): `#title:` names it, and the choice points
 * in it, on the branch map and in item analysis. ink also gives such a tag to the passage's first line of output,
 * where it changes nothing.
 */
export const KNOT_TAG_KEYS = ['title'] as const;

const CRITERION_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const SIGNED_INT = /^[+-]?\d+$/;

/** Splits `key:value` at the first colon; trims both sides. */
export function splitTag(raw: string): { key: string; value: string | null } {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text.toLowerCase(), value: null };
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

export function parseTag(raw: string): TagResult {
  const { key, value } = splitTag(raw);
  if (key === '') return { ok: false, error: `empty tag "#${raw.trim()}"` };
  switch (key) {
    case 'rubric':
      return parseRubric(value);
    case 'feedback':
      if (!value)
        return { ok: false, error: 'feedback tag has no text: write #feedback:<why this option helps or hurts>' };
      return { ok: true, tag: { kind: 'feedback', text: value } };
    case 'critical': {
      if (!value) return { ok: false, error: `critical tag needs a kind: one of ${CRITICAL_KINDS.join(', ')}` };
      const kind = value.toLowerCase();
      if (!(CRITICAL_KINDS as readonly string[]).includes(kind)) {
        return { ok: false, error: `unknown critical kind "${value}": use one of ${CRITICAL_KINDS.join(', ')}` };
      }
      return { ok: true, tag: { kind: 'critical', incident: kind as CriticalKind } };
    }
    case 'contested':
    case 'fixed-order':
    case 'cue':
    case 'thought':
      if (value) return { ok: false, error: `#${key} takes no value (found "${value}")` };
      return { ok: true, tag: { kind: key } };
    case 'speaker':
      if (!value) return { ok: false, error: 'speaker tag has no name: write #speaker:<Name>' };
      return { ok: true, tag: { kind: 'speaker', name: value } };
    case 'ending':
      if (!value) return { ok: false, error: 'ending tag has no title: write #ending:<title>' };
      return { ok: true, tag: { kind: 'ending', title: value } };
    case 'title':
      if (!value)
        return {
          ok: false,
          error: 'title tag is empty: write #title:<a name for this passage> as the first line of a knot or stitch',
        };
      return { ok: true, tag: { kind: 'title', title: value } };
    default:
      return { ok: true, tag: { kind: 'unknown', key, value } };
  }
}

function parseRubric(value: string | null): TagResult {
  const usage = 'write #rubric:<domain.criterion>:<value from -2 to +2>';
  if (!value) return { ok: false, error: `rubric tag is empty: ${usage}` };
  const colon = value.lastIndexOf(':');
  if (colon < 0) return { ok: false, error: `rubric tag "${value}" has no value: ${usage}` };
  const criterion = value.slice(0, colon).trim();
  const amount = value.slice(colon + 1).trim();
  if (!CRITERION_ID.test(criterion)) {
    return { ok: false, error: `rubric criterion "${criterion}" is not an id like "boundaries.gifts": ${usage}` };
  }
  if (!SIGNED_INT.test(amount)) {
    return { ok: false, error: `rubric value "${amount}" for ${criterion} is not a whole number from -2 to +2` };
  }
  const n = Number(amount);
  if (n < -2 || n > 2) return { ok: false, error: `rubric value ${amount} for ${criterion} is outside -2..+2` };
  return { ok: true, tag: { kind: 'rubric', criterion, value: (n === 0 ? 0 : n) as RubricValue } };
}

/** What one option offers as evidence, read from the tags inside its brackets. */
export interface OptionEvidence {
  rubric: { criterion: string; value: RubricValue }[];
  feedback: string | null;
  critical: CriticalKind | null;
  contested: boolean;
  /** On a point's first option: the player shows this point's options in the source's order, unshuffled. */
  fixedOrder?: true;
}

export type TagProblemCode =
  | 'malformed'
  | 'unknown-criterion'
  | 'duplicate-criterion'
  | 'duplicate-feedback'
  | 'duplicate-critical'
  | 'misplaced'
  | 'unknown-tag';

export interface TagProblem {
  code: TagProblemCode;
  severity: 'error' | 'warning';
  message: string;
}

export const NO_EVIDENCE: OptionEvidence = Object.freeze({
  rubric: [],
  feedback: null,
  critical: null,
  contested: false,
});

/** Parses each raw tag, reporting malformed ones in `problems` and yielding the rest. */
function* parsedTags(
  raw: readonly string[] | null | undefined,
  problems: TagProblem[],
): Generator<{ text: string; tag: Tag }> {
  for (const text of raw ?? []) {
    const result = parseTag(text);
    if (result.ok) yield { text, tag: result.tag };
    else problems.push({ code: 'malformed', severity: 'error', message: result.error });
  }
}

/**
 * Reads a choice's tags. `isKnownCriterion` (optional) turns unknown ids into errors;
 * at run time the story has been checked already and it is left out.
 */
export function readChoiceTags(
  raw: readonly string[] | null | undefined,
  isKnownCriterion?: (id: string) => boolean,
): { evidence: OptionEvidence; problems: TagProblem[] } {
  const evidence: OptionEvidence = { rubric: [], feedback: null, critical: null, contested: false };
  const problems: TagProblem[] = [];
  for (const { text, tag } of parsedTags(raw, problems)) {
    switch (tag.kind) {
      case 'rubric':
        if (isKnownCriterion && !isKnownCriterion(tag.criterion)) {
          problems.push({
            code: 'unknown-criterion',
            severity: 'error',
            message: `unknown rubric criterion "${tag.criterion}"`,
          });
        } else if (evidence.rubric.some((r) => r.criterion === tag.criterion)) {
          problems.push({
            code: 'duplicate-criterion',
            severity: 'error',
            message: `rubric criterion "${tag.criterion}" appears twice on one option`,
          });
        } else {
          evidence.rubric.push({ criterion: tag.criterion, value: tag.value });
        }
        break;
      case 'feedback':
        if (evidence.feedback !== null)
          problems.push({
            code: 'duplicate-feedback',
            severity: 'error',
            message: 'an option has two feedback tags: join them into one',
          });
        else evidence.feedback = tag.text;
        break;
      case 'critical':
        if (evidence.critical !== null) {
          problems.push({
            code: 'duplicate-critical',
            severity: 'error',
            message: 'an option has two critical tags: keep the one that names the line it crosses',
          });
        } else {
          evidence.critical = tag.incident;
        }
        break;
      case 'contested':
        evidence.contested = true;
        break;
      case 'fixed-order':
        evidence.fixedOrder = true;
        break;
      case 'unknown':
        problems.push({
          code: 'unknown-tag',
          severity: 'warning',
          message: `unknown tag "#${text.trim()}" is ignored`,
        });
        break;
      case 'title':
        problems.push({
          code: 'misplaced',
          severity: 'error',
          message:
            "#title names a knot or stitch: write it as the passage's first line, not inside a choice's brackets",
        });
        break;
      default:
        problems.push({
          code: 'misplaced',
          severity: 'error',
          message: `#${tag.kind} belongs on an output line, not inside a choice's brackets`,
        });
    }
  }
  return { evidence, problems };
}

export type LineKind = 'dialogue' | 'narration' | 'cue' | 'thought';

export interface LineStyle {
  kind: LineKind;
  speaker: string | null;
  ending: string | null;
}

/** Reads an output line's tags: who speaks, whether it is a cue or a thought, whether it ends the story. */
export function readLineTags(raw: readonly string[] | null | undefined): { style: LineStyle; problems: TagProblem[] } {
  const style: LineStyle = { kind: 'narration', speaker: null, ending: null };
  const problems: TagProblem[] = [];
  for (const { text, tag } of parsedTags(raw, problems)) {
    switch (tag.kind) {
      case 'speaker':
        style.speaker = tag.name;
        if (style.kind === 'narration') style.kind = 'dialogue';
        break;
      case 'cue':
      case 'thought':
        style.kind = tag.kind;
        break;
      case 'ending':
        style.ending = tag.title;
        break;
      case 'title':
        // A passage's name (KNOT_TAG_KEYS): ink gives it to the passage's first line too, which it does not style.
        break;
      case 'unknown':
        problems.push({
          code: 'unknown-tag',
          severity: 'warning',
          message: `unknown tag "#${text.trim()}" is ignored`,
        });
        break;
      default:
        problems.push({
          code: 'misplaced',
          severity: 'error',
          message: `#${tag.kind} is on an output line: choice tags go inside the brackets, as in * [Say this #${text.trim()}]`,
        });
    }
  }
  return { style, problems };
}

/** True when a raw tag's key is one that only makes sense on a choice. */
export function isChoiceTag(raw: string): boolean {
  return (CHOICE_TAG_KEYS as readonly string[]).includes(splitTag(raw).key);
}
