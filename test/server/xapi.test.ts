/**
 * xAPI statements on both databases: every statement checked against the required fields of xAPI 1.0.3 (ids,
 * actor, verb, object, result, context, timestamps), the verbs in order and the evidence of each answer compared
 * with an independent play of the story; pass marks; idempotent ids; access. Then delivery to a tiny Learning
 * Record Store run here over HTTP: a 500 is retried after the back-off, then the statements arrive, each id once.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../src/engine/scoring.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { uuidV5 } from '../../src/server/services/exports/statement-id.ts';
import { VERBS, type XapiStatement } from '../../src/server/services/exports/xapi-types.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { xapiDelivery } from '../../src/server/services/xapi-delivery.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertCohort, recordAttempt } from './export-helpers.ts';
import { insertUser, openApp, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const BASE = 'https://rapport.test';

const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(v);
const isLanguageMap = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, s]) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k) && typeof s === 'string');

/** The requirements of xAPI 1.0.3 (part two, section 2.4) that Rapport's statements touch; returns every breach. */
function breaches(s: XapiStatement): string[] {
  const out: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) out.push(`${s.id ?? '?'}: ${what}`);
  };
  const known = new Set([
    'id',
    'actor',
    'verb',
    'object',
    'result',
    'context',
    'timestamp',
    'stored',
    'authority',
    'version',
    'attachments',
  ]);
  for (const k of Object.keys(s)) need(known.has(k), `unknown property ${k}`);
  need(typeof s.id === 'string' && UUID.test(s.id), 'id is a UUID');
  // Actor: an Agent with exactly one inverse functional identifier; here an account (homePage IRL, name).
  const a = s.actor as unknown as Record<string, unknown>;
  need(a?.objectType === 'Agent' || a?.objectType === undefined, 'actor is an Agent');
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a?.[k] !== undefined);
  need(ifis.length === 1, 'actor has exactly one IFI');
  const account = a?.account as Record<string, unknown> | undefined;
  if (account)
    need(
      isIri(account.homePage) && typeof account.name === 'string' && account.name.length > 0,
      'account has homePage and name',
    );
  // Verb: an IRI id and a language-map display.
  need(isIri(s.verb?.id), 'verb.id is an IRI');
  need(s.verb?.display === undefined || isLanguageMap(s.verb.display), 'verb.display is a language map');
  // Object: an Activity with an IRI id; its definition's maps and interaction fields well formed.
  need(s.object?.objectType === 'Activity' || s.object?.objectType === undefined, 'object is an Activity');
  need(isIri(s.object?.id), 'object.id is an IRI');
  const def = s.object?.definition;
  if (def) {
    if (def.name !== undefined) need(isLanguageMap(def.name), 'definition.name is a language map');
    if (def.description !== undefined) need(isLanguageMap(def.description), 'definition.description is a language map');
    if (def.type !== undefined) need(isIri(def.type), 'definition.type is an IRI');
    if (def.interactionType !== undefined) {
      need(def.interactionType === 'choice', 'interactionType is choice');
      need(
        Array.isArray(def.choices) &&
          def.choices.every((c) => typeof c.id === 'string' && !/[\s[\],]/.test(c.id) && isLanguageMap(c.description)),
        'choices are components',
      );
      need(new Set(def.choices!.map((c) => c.id)).size === def.choices!.length, 'choice ids are unique');
      for (const p of def.correctResponsesPattern ?? [])
        need(
          def.choices!.some((c) => c.id === p),
          'the correct response is a choice',
        );
    }
    if (def.extensions) for (const k of Object.keys(def.extensions)) need(isIri(k), `extension key ${k} is an IRI`);
  }
  // Result.
  const r = s.result;
  if (r) {
    if (r.score) {
      const { scaled, raw, min, max } = r.score;
      need(scaled >= -1 && scaled <= 1, 'score.scaled in [-1, 1]');
      need(min <= raw && raw <= max, 'min ≤ raw ≤ max');
      need(min < max, 'min < max');
    }
    if (r.success !== undefined) need(typeof r.success === 'boolean', 'success is boolean');
    if (r.completion !== undefined) need(typeof r.completion === 'boolean', 'completion is boolean');
    if (r.response !== undefined) need(typeof r.response === 'string', 'response is a string');
    if (r.duration !== undefined) need(DURATION.test(r.duration), 'duration is ISO 8601');
    for (const k of Object.keys(r.extensions ?? {})) need(isIri(k), `result extension key ${k} is an IRI`);
  }
  // Context: registration a UUID; context activities are arrays of activities; extension keys IRIs.
  need(UUID.test(s.context?.registration ?? ''), 'context.registration is a UUID');
  for (const list of Object.values(s.context?.contextActivities ?? {}))
    need(Array.isArray(list) && list.every((x) => isIri(x.id)), 'context activities');
  for (const k of Object.keys(s.context?.extensions ?? {})) need(isIri(k), `context extension key ${k} is an IRI`);
  need(ISO.test(s.timestamp) && !Number.isNaN(Date.parse(s.timestamp)), 'timestamp is ISO 8601');
  return out;
}

