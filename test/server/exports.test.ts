/**
 * A cohort's results as CSV, on both databases: parsed back with a strict RFC 4180 reader, every value compared
 * with the attempt rows the attempt service stored; the formula-injection guard; who may export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { scoreAttempt, type ScoreReport } from '../../src/engine/scoring.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { csvCell, csvDocument } from '../../src/server/services/csv.ts';
import { cohortAttempts } from '../../src/server/services/exports/attempt-rows.ts';
import {
  cohortCsvChunks,
  cohortStreamColumns,
  csvByteStream,
} from '../../src/server/services/exports/cohort-csv-stream.ts';
import { cohortCsvOf } from '../../src/server/services/exports/cohort-csv.ts';
import { storyVersions } from '../../src/server/services/story-versions.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { csvRecords, insertCohort, parseCsv, recordAttempt } from './export-helpers.ts';
import { forCohort, insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

describe('csv cells', () => {
  it('guards text that a spreadsheet would run as a formula, and quotes what RFC 4180 requires', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('plain text')).toBe('plain text');
    // Numbers we compute are never guarded; non-finite numbers and null are empty.
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    const doc = csvDocument(['a', 'b'], [['x', 1]]);
    expect(doc).toBe('\uFEFFa,b\r\nx,1\r\n');
  });
});

describe.each(DATABASES)('cohort CSV export on %s', (kind) => {
  let t: TestApp;
  let supervisor: Actor;
  let outsider: Actor;
  let admin: Actor;
  let educator: Actor;
  let evil: Actor;
  let quoted: Actor;
  let stranger: Actor;
  let cohort: string;
  const evilName = '=HYPERLINK("http://evil.example/","click me")';
  const quotedName = 'Zoë "Z", Ng\r\nsecond line';

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
    supervisor = await insertUser(t.app, 'supervisor');
    outsider = await insertUser(t.app, 'supervisor');
    admin = await insertUser(t.app, 'admin');
    educator = await insertUser(t.app, 'educator');
    evil = await insertUser(t.app, 'trainee', evilName);
    quoted = await insertUser(t.app, 'trainee', quotedName);
    stranger = await insertUser(t.app, 'trainee', 'Not In The Cohort');
    cohort = await insertCohort(t.app, 'Spring 2026: group A', [supervisor], [evil, quoted]);
    const other = await insertCohort(t.app, 'Other', [outsider], [stranger]);

    await recordAttempt(t.app, evil, mini, [0, 0, 0], { cohortId: cohort });
    await recordAttempt(t.app, evil, mini, [2, 1, 1], { cohortId: cohort }); // "Say yes": a critical incident
    await recordAttempt(t.app, quoted, mini, [1, 2, 0], { mode: 'practice', rewindTo: 1, cohortId: cohort });
    await recordAttempt(t.app, stranger, mini, [0, 0, 0], { cohortId: other });
    // Practice outside any assignment: not the cohort's results.
    await recordAttempt(t.app, evil, mini, [1, 1, 1], { mode: 'practice' });
    // One attempt still in progress: a row without scores.
    const open = crypto.randomUUID();
    await t.app.attempts.start(quoted, { id: open, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    await forCohort(t.app, cohort, open);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('writes one row per attempt of the cohort’s trainees, every value as stored, and parses back', async () => {
    const { csv, filename, rows } = await t.app.exports.cohortCsv(supervisor, cohort);
    expect(filename).toBe('rapport-spring-2026-group-a-results.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { header, records } = csvRecords(csv.slice(1));
    expect(records).toHaveLength(rows);

    const stored = await t.app.db.kysely
      .selectFrom('attempt')
      .innerJoin('user', 'user.id', 'attempt.user_id')
      .selectAll('attempt')
      .select(['user.name', 'user.email'])
      .where('attempt.user_id', 'in', [evil.id, quoted.id])
      .where('attempt.assignment_id', 'is not', null)
      .execute();
    expect(stored).toHaveLength(4);
    expect(records.map((r) => r.attempt_id).sort()).toEqual(stored.map((s) => s.id).sort());

    // Columns: the fixed ones, then a column per domain and per criterion that any attempt was scored on.
    const reports = stored.filter((s) => s.score).map((s) => JSON.parse(s.score!) as ScoreReport);
    const domains = [...new Set(reports.flatMap((r) => r.domains.map((d) => d.id)))];
    const criteria = [...new Set(reports.flatMap((r) => r.criteria.map((c) => c.id)))];
    expect(domains.length).toBeGreaterThan(1);
    expect(header.slice(0, 14)).toEqual([
      'trainee',
      'trainee_email',
      'trainee_id',
      'attempt_id',
      'scenario',
      'scenario_title',
      'story_version',
      'mode',
      'status',
      'assignment',
      'started_at',
      'completed_at',
      'overall',
      'band',
    ]);
    expect(header.filter((h) => h.startsWith('domain:')).sort()).toEqual(domains.map((d) => `domain:${d}`).sort());
    expect(header.filter((h) => h.startsWith('criterion:')).sort()).toEqual(
      criteria.map((c) => `criterion:${c}`).sort(),
    );
    expect(header.slice(-2)).toEqual(['critical_incidents', 'critical_incident_kinds']);

    for (const s of stored) {
      const r = records.find((x) => x.attempt_id === s.id)!;
      expect(r.trainee_id).toBe(s.user_id);
      expect(r.trainee_email).toBe(s.email);
      expect(r.scenario).toBe('mini');
      expect(r.scenario_title).toBe(mini.meta.title);
      expect(r.story_version).toBe(mini.hash);
      expect(r.mode).toBe(s.mode);
      expect(r.status).toBe(s.status);
      expect(r.started_at).toBe(s.started_at);
      expect(r.started_at).toMatch(ISO);
      if (s.status !== 'completed') {
        expect(r.completed_at).toBe('');
        expect(r.overall).toBe('');
        expect(r.critical_incidents).toBe('');
        continue;
      }
      expect(r.completed_at).toBe(s.completed_at);
      expect(r.completed_at).toMatch(ISO);
      const report = JSON.parse(s.score!) as ScoreReport;
      expect(Number(r.overall)).toBeCloseTo(Number(s.overall), 2);
      expect(r.band).toBe(s.band);
      for (const d of report.domains) {
        if (d.score === null) expect(r[`domain:${d.id}`]).toBe('');
        else expect(Number(r[`domain:${d.id}`])).toBeCloseTo(d.score, 2);
      }
      for (const c of report.criteria) {
        if (c.score === null) expect(r[`criterion:${c.id}`]).toBe('');
        else expect(Number(r[`criterion:${c.id}`])).toBeCloseTo(c.score, 2);
      }
      expect(Number(r.critical_incidents)).toBe(report.incidents.length);
      expect(r.critical_incident_kinds).toBe(report.incidents.map((i) => i.kind).join('; '));
    }
    // The critical incident of "Say yes" is there.
    expect(records.some((r) => r.critical_incident_kinds === 'dual-relationship')).toBe(true);
  });

  it('neutralises formulas in names and keeps quotes, commas and line breaks intact', async () => {
    const { csv } = await t.app.exports.cohortCsv(supervisor, cohort);
    const { records } = csvRecords(csv.slice(1));
    const names = new Set(records.map((r) => r.trainee));
    expect(names).toEqual(new Set([`'${evilName}`, quotedName]));
    // No cell anywhere starts with a formula character.
    for (const row of parseCsv(csv.slice(1))) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('gives the same columns on every export of the same results', async () => {
    const a = await t.app.exports.cohortCsv(supervisor, cohort);
    const b = await t.app.exports.cohortCsv(admin, cohort);
    expect(a.csv).toBe(b.csv);
  });

  it('is for the cohort’s supervisors and admins only: anyone else, or an unknown cohort, gets 404', async () => {
    for (const actor of [outsider, educator, evil, stranger]) {
      const problem = await problemOf(t.app.exports.cohortCsv(actor, cohort));
      expect(problem.status, actor.role).toBe(404);
    }
    expect((await problemOf(t.app.exports.cohortCsv(admin, crypto.randomUUID()))).status).toBe(404);
    expect((await problemOf(t.app.exports.cohortCsv(admin, ''))).status).toBe(404);
    const outsiders = await t.app.exports.cohortCsv(
      outsider,
      (await t.app.db.kysely.selectFrom('cohort').select('id').where('name', '=', 'Other').executeTakeFirstOrThrow())
        .id,
    );
    const { records } = csvRecords(outsiders.csv.slice(1));
    expect(records.map((r) => r.trainee)).toEqual(['Not In The Cohort']);
  });
});

/**
 * The download streams (cohort-csv-stream.ts): read a page at a time, with its columns from the versions' rubrics.
 * Its bytes must be the whole document's, as `cohortCsvOf` makes it from every row at once (the export before it
 * streamed). The cohort here crosses every edge of the paging when read in tiny pages: two trainees with one name
 * (ordered by id), a trainee with more attempts than a page, attempts started at the same moment (ordered by id),
 * attempts in progress, a second version of the story with a narrower rubric (its attempts leave the other
 * version's columns empty), and attempts that are not the cohort's.
 */
