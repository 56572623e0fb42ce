/**
 * Attempts: started by a signed-in trainee, fed one event at a time, scored by the server.
 *
 * Each event carries an id the browser generated and the attempt's next sequence number. The same event
 * sent again is acknowledged again and stored once; an event with a gap, a repeat of an old number, or an
 * id reused for different content is refused with 409 and changes nothing. On `complete` the server
 * replays every recorded choice against the story version the attempt began on and scores it with the
 * shared engine; nothing the browser says about scores is read.
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { ScenarioBundle } from '../../engine/bundle.ts';
import { ReplayError, replayChoices, scoreRecorded, type RecordedChoice, type Replay } from '../../engine/replay.ts';
import type { ScoreReport } from '../../engine/scoring.ts';
import { StoryRuntimeError } from '../../engine/story-runner.ts';
import type { Dialect } from '../db/migrations.ts';
import type { AttemptTable, Database, Role } from '../db/schema.ts';
import { notFound, Problem } from '../problem.ts';
import type { StoryCatalog } from './story-catalog.ts';
import { checkAssignmentStart } from './assignment-start.ts';
import { supervisedAttemptIds, supervisesAttempt, supervisesTrainee } from './supervision-access.ts';
import { storableText } from '../text.ts';

export interface Actor {
  id: string;
  role: Role;
}

const uuid = z.uuid({ message: 'must be a UUID' });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a scenario slug');

export const startSchema = z.strictObject({
  id: uuid,
  scenario: slug,
  storyHash: z.string().min(1).max(128),
  mode: z.enum(['practice', 'assessment']),
  /** The assignment the attempt is played for, if any (checked: assigned, open, same mode, attempts left). */
  assignmentId: uuid.optional(),
  /** Seeds the order the options are shown in, so every later view shows the order the trainee saw. */
  seed: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be letters, digits and hyphens').optional(),
});

const base = { eventId: uuid, seq: z.number().int().min(1).max(100_000) };
export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('choice'),
    point: z.number().int().min(0).max(10_000),
    index: z.number().int().min(0).max(1_000),
    text: storableText(2_000).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('complete'), reflection: storableText(10_000) }),
]);
export type AttemptEvent = z.infer<typeof eventSchema>;

export interface DomainSummary {
  id: string;
  name: string;
  score: number | null;
}

export interface AttemptSummary {
  id: string;
  userId: string;
  scenario: string;
  title: string;
  storyHash: string;
  mode: 'practice' | 'assessment';
  status: AttemptTable['status'];
  lastSeq: number;
  startedAt: string;
  completedAt: string | null;
  overall: number | null;
  band: string | null;
  domains: DomainSummary[];
  incidents: number;
  reflection: string | null;
  rejection: string | null;
}

export interface AttemptDetail extends AttemptSummary {
  report: ScoreReport | null;
  /** The attempt rebuilt from its recorded choices; null when they cannot be replayed. */
  replay: Replay | null;
  /** The rubric subset of the story version, for showing evidence. */
  rubric: ScenarioBundle['rubric'];
}

export interface EventResult {
  seq: number;
  duplicate: boolean;
  attempt: AttemptSummary;
}

export function parseOrProblem<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  throw new Problem(400, `The ${what} is not valid: ${issues.join('; ')}.`, { issues });
}