describe.each(DATABASES)('xAPI statements on %s', (kind) => {
  let t: TestApp;
  let trainee: Actor;
  let other: Actor;
  let supervisor: Actor;
  let outsider: Actor;
  let cohort: string;
  let assessed: Awaited<ReturnType<typeof recordAttempt>>;
  let practised: Awaited<ReturnType<typeof recordAttempt>>;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]), { BASE_URL: BASE });
    trainee = await insertUser(t.app, 'trainee', 'Ana Trainee');
    other = await insertUser(t.app, 'trainee');
    supervisor = await insertUser(t.app, 'supervisor');
    outsider = await insertUser(t.app, 'supervisor');
    cohort = await insertCohort(t.app, 'Cohort', [supervisor], [trainee]);
    assessed = await recordAttempt(t.app, trainee, mini, [0, 1, 0], { cohortId: cohort });
    practised = await recordAttempt(t.app, trainee, mini, [1, 0, 1], {
      mode: 'practice',
      rewindTo: 1,
      cohortId: cohort,
    });
    // Practice outside any assignment: in no cohort's statements.
    await recordAttempt(t.app, trainee, mini, [0, 0, 0], { mode: 'practice' });
    await recordAttempt(t.app, other, mini, [0, 0, 0]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives every attempt launched, one answered per choice, completed and scored, all well formed', async () => {
    const statements = await t.app.exports.attemptStatements(trainee, assessed.id);
    expect(statements.flatMap(breaches)).toEqual([]);
    expect(statements.map((s) => s.verb.id)).toEqual([
      VERBS.launched,
      VERBS.answered,
      VERBS.answered,
      VERBS.answered,
      VERBS.completed,
      VERBS.scored,
    ]);
    for (const s of statements) {
      expect(s.actor).toEqual({
        objectType: 'Agent',
        name: 'Ana Trainee',
        account: { homePage: BASE, name: trainee.id },
      });
      expect(s.context.registration).toBe(assessed.id);
    }
    expect(statements[0]!.object.id).toBe(`${BASE}/scenarios/mini/`);

    const row = await t.app.db.kysely
      .selectFrom('attempt')
      .selectAll()
      .where('id', '=', assessed.id)
      .executeTakeFirstOrThrow();
    expect(statements[0]!.timestamp).toBe(row.started_at);
    expect(statements.at(-1)!.timestamp).toBe(row.completed_at);

    // Each answer: the interaction offered the options of that point, the response is the chosen one, and the
    // evidence under our extension is the chosen option's, as an independent play of the story has them.
    const answers = statements.filter((s) => s.verb.id === VERBS.answered);
    answers.forEach((s, i) => {
      const point = assessed.played.points[i]!;
      const chosen = point.options[point.chosen]! as (typeof point.options)[number] & { source: string };
      expect(s.object.definition?.choices?.map((c) => c.description.en)).toEqual(point.options.map((o) => o.text));
      expect(s.result?.response).toBe(chosen.source);
      const evidence = s.result?.extensions?.[`${BASE}/xapi/extensions/rubric-evidence`] as Record<string, unknown>;
      expect(evidence).toMatchObject({
        option: chosen.text,
        rubric: chosen.evidence.rubric,
        critical: chosen.evidence.critical,
        contested: chosen.evidence.contested,
      });
      expect(s.context.contextActivities?.parent?.[0]?.id).toBe(`${BASE}/scenarios/mini/`);
    });

    const scored = statements.at(-1)!;
    const report = JSON.parse(row.score!) as ScoreReport;
    expect(scored.result?.score).toEqual({
      scaled: Number(row.overall) / 100,
      raw: Number(row.overall),
      min: 0,
      max: 100,
    });
    expect(scored.result?.success).toBeUndefined(); // an assignment without pass marks: nothing to judge by
    expect(scored.result?.extensions?.[`${BASE}/xapi/extensions/critical-incidents`]).toEqual(report.incidents);
    expect(report.incidents).toHaveLength(1); // "Say yes" at the invitation
  });

  it('answers every recorded choice of a practice attempt, rewinds included', async () => {
    const statements = await t.app.exports.attemptStatements(trainee, practised.id);
    expect(statements.flatMap(breaches)).toEqual([]);
    const events = await t.app.db.kysely
      .selectFrom('attempt_event')
      .select('payload')
      .where('attempt_id', '=', practised.id)
      .where('type', '=', 'choice')
      .orderBy('seq')
      .execute();
    const answers = statements.filter((s) => s.verb.id === VERBS.answered);
    expect(answers).toHaveLength(events.length);
    expect(answers.map((a) => a.result?.extensions?.[`${BASE}/xapi/extensions/point`])).toEqual(
      events.map((e) => JSON.parse(e.payload).point),
    );
  });

  it('judges success by the assignment’s pass marks', async () => {
    const at = new Date().toISOString();
    const report = JSON.parse(
      (
        await t.app.db.kysely
          .selectFrom('attempt')
          .select('score')
          .where('id', '=', assessed.id)
          .executeTakeFirstOrThrow()
      ).score!,
    ) as ScoreReport;
    const boundaries = report.domains.find((d) => d.id === 'boundaries')!.score!;
    const assignment = crypto.randomUUID();
    const linked = (
      await t.app.db.kysely
        .selectFrom('attempt')
        .select('assignment_id')
        .where('id', '=', assessed.id)
        .executeTakeFirstOrThrow()
    ).assignment_id;
    await t.app.db.kysely
      .insertInto('assignment')
      .values({
        id: assignment,
        cohort_id: cohort,
        trainee_id: null,
        title: 'Week 1',
        scenarios: '["mini"]',
        mode: 'assessment',
        opens_at: at,
        due_at: at,
        attempts_allowed: null,
        pass_marks: JSON.stringify({ boundaries: boundaries + 1 }),
        repeat_of: null,
        created_by: supervisor.id,
        created_at: at,
      })
      .execute();
    await t.app.db.kysely
      .updateTable('attempt')
      .set({ assignment_id: assignment })
      .where('id', '=', assessed.id)
      .execute();
    try {
      let scored = (await t.app.exports.attemptStatements(trainee, assessed.id)).at(-1)!;
      expect(scored.result?.success).toBe(false);
      await t.app.db.kysely
        .updateTable('assignment')
        .set({ pass_marks: JSON.stringify({ boundaries: boundaries }) })
        .where('id', '=', assignment)
        .execute();
      scored = (await t.app.exports.attemptStatements(trainee, assessed.id)).at(-1)!;
      expect(scored.result?.success).toBe(true);
      expect(scored.context.extensions?.[`${BASE}/xapi/extensions/assignment`]).toBe(assignment);
    } finally {
      await t.app.db.kysely
        .updateTable('attempt')
        .set({ assignment_id: linked })
        .where('id', '=', assessed.id)
        .execute();
    }
  });

  it('gives the same ids every time (UUID v5 of the attempt), all distinct', async () => {
    const a = await t.app.exports.attemptStatements(trainee, assessed.id);
    const b = await t.app.exports.attemptStatements(supervisor, assessed.id);
    expect(b).toEqual(a);
    expect(new Set(a.map((s) => s.id)).size).toBe(a.length);
    expect(a[0]!.id).toBe(uuidV5(`${assessed.id}/launched`));
    // RFC 4122 test vector for version 5: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives a cohort’s statements to its supervisors only, and an attempt’s to whoever may read it', async () => {
    const all = await t.app.exports.cohortStatements(supervisor, cohort);
    expect(all.flatMap(breaches)).toEqual([]);
    expect(new Set(all.map((s) => s.context.registration))).toEqual(new Set([assessed.id, practised.id]));
    for (const actor of [outsider, trainee, other])
      expect((await problemOf(t.app.exports.cohortStatements(actor, cohort))).status).toBe(404);
    for (const actor of [outsider, other])
      expect((await problemOf(t.app.exports.attemptStatements(actor, assessed.id))).status).toBe(404);
    expect((await problemOf(t.app.exports.attemptStatements(trainee, crypto.randomUUID()))).status).toBe(404);
    expect((await problemOf(t.app.exports.attemptStatements(trainee, 'not-an-id'))).status).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------------- delivery

interface Lrs {
  url: string;
  requests: { auth: string | undefined; version: string | undefined; statements: XapiStatement[] }[];
  /** Statuses to answer with, in turn; 200 once they run out. */
  script: number[];
  stored: Map<string, XapiStatement>;
  close(): Promise<void>;
}

async function startLrs(): Promise<Lrs> {
  const lrs: Omit<Lrs, 'url' | 'close'> = { requests: [], script: [], stored: new Map() };
  const read = (req: IncomingMessage) =>
    new Promise<string>((done) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (body += c));
      req.on('end', () => done(body));
    });
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    if (req.method !== 'POST' || req.url !== '/xapi/statements') {
      res.writeHead(404).end();
      return;
    }
    const statements = JSON.parse(body) as XapiStatement[];
    lrs.requests.push({
      auth: req.headers.authorization,
      version: req.headers['x-experience-api-version'] as string | undefined,
      statements,
    });
    const status = lrs.script.shift() ?? 200;
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain' }).end('the store is down');
      return;
    }
    for (const s of statements) {
      const known = lrs.stored.get(s.id);
      if (known && JSON.stringify(known) !== JSON.stringify(s)) {
        res.writeHead(409).end('conflicting statement');
        return;
      }
      lrs.stored.set(s.id, s);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(statements.map((s) => s.id)));
  });
  for (let port = 5300 + (process.pid % 60); ; port++) {
    if (port > 5399) throw new Error('no free port in 5300–5399');
    const ok = await new Promise<boolean>((done) => {
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => done(true));
    });
    if (ok) {
      return {
        ...lrs,
        url: `http://127.0.0.1:${port}/xapi`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      } as Lrs;
    }
  }
}

