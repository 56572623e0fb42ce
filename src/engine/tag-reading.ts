/**
 * The player's reading of tags: an option's evidence and a line's style, exactly as tags.ts's readChoiceTags and
 * readLineTags give them, without the problems they report. The story has passed the checker before it reaches a
 * player, so the authors' messages (most of tags.ts's weight) would be shipped to every trainee for nothing; a
 * property test holds the two readings equal for any tags.
 */
import {
  CRITICAL_KINDS,
  splitTag,
  type CriticalKind,
  type LineStyle,
  type OptionEvidence,
  type RubricValue,
} from './tags.ts';

const CRITERION_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const SIGNED_INT = /^[+-]?\d+$/;

function rubricOf(value: string | null): { criterion: string; value: RubricValue } | null {
  if (!value) return null;
  const colon = value.lastIndexOf(':');
  if (colon < 0) return null;
  const criterion = value.slice(0, colon).trim();
  const amount = value.slice(colon + 1).trim();
  if (!CRITERION_ID.test(criterion) || !SIGNED_INT.test(amount)) return null;
  const n = Number(amount);
  if (n < -2 || n > 2) return null;
  return { criterion, value: (n === 0 ? 0 : n) as RubricValue };
}

/** An option's evidence from the tags inside its brackets. */
export function evidenceOf(raw: readonly string[] | null | undefined): OptionEvidence {
  const evidence: OptionEvidence = { rubric: [], feedback: null, critical: null, contested: false };
  for (const text of raw ?? []) {
    const { key, value } = splitTag(text);
    if (key === 'rubric') {
      const r = rubricOf(value);
      if (r && !evidence.rubric.some((x) => x.criterion === r.criterion)) evidence.rubric.push(r);
    } else if (key === 'feedback') {
      if (value && evidence.feedback === null) evidence.feedback = value;
    } else if (key === 'critical') {
      const kind = value?.toLowerCase() ?? '';
      if ((CRITICAL_KINDS as readonly string[]).includes(kind) && evidence.critical === null)
        evidence.critical = kind as CriticalKind;
    } else if (key === 'contested') {
      if (!value) evidence.contested = true;
    } else if (key === 'fixed-order') {
      if (!value) evidence.fixedOrder = true;
    }
  }
  return evidence;
}

/** An output line's style: who speaks, whether it is a cue or a thought, whether it ends the story. */
export function lineStyleOf(raw: readonly string[] | null | undefined): LineStyle {
  const style: LineStyle = { kind: 'narration', speaker: null, ending: null };
  for (const text of raw ?? []) {
    const { key, value } = splitTag(text);
    if (key === 'speaker') {
      if (!value) continue;
      style.speaker = value;
      if (style.kind === 'narration') style.kind = 'dialogue';
    } else if (key === 'cue' || key === 'thought') {
      if (!value) style.kind = key;
    } else if (key === 'ending') {
      if (value) style.ending = value;
    }
  }
  return style;
}