export function attemptService(db: Kysely<Database>, dialect: Dialect, stories: StoryCatalog, now: () => Date = () => new Date()) {
  const titles = new Map<string, string>();

  function summarise(row: AttemptTable & { title?: string }): AttemptSummary {
    const report = row.score ? (JSON.parse(row.score) as ScoreReport) : null;
    return {
      id: row.id,
      userId: row.user_id,
      scenario: row.scenario,
      title: row.title ?? titles.get(row.story_hash) ?? row.scenario,
      storyHash: row.story_hash,
      mode: row.mode,
      status: row.status,
      lastSeq: Number(row.last_seq),
      startedAt: row.started_at,
      completedAt: row.completed_at,
      overall: row.overall === null ? null : Number(row.overall),
      band: row.band,
      domains: report?.domains.map((d) => ({ id: d.id, name: d.name, score: d.score })) ?? [],
      incidents: report?.incidents.length ?? 0,
      reflection: row.reflection,
      rejection: row.rejection,
    };
  }

  async function lockAttempt(trx: Transaction<Database>, id: string) {
    let q = trx.selectFrom('attempt').selectAll().where('id', '=', id);
    if (dialect === 'postgres') q = q.forUpdate();
    return q.executeTakeFirst();
  }

  /**
   * A story version, parsed once: a version never changes (its hash is its key), and every completion and
   * every past debrief needs one. Replays clone the ink before running it, so the parsed bundle is shared.
   */
  const versions = new Map<string, ScenarioBundle>();
  async function storyVersion(trx: Kysely<Database>, hash: string): Promise<ScenarioBundle> {
    const known = versions.get(hash);
    if (known) return known;
    const row = await trx.selectFrom('story_version').select(['bundle', 'title']).where('hash', '=', hash).executeTakeFirstOrThrow();
    titles.set(hash, row.title);
    const bundle = JSON.parse(row.bundle) as ScenarioBundle;
    if (versions.size >= 64) versions.delete(versions.keys().next().value!);
    versions.set(hash, bundle);
    return bundle;
  }

  /**
   * Whether `actor` may read `attempt`: its owner, an admin, or a supervisor of the cohort whose assignment
   * it was made for (supervision-access.ts).
   */
  async function mayRead(actor: Actor, attempt: Pick<AttemptTable, 'user_id' | 'assignment_id'>): Promise<boolean> {
    return attempt.user_id === actor.id || supervisesAttempt(db, actor, attempt);
  }

  return {
    /** Begins an attempt on the scenario's current story version; starting the same id again is harmless. */
    async start(actor: Actor, input: unknown): Promise<{ attempt: AttemptSummary; created: boolean }> {
      const body = parseOrProblem(startSchema, input, 'attempt');
      const bundle = await stories.current(body.scenario);
      if (!bundle) throw new Problem(404, `There is no scenario called "${body.scenario}".`);
      if (bundle.hash !== body.storyHash) {
        throw new Problem(409, 'This scenario has been revised since the page was loaded. Reload the page to play the current version.', {
          currentHash: bundle.hash,
        });
      }
      const at = now().toISOString();
      return db.transaction().execute(async (trx) => {
        await trx
          .insertInto('story_version')
          .values({ hash: bundle.hash, slug: bundle.slug, title: bundle.meta.title, bundle: JSON.stringify(bundle), created_at: at })
          .onConflict((oc) => oc.column('hash').doNothing())
          .execute();
        titles.set(bundle.hash, bundle.meta.title);
        const existing = await trx.selectFrom('attempt').selectAll().where('id', '=', body.id).executeTakeFirst();
        if (existing) {
          if (existing.user_id !== actor.id) throw new Problem(409, 'That attempt id is already in use.');
          if (existing.scenario !== body.scenario || existing.mode !== body.mode || existing.assignment_id !== (body.assignmentId ?? null)) {
            throw new Problem(409, 'That attempt id was started for another scenario, mode or assignment.');
          }
          return { attempt: summarise(existing), created: false };
        }
        if (body.assignmentId) await checkAssignmentStart(trx, dialect, actor.id, { assignmentId: body.assignmentId, scenario: body.scenario, mode: body.mode }, at);
        const row: AttemptTable = {
          id: body.id,
          user_id: actor.id,
          scenario: body.scenario,
          story_hash: bundle.hash,
          mode: body.mode,
          status: 'in_progress',
          last_seq: 0,
          path_len: 0,
          started_at: at,
          updated_at: at,
          completed_at: null,
          reflection: null,
          overall: null,
          band: null,
          score: null,
          rejection: null,
          assignment_id: body.assignmentId ?? null,
          seed: body.seed ?? null,
          reviewed_at: null,
          reviewed_by: null,
        };
        await trx.insertInto('attempt').values(row).execute();
        return { attempt: summarise(row), created: true };
      });
    },

    /** Records one event of the actor's own attempt. */
    async record(actor: Actor, attemptId: string, input: unknown): Promise<EventResult> {
      parseOrProblem(uuid, attemptId, 'attempt id');
      const event = parseOrProblem(eventSchema, input, 'event');
      const { eventId, seq, type, ...data } = event;
      const payload = JSON.stringify(data);
      return db.transaction().execute(async (trx) => {
        const attempt = await lockAttempt(trx, attemptId);
        if (!attempt || attempt.user_id !== actor.id) throw notFound('attempt');

        const seen = await trx.selectFrom('attempt_event').selectAll().where('event_id', '=', eventId).executeTakeFirst();
        if (seen) {
          if (seen.attempt_id === attemptId && Number(seen.seq) === seq && seen.type === type && seen.payload === payload) {
            return { seq, duplicate: true, attempt: summarise(attempt) };
          }
          throw new Problem(409, `Event ${eventId} was already recorded with different content.`);
        }
        if (attempt.status !== 'in_progress') {
          throw new Problem(409, `This attempt is already ${attempt.status === 'completed' ? 'complete' : 'closed'}; it takes no more events.`, {
            attemptStatus: attempt.status,
          });
        }
        const expected = Number(attempt.last_seq) + 1;
        if (seq !== expected) {
          throw new Problem(409, seq < expected ? `Event ${seq} is out of date: this attempt has already recorded ${expected - 1} events.` : `Event ${seq} arrived before event ${expected}; send the events in order.`, {
            expectedSeq: expected,
          });
        }
        let pathLen = Number(attempt.path_len);
        if (event.type === 'choice') {
          if (event.point > pathLen) {
            throw new Problem(422, `Choice point ${event.point + 1} has not been reached: the attempt is at point ${pathLen + 1}.`);
          }
          if (event.point < pathLen && attempt.mode === 'assessment') {
            throw new Problem(422, 'Assessment attempts cannot go back to an earlier choice.');
          }
          pathLen = event.point + 1;
        }
        const at = now().toISOString();
        await trx.insertInto('attempt_event').values({ attempt_id: attemptId, seq, event_id: eventId, type, payload, received_at: at }).execute();
        const update: Partial<AttemptTable> = { last_seq: seq, path_len: pathLen, updated_at: at };
        if (event.type === 'complete') Object.assign(update, await finish(trx, attempt, event.reflection, at));
        await trx.updateTable('attempt').set(update).where('id', '=', attemptId).execute();
        return { seq, duplicate: false, attempt: summarise({ ...attempt, ...update }) };
      });
    },

    /** The actor's own attempts, newest first; or, for a supervisor, those of a trainee they supervise. */
    async list(actor: Actor, userId = actor.id): Promise<AttemptSummary[]> {
      if (userId !== actor.id && !(await supervisesTrainee(db, actor, userId))) throw notFound('user');
      let q = db.selectFrom('attempt');
      if (userId !== actor.id && actor.role !== 'admin') q = q.where('attempt.id', 'in', supervisedAttemptIds(db, actor.id));
      const rows = await q
        .innerJoin('story_version', 'story_version.hash', 'attempt.story_hash')
        .selectAll('attempt')
        .select('story_version.title')
        .where('attempt.user_id', '=', userId)
        .orderBy('attempt.started_at', 'desc')
        .orderBy('attempt.id')
        .execute();
      return rows.map(summarise);
    },

    /** One attempt in full, rebuilt from its choices; only for its owner or an admin. */
    async get(actor: Actor, attemptId: string): Promise<AttemptDetail> {
      if (!uuid.safeParse(attemptId).success) throw notFound('attempt');
      const row = await db.selectFrom('attempt').selectAll().where('id', '=', attemptId).executeTakeFirst();
      if (!row || !(await mayRead(actor, row))) throw notFound('attempt');
      const bundle = await storyVersion(db, row.story_hash);
      const choices = await recordedChoices(db, attemptId);
      let replay: Replay | null = null;
      try {
        replay = replayChoices(bundle.ink, choices, { allowRewind: row.mode === 'practice', seed: row.seed });
      } catch {
        replay = null;
      }
      const summary = summarise(row);
      return { ...summary, report: row.score ? (JSON.parse(row.score) as ScoreReport) : null, replay, rubric: bundle.rubric };
    },

    mayRead,
  };

  async function recordedChoices(trx: Kysely<Database>, attemptId: string): Promise<RecordedChoice[]> {
    const rows = await trx
      .selectFrom('attempt_event')
      .select(['payload'])
      .where('attempt_id', '=', attemptId)
      .where('type', '=', 'choice')
      .orderBy('seq')
      .execute();
    return rows.map((r) => JSON.parse(r.payload) as RecordedChoice);
  }

  /** Replays and scores on completion: the attempt becomes completed, or rejected with the reason. */
  async function finish(trx: Transaction<Database>, attempt: AttemptTable, reflection: string, at: string): Promise<Partial<AttemptTable>> {
    const bundle = await storyVersion(trx, attempt.story_hash);
    const choices = await recordedChoices(trx, attempt.id);
    try {
      const { report } = scoreRecorded(bundle.ink, bundle.rubric, choices, { allowRewind: attempt.mode === 'practice' });
      return {
        status: 'completed',
        completed_at: at,
        reflection: reflection.trim(),
        overall: report.overall,
        band: report.band,
        score: JSON.stringify(report),
      };
    } catch (error) {
      if (error instanceof ReplayError || error instanceof StoryRuntimeError) {
        return { status: 'rejected', completed_at: at, reflection: reflection.trim(), rejection: `The recorded choices do not replay: ${error.message}.` };
      }
      throw error;
    }
  }
}

export type AttemptService = ReturnType<typeof attemptService>;