describe.each(DATABASES)('cohort CSV as a stream on %s', (kind) => {
  let t: TestApp;
  let supervisor: Actor;
  let cohort: string;
  const name = 'Stream: group "B", =sums';
  // Another version of the story: one domain of the rubric only, as a story revised to focus on it would be.
  const narrow: ScenarioBundle = {
    ...mini,
    hash: `${mini.hash.slice(0, 8)}narrow`,
    rubric: { ...mini.rubric, domains: mini.rubric.domains.slice(0, 1) },
  };

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
    supervisor = await insertUser(t.app, 'supervisor');
    const people = [
      await insertUser(t.app, 'trainee', 'Sam Lee'),
      await insertUser(t.app, 'trainee', 'Sam Lee'),
      await insertUser(t.app, 'trainee', '@Ana'),
      await insertUser(t.app, 'trainee', 'Bo, "the" second'),
      await insertUser(t.app, 'trainee', 'Zed'),
      await insertUser(t.app, 'trainee', 'Nobody Played'),
    ];
    const outsider = await insertUser(t.app, 'trainee', 'Aaron Elsewhere');
    cohort = await insertCohort(t.app, name, [supervisor], people);
    await insertCohort(t.app, 'Elsewhere', [supervisor], [outsider]);
    const picks = [
      [0, 0, 0],
      [2, 1, 1],
      [1, 2, 0],
      [0, 2, 1],
    ];
    // Sam Lee (the first) plays seven times: more than a page of three.
    for (let k = 0; k < 7; k++) await recordAttempt(t.app, people[0]!, mini, picks[k % 4]!, { cohortId: cohort });
    await recordAttempt(t.app, people[1]!, mini, picks[1]!, { cohortId: cohort });
    await recordAttempt(t.app, people[2]!, mini, picks[2]!, { mode: 'practice', rewindTo: 1, cohortId: cohort });
    await recordAttempt(t.app, people[3]!, mini, picks[3]!, { cohortId: cohort });
    await recordAttempt(t.app, outsider, mini, picks[0]!, { cohortId: cohort });
    await recordAttempt(t.app, people[4]!, mini, picks[0]!, { mode: 'practice' });
    const open = crypto.randomUUID();
    await t.app.attempts.start(people[4]!, { id: open, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    await forCohort(t.app, cohort, open);
    const db = t.app.db.kysely;
    // Three of Sam's attempts and Bo's started at one moment: ordered by their ids.
    const sams = await db.selectFrom('attempt').select('id').where('user_id', '=', people[0]!.id).execute();
    await db
      .updateTable('attempt')
      .set({ started_at: '2026-03-01T09:00:00.000Z' })
      .where('id', 'in', [...sams.slice(0, 3).map((r) => r.id)])
      .execute();
    // Attempts on the narrower version, written as the attempt service would have scored them.
    await storyVersions(db).keep(db, narrow, '2026-03-01T00:00:00.000Z');
    const assignment = (await db
      .selectFrom('attempt')
      .select('assignment_id')
      .where('id', '=', sams[0]!.id)
      .executeTakeFirstOrThrow())!.assignment_id;
    for (const [who, p] of [
      [people[3]!, picks[0]!],
      [people[1]!, picks[3]!],
    ] as const) {
      const played = playIndependently(narrow, p);
      const report = scoreAttempt(narrow.rubric, played.points);
      await db
        .insertInto('attempt')
        .values({
          id: crypto.randomUUID(),
          user_id: who.id,
          scenario: 'mini',
          story_hash: narrow.hash,
          mode: 'assessment',
          status: 'completed',
          last_seq: played.choices.length + 1,
          path_len: played.choices.length,
          started_at: '2026-03-02T09:00:00.000Z',
          updated_at: '2026-03-02T09:10:00.000Z',
          completed_at: '2026-03-02T09:10:00.000Z',
          reflection: 'Narrower.',
          overall: report.overall,
          band: report.band,
          score: JSON.stringify(report),
          rejection: null,
          assignment_id: assignment,
          reviewed_at: null,
          reviewed_by: null,
        })
        .execute();
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const bytes = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

  it('sends the same bytes as the whole document, in tiny pages and in the download’s', async () => {
    const db = t.app.db.kysely;
    const rows = await cohortAttempts(db, cohort);
    expect(rows.length).toBe(13);
    expect(new Set(rows.map((r) => r.story_hash))).toEqual(new Set([mini.hash, narrow.hash]));
    const whole = cohortCsvOf(name, rows);
    const expected = new TextEncoder().encode(whole.csv);
    expect(expected.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));

    const columns = await cohortStreamColumns(db, storyVersions(db), cohort);
    for (const paging of [
      { members: 1, rows: 1 },
      { members: 2, rows: 3 },
      { members: 4, rows: 5 },
      { members: 100, rows: 1000 },
    ]) {
      const streamed = await bytes(csvByteStream(cohortCsvChunks(db, cohort, columns, paging)));
      expect(streamed, JSON.stringify(paging)).toEqual(expected);
    }
    const download = await t.app.exports.cohortCsvStream(supervisor, cohort);
    expect(download.filename).toBe(whole.filename);
    expect(await bytes(download.stream)).toEqual(expected);
    const { csv, rows: count } = await t.app.exports.cohortCsv(supervisor, cohort);
    expect(csv).toBe(whole.csv);
    expect(count).toBe(13);
  });

  it('reads a page only when the reader asks for it, and stops reading when the download is abandoned', async () => {
    const db = t.app.db.kysely;
    const columns = await cohortStreamColumns(db, storyVersions(db), cohort);
    let pages = 0;
    const counted = (async function* () {
      for await (const chunk of cohortCsvChunks(db, cohort, columns, { members: 1, rows: 2 })) {
        pages += 1;
        yield chunk;
      }
    })();
    const reader = csvByteStream(counted).getReader();
    expect(pages).toBe(0);
    await reader.read(); // the header
    await reader.read(); // the first page
    expect(pages).toBe(2);
    await reader.cancel();
    expect(pages).toBe(2);
  });

  it('refuses anyone who may not export before anything is sent', async () => {
    const stranger = await insertUser(t.app, 'supervisor');
    expect((await problemOf(t.app.exports.cohortCsvStream(stranger, cohort))).status).toBe(404);
  });
});