describe.each(DATABASES)('xAPI delivery to an LRS on %s', (kind) => {
  let t: TestApp;
  let lrs: Lrs;
  let clock = Date.parse('2026-04-01T10:00:00.000Z');
  const now = () => new Date(clock);
  let trainee: Actor;

  beforeAll(async () => {
    lrs = await startLrs();
    t = await openApp(
      kind,
      catalogOf([mini]),
      { BASE_URL: BASE, XAPI_ENDPOINT: lrs.url, XAPI_USERNAME: 'rapport', XAPI_PASSWORD: 'lrs secret' },
      { now: () => new Date((clock += 1000)) },
    );
    trainee = await insertUser(t.app, 'trainee');
    await recordAttempt(t.app, trainee, mini, [0, 0, 0]);
    await recordAttempt(t.app, trainee, mini, [2, 2, 1]);
    // Not completed: never sent.
    await t.app.attempts.start(trainee, {
      id: crypto.randomUUID(),
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'assessment',
    });
  });
  afterAll(async () => {
    await t?.close();
    await lrs?.close();
  });

  it('is configured from XAPI_ENDPOINT, XAPI_USERNAME and XAPI_PASSWORD', () => {
    expect(t.app.xapi.configured).toBe(true);
    expect(t.app.config.xapi).toEqual({ endpoint: lrs.url, username: 'rapport', password: 'lrs secret' });
  });

  it('queues completed attempts, retries after a 500 with back-off, then delivers each statement once', async () => {
    const delivery = xapiDelivery(t.app.db.kysely, t.app.db.dialect, t.app.exports, t.app.config.xapi, {
      now,
      batch: 100,
      baseDelayMs: 30_000,
    });
    const db = t.app.db.kysely;
    expect(await delivery.sweep()).toBe(2);
    const queued = await db.selectFrom('xapi_delivery').selectAll().execute();
    expect(queued).toHaveLength(12); // two attempts × (launched, three answers, completed, scored)
    expect(queued.every((q) => q.sent_at === null && Number(q.tries) === 0)).toBe(true);

    lrs.script.push(500);
    expect(await delivery.sendDue()).toEqual({ sent: 0, failed: 12 });
    expect(lrs.requests).toHaveLength(1);
    expect(lrs.requests[0]!.auth).toBe(`Basic ${Buffer.from('rapport:lrs secret').toString('base64')}`);
    expect(lrs.requests[0]!.version).toBe('1.0.3');
    let rows = await db.selectFrom('xapi_delivery').selectAll().execute();
    for (const r of rows) {
      expect(Number(r.tries)).toBe(1);
      expect(r.sent_at).toBeNull();
      expect(r.last_error).toContain('HTTP 500');
      expect(Date.parse(r.next_try_at) - clock).toBe(30_000);
    }

    // Not yet due: nothing is sent.
    expect(await delivery.sendDue()).toEqual({ sent: 0, failed: 0 });
    expect(lrs.requests).toHaveLength(1);

    clock += 31_000;
    expect(await delivery.sendDue()).toEqual({ sent: 12, failed: 0 });
    expect(lrs.requests).toHaveLength(2);
    rows = await db.selectFrom('xapi_delivery').selectAll().execute();
    expect(rows.every((r) => r.sent_at !== null && r.last_error === null && Number(r.tries) === 2)).toBe(true);
    expect(new Set(lrs.stored.keys())).toEqual(new Set(rows.map((r) => r.statement_id)));
    for (const r of rows) expect(lrs.stored.get(r.statement_id)).toEqual(JSON.parse(r.statement));

    // A second sweep and a re-queue add nothing; nothing is due, nothing is sent again.
    expect(await delivery.sweep()).toBe(0);
    const ids = (await db.selectFrom('attempt').select('id').where('status', '=', 'completed').execute()).map(
      (a) => a.id,
    );
    for (const id of ids) await delivery.enqueue(id);
    expect(await db.selectFrom('xapi_delivery').select('statement_id').execute()).toHaveLength(12);
    expect(await delivery.sendDue()).toEqual({ sent: 0, failed: 0 });

    // A new completed attempt is found by the next sweep and sent; sending its statements again (a lost answer)
    // stores nothing twice.
    const third = await recordAttempt(t.app, trainee, mini, [1, 2, 0]);
    expect(await delivery.sweep()).toBe(1);
    expect(await delivery.sendDue()).toEqual({ sent: 6, failed: 0 });
    await db
      .updateTable('xapi_delivery')
      .set({ sent_at: null, next_try_at: now().toISOString() })
      .where('attempt_id', '=', third.id)
      .execute();
    expect(await delivery.sendDue()).toEqual({ sent: 6, failed: 0 });
    expect(lrs.stored.size).toBe(18);
  });

  it('catches up over several sweeps when many attempts are waiting', async () => {
    await recordAttempt(t.app, trainee, mini, [2, 0, 0]);
    await recordAttempt(t.app, trainee, mini, [2, 0, 1]);
    const delivery = xapiDelivery(t.app.db.kysely, t.app.db.dialect, t.app.exports, t.app.config.xapi, {
      now,
      batch: 100,
      sweepBatch: 1,
    });
    expect([await delivery.sweep(), await delivery.sweep(), await delivery.sweep()]).toEqual([1, 1, 0]);
    expect(await delivery.sendDue()).toEqual({ sent: 12, failed: 0 });
  });

  it('backs off exponentially while the LRS keeps failing, and records an unreachable LRS', async () => {
    const db = t.app.db.kysely;
    const attempt = await recordAttempt(t.app, trainee, mini, [0, 2, 0]);
    const delivery = xapiDelivery(db, t.app.db.dialect, t.app.exports, t.app.config.xapi, {
      now,
      batch: 100,
      baseDelayMs: 1000,
      maxDelayMs: 5000,
    });
    await delivery.enqueue(attempt.id);
    lrs.script.push(503, 503, 503, 503);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      expect((await delivery.sendDue()).failed).toBe(6);
      const row = await db
        .selectFrom('xapi_delivery')
        .selectAll()
        .where('attempt_id', '=', attempt.id)
        .executeTakeFirstOrThrow();
      waits.push(Date.parse(row.next_try_at) - clock);
      clock = Date.parse(row.next_try_at);
    }
    expect(waits).toEqual([1000, 2000, 4000, 5000]);
    const dead = xapiDelivery(
      db,
      t.app.db.dialect,
      t.app.exports,
      { endpoint: 'http://127.0.0.1:5399/nothing', username: 'x', password: 'y' },
      { now, batch: 100, timeoutMs: 2000 },
    );
    expect((await dead.sendDue()).failed).toBe(6);
    const row = await db
      .selectFrom('xapi_delivery')
      .selectAll()
      .where('attempt_id', '=', attempt.id)
      .executeTakeFirstOrThrow();
    expect(row.last_error).toMatch(/No answer from the LRS/);
    clock = Date.parse(row.next_try_at);
    expect(await delivery.sendDue()).toEqual({ sent: 6, failed: 0 });
  });
});
