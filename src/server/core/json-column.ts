/**
 * Typed readers for the JSON Rapport keeps in text columns (a score report, a story version's bundle, an
 * event's payload, an assignment's scenarios and pass marks). Each column is read by one reader: parsed,
 * checked against a zod schema, and typed. A stored value that does not match is one clear error naming the
 * column (a 500: the database holds something Rapport never writes), not a TypeError somewhere downstream.
 *
 * The schemas check the shape the server relies on and let the rest through untouched (loose objects; the
 * compiled ink is not walked). A score report's lists are checked as lists, not item by item: a cohort's
 * dashboard reads some 36,000 reports (500 trainees × 40 attempts, best and latest), where checking every domain
 * and criterion cost about a tenth of the page's time; a report is the engine's own output, written once.
 */
import { z } from 'zod';
import type { ScenarioBundle } from '../../engine/bundle.ts';
import type { RecordedChoice } from '../../engine/replay.ts';
import type { ScoreReport } from '../../engine/scoring.ts';

/** A stored JSON value that is not what its column holds. */
export class StoredValueError extends Error {
  readonly column: string;
  constructor(column: string, detail: string) {
    super(`The stored ${column} cannot be read: ${detail}.`);
    this.name = 'StoredValueError';
    this.column = column;
  }
}

/** A reader for one column: JSON text in, `T` out, or a StoredValueError. */
export function jsonColumn<T>(column: string, schema: z.ZodType): (text: string) => T {
  return (text) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new StoredValueError(column, `it is not JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new StoredValueError(
        column,
        parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '),
      );
    }
    return parsed.data as T;
  };
}

/** A list, its items unread (see above). */
const list = z.custom<unknown[]>((v) => Array.isArray(v), 'must be a list');

/** `attempt.score`: the engine's ScoreReport of a completed attempt. */
export const readScoreReport = jsonColumn<ScoreReport>(
  'attempt.score',
  z.looseObject({
    overall: z.number().nullable(),
    band: z.string().nullable(),
    domains: list,
    criteria: list,
    incidents: list,
  }),
);

/** `story_version.bundle`: a compiled story with its rubric subset and metadata. */
export const readBundle = jsonColumn<ScenarioBundle>(
  'story_version.bundle',
  z.looseObject({
    slug: z.string(),
    hash: z.string(),
    meta: z.looseObject({}),
    rubric: z.looseObject({ domains: list }),
    ink: z.unknown(),
  }),
);

/** `attempt_event.payload` of a choice: the point, the ink index chosen, and the text when it was sent. */
export const readChoicePayload = jsonColumn<RecordedChoice>(
  'attempt_event.payload',
  z.looseObject({ point: z.number(), index: z.number(), text: z.string().optional() }),
);

/** `assignment.scenarios`: the slugs of its scenarios (a module is stored as its scenarios). */
export const readScenarioList = jsonColumn<string[]>('assignment.scenarios', z.array(z.string()));

/** `attempt_event.payload` of any event, as an object: for a person's own data export, which hands it over as it is. */
export const readEventPayload = jsonColumn<Record<string, unknown>>('attempt_event.payload', z.looseObject({}));

/**
 * `assignment.pass_marks` as domain → mark. Anything that is not a number is left out, and a value that is not
 * an object reads as no marks: an assignment is still shown when its marks cannot be judged by.
 */
export function readPassMarks(text: string | null | undefined): Record<string, number> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  const marks = z.record(z.string(), z.unknown()).safeParse(value);
  if (!marks.success) return {};
  return Object.fromEntries(Object.entries(marks.data).filter((e): e is [string, number] => typeof e[1] === 'number'));
}
