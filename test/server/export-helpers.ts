/** Pieces shared by the export, xAPI and item-analysis tests: cohorts written straight into the tables, attempts recorded through the service, a CSV reader. */
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { App } from '../../src/server/app.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { forCohort, playIndependently, type PlayedPath } from './helpers.ts';

/** A cohort with supervisors and members, inserted directly (the cohort service is tested elsewhere). */
export async function insertCohort(
  app: App,
  name: string,
  supervisors: readonly Actor[],
  members: readonly Actor[],
): Promise<string> {
  const id = crypto.randomUUID();
  const at = new Date().toISOString();
  const db = app.db.kysely;
  await db
    .insertInto('cohort')
    .values({ id, name, created_by: supervisors[0]?.id ?? null, created_at: at, archived_at: null })
    .execute();
  for (const s of supervisors)
    await db.insertInto('cohort_supervisor').values({ cohort_id: id, user_id: s.id, added_at: at }).execute();
  for (const m of members)
    await db.insertInto('cohort_member').values({ cohort_id: id, user_id: m.id, joined_at: at }).execute();
  return id;
}

/**
 * Records a whole attempt through the attempt service: start, one choice event per pick (by position among the
 * options on offer), completion. `rewindTo: k` first plays the picks up to point k and another option there, goes
 * back to point k, then plays the rest of the picks (practice mode only). Returns the attempt id and the independently played path.
 */
export async function recordAttempt(
  app: App,
  actor: Actor,
  bundle: ScenarioBundle,
  picks: readonly number[],
  options: {
    mode?: 'practice' | 'assessment';
    rewindTo?: number;
    reflection?: string;
    /** made for an assignment of this cohort */ cohortId?: string;
  } = {},
): Promise<{ id: string; played: PlayedPath }> {
  const id = crypto.randomUUID();
  const mode = options.mode ?? 'assessment';
  await app.attempts.start(actor, { id, scenario: bundle.slug, storyHash: bundle.hash, mode });
  if (options.cohortId) await forCohort(app, options.cohortId, id);
  let seq = 0;
  const send = (c: { point: number; index: number; text?: string | undefined }) =>
    app.attempts.record(actor, id, {
      eventId: crypto.randomUUID(),
      seq: ++seq,
      type: 'choice',
      point: c.point,
      index: c.index,
      text: c.text,
    });
  if (options.rewindTo !== undefined) {
    const k = options.rewindTo;
    const detour = playIndependently(bundle, [...picks.slice(0, k), picks[k] === 0 ? 1 : 0]).choices;
    for (const c of detour) await send(c);
  }
  const played = playIndependently(bundle, picks);
  const from = options.rewindTo ?? 0;
  for (const c of played.choices.slice(from)) await send(c);
  const done = await app.attempts.record(actor, id, {
    eventId: crypto.randomUUID(),
    seq: ++seq,
    type: 'complete',
    reflection: options.reflection ?? 'A reflection.',
  });
  if (done.attempt.status !== 'completed')
    throw new Error(`attempt ${id} was not completed: ${done.attempt.rejection}`);
  return { id, played };
}

/**
 * A strict RFC 4180 reader written for these tests: fields separated by commas, records by CRLF, a quoted field
 * may hold commas, CRLF and doubled quotes. Throws on anything malformed (a bare LF, a quote inside an unquoted
 * field, text after a closing quote, an unterminated quote, rows of unequal length).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += ch;
          i++;
        }
      }
      if (i < n && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        if (text[i] === '\n') throw new Error(`a bare LF at ${i}`);
        field += text[i];
        i++;
      }
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    // CRLF ends the record.
    if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
    i += 2;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, k) => {
    if (r.length !== width) throw new Error(`row ${k + 1} has ${r.length} fields, the header ${width}`);
  });
  return rows;
}

/** Rows as objects keyed by the header. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}
