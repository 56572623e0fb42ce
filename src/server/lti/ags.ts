// Over 300 lines: one job, grade passback (line items, the durable queue, delivery with back-off, the status the review shows), whose steps share the queue's rows.
/**
 * Assignment and Grade Services 2.0 (issue 17): the grade of each completed, server-scored attempt at an
 * assignment made by deep linking goes to the course's gradebook, from a durable queue (`lti_grade`), like xAPI
 * delivery (src/server/services/xapi-delivery.ts).
 *
 * A sweep queues one row per completed attempt with a score, for a linked assignment, by a person Rapport knows by
 * the platform's subject (an account made by a launch or a roster sync). The sender takes due rows, leases them (two
 * minutes, so a second app server does not send them meanwhile), finds or makes the assignment's line item (the one
 * the launch named; else the course's line item with the assignment as resourceId, reused, or made), and posts the
 * score chosen by the link's policy: `latest` sends this attempt's score; `best` the best of the person's completed
 * attempts so far. The score carries this attempt's completion time, so the platform keeps the newest post, and a
 * comment saying whether the pass marks were met (src/engine/pass-marks.ts, the one rule). A failure counts a try and
 * waits 30 s × 2^(tries − 1), at most an hour.
 */
import { domainScoresOf, meetsPassMarks } from '../../engine/pass-marks.ts';
import { deliveryRounds } from '../core/delivery-rounds.ts';
import { readPassMarks, readScoreReport } from '../core/json-column.ts';
import type { Dialect } from '../db/migrations.ts';
import type { LtiPlatformTable } from '../db/schema.ts';
import { SCOPE } from './claims.ts';
import type { LtiContext } from './context.ts';
import { PlatformError, type ServiceTokens } from './service-token.ts';
import { serviceUrlAllowed } from './url-policy.ts';

export interface GradeOptions {
  baseDelayMs?: number;
  maxDelayMs?: number;
  leaseMs?: number;
  timeoutMs?: number;
  batch?: number;
}

export interface GradeStatus {
  state: 'sent' | 'waiting' | 'failing';
  sentAt: string | null;
  scoreGiven: number | null;
  lastError: string | null;
  tries: number;
}

const SCORE_TYPE = 'application/vnd.ims.lis.v1.score+json';
const LINEITEM_TYPE = 'application/vnd.ims.lis.v2.lineitem+json';
const LINEITEMS_TYPE = 'application/vnd.ims.lis.v2.lineitemcontainer+json';
const SCOPES = [SCOPE.lineItem, SCOPE.score] as const;

/** Where scores of a line item are posted: its URL with /scores added to the path (a query string stays). */
export function scoresUrl(lineitem: string): string {
  const u = new URL(lineitem);
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/scores`;
  return u.toString();
}

export function gradeDelivery(ctx: LtiContext, dialect: Dialect, tokens: ServiceTokens, options: GradeOptions = {}) {
  const baseDelay = options.baseDelayMs ?? 30_000;
  const maxDelay = options.maxDelayMs ?? 60 * 60_000;
  const lease = options.leaseMs ?? 120_000;
  const timeout = options.timeoutMs ?? 15_000;
  const batch = options.batch ?? 20;
  let since: string | null = null;

  /** Queues the grades of completed, scored attempts at linked assignments not queued yet; returns how many. */
  async function sweep(): Promise<number> {
    const started = ctx.now();
    let q = ctx.db
      .selectFrom('attempt')
      .innerJoin('lti_link', 'lti_link.assignment_id', 'attempt.assignment_id')
      .innerJoin('lti_platform', 'lti_platform.id', 'lti_link.platform_id')
      // Only people the platform knows (by its subject): anyone else's grade has nowhere to go.
      .innerJoin('lti_user', (j) =>
        j.onRef('lti_user.user_id', '=', 'attempt.user_id').onRef('lti_user.issuer', '=', 'lti_platform.issuer'),
      )
      .leftJoin('lti_grade', 'lti_grade.attempt_id', 'attempt.id')
      .select(['attempt.id', 'attempt.assignment_id'])
      .where('attempt.status', '=', 'completed')
      .where('attempt.overall', 'is not', null)
      .where('lti_grade.attempt_id', 'is', null);
    if (since !== null) q = q.where('attempt.completed_at', '>=', since);
    const rows = await q.execute();
    const at = started.toISOString();
    if (rows.length) {
      await ctx.db
        .insertInto('lti_grade')
        .values(
          rows.map((r) => ({
            attempt_id: r.id,
            assignment_id: r.assignment_id!,
            tries: 0,
            next_try_at: at,
            sent_at: null,
            score_given: null,
            last_error: null,
            created_at: at,
          })),
        )
        .onConflict((oc) => oc.column('attempt_id').doNothing())
        .execute();
    }
    // Look back five minutes next time: an attempt completed in a transaction still open now commits later.
    since = new Date(started.getTime() - 5 * 60_000).toISOString();
    return rows.length;
  }

  async function claim(): Promise<{ attempt_id: string; tries: number }[]> {
    return ctx.db.transaction().execute(async (trx) => {
      const at = ctx.now();
      // In the order the attempts were completed, so a person's scores reach the gradebook in the order they were earned.
      let q = trx
        .selectFrom('lti_grade')
        .innerJoin('attempt', 'attempt.id', 'lti_grade.attempt_id')
        .select(['lti_grade.attempt_id', 'lti_grade.tries'])
        .where('lti_grade.sent_at', 'is', null)
        .where('lti_grade.next_try_at', '<=', at.toISOString())
        .orderBy('lti_grade.next_try_at')
        .orderBy('attempt.completed_at')
        .orderBy('lti_grade.attempt_id')
        .limit(batch);
      if (dialect === 'postgres') q = q.forUpdate(['lti_grade']).skipLocked();
      const rows = await q.execute();
      if (rows.length === 0) return [];
      await trx
        .updateTable('lti_grade')
        .set({ next_try_at: new Date(at.getTime() + lease).toISOString() })
        .where(
          'attempt_id',
          'in',
          rows.map((r) => r.attempt_id),
        )
        .execute();
      return rows.map((r) => ({ attempt_id: r.attempt_id, tries: Number(r.tries) }));
    });
  }

  async function authorised(platform: LtiPlatformTable, url: string, init: RequestInit): Promise<Response> {
    const call = async () =>
      ctx.fetch(url, {
        ...init,
        // Never a redirect: the Bearer token would follow it to wherever the platform's answer points.
        redirect: 'error',
        headers: {
          ...(init.headers as Record<string, string>),
          authorization: `Bearer ${await tokens.get(platform, SCOPES, timeout)}`,
        },
        signal: AbortSignal.timeout(timeout),
      });
    let response = await call();
    if (response.status === 401) {
      // The platform forgot or revoked the token: ask for a new one once.
      await response.body?.cancel();
      tokens.drop(platform, SCOPES);
      response = await call();
    }
    return response;
  }

  /** The assignment's line item: the launch's, else the course's with the assignment as resourceId, else a new one. */
  async function lineItem(platform: LtiPlatformTable, assignmentId: string): Promise<string> {
    const link = await ctx.db
      .selectFrom('lti_link')
      .select(['lineitem_url', 'context_id'])
      .where('assignment_id', '=', assignmentId)
      .executeTakeFirstOrThrow();
    // Every URL called is checked where it is used too (rows stored before the check, answers of the platform).
    const allowed = (url: unknown): url is string => serviceUrlAllowed(url, platform, ctx.production ?? false);
    if (link.lineitem_url && allowed(link.lineitem_url)) return link.lineitem_url;
    const course = await ctx.db
      .selectFrom('lti_context')
      .select('lineitems_url')
      .where('platform_id', '=', platform.id)
      .where('context_id', '=', link.context_id)
      .executeTakeFirst();
    if (!course?.lineitems_url || !allowed(course.lineitems_url))
      throw new PlatformError('the course offers no grade service (no line items URL in its launches yet)');
    const list = new URL(course.lineitems_url);
    list.searchParams.set('resource_id', assignmentId);
    const found = await authorised(platform, list.toString(), { headers: { accept: LINEITEMS_TYPE } });
    if (!found.ok) throw new PlatformError(`listing line items answered HTTP ${found.status}`);
    const items = (await found.json()) as { id?: unknown; resourceId?: unknown }[];
    let url = Array.isArray(items) ? items.find((i) => i.resourceId === assignmentId && allowed(i.id))?.id : undefined;
    if (!allowed(url)) {
      const assignment = await ctx.db
        .selectFrom('assignment')
        .select('title')
        .where('id', '=', assignmentId)
        .executeTakeFirstOrThrow();
      const made = await authorised(platform, course.lineitems_url, {
        method: 'POST',
        headers: { 'content-type': LINEITEM_TYPE, accept: LINEITEM_TYPE },
        body: JSON.stringify({ scoreMaximum: 100, label: assignment.title, resourceId: assignmentId }),
      });
      if (!made.ok) throw new PlatformError(`making the line item answered HTTP ${made.status}`);
      url = ((await made.json()) as { id?: unknown }).id;
      if (!allowed(url)) throw new PlatformError('the platform made a line item without a usable id');
    }
    await ctx.db
      .updateTable('lti_link')
      .set({ lineitem_url: url })
      .where('assignment_id', '=', assignmentId)
      .where('lineitem_url', 'is', null)
      .execute();
    return url;
  }

  /** The score the link's policy sends for this attempt, with whether it meets the pass marks. */
  async function scoreFor(attemptId: string) {
    const a = await ctx.db
      .selectFrom('attempt')
      .innerJoin('lti_link', 'lti_link.assignment_id', 'attempt.assignment_id')
      .innerJoin('lti_platform', 'lti_platform.id', 'lti_link.platform_id')
      .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
      .select([
        'attempt.id',
        'attempt.user_id',
        'attempt.assignment_id',
        'attempt.completed_at',
        'lti_link.grade_policy',
        'lti_platform.issuer',
        'lti_platform.id as platform_id',
        'assignment.pass_marks',
      ])
      .where('attempt.id', '=', attemptId)
      .executeTakeFirst();
    if (!a) return null;
    const person = await ctx.db
      .selectFrom('lti_user')
      .select('subject')
      .where('user_id', '=', a.user_id)
      .where('issuer', '=', a.issuer)
      .executeTakeFirst();
    const tried = await ctx.db
      .selectFrom('attempt')
      .select(['id', 'overall', 'score', 'completed_at'])
      .where('user_id', '=', a.user_id)
      .where('assignment_id', '=', a.assignment_id)
      .where('status', '=', 'completed')
      .where('overall', 'is not', null)
      .where('completed_at', '<=', a.completed_at!)
      .execute();
    const mine = tried.find((t) => t.id === a.id)!;
    const chosen =
      a.grade_policy === 'best'
        ? tried.reduce((best, t) => (Number(t.overall) > Number(best.overall) ? t : best), mine)
        : mine;
    const report = chosen.score ? readScoreReport(chosen.score) : null;
    const passed = report ? meetsPassMarks(readPassMarks(a.pass_marks), domainScoresOf(report)) : null;
    return {
      platformId: a.platform_id,
      assignmentId: a.assignment_id!,
      subject: person?.subject ?? null,
      scoreGiven: Math.min(100, Math.max(0, Number(chosen.overall))),
      passed,
      timestamp: a.completed_at!,
    };
  }

  async function send(attemptId: string): Promise<number> {
    const s = await scoreFor(attemptId);
    if (!s) throw new PlatformError('the attempt or its link has gone');
    if (!s.subject) throw new PlatformError('this person has no account on the learning platform');
    const platform = await ctx.db
      .selectFrom('lti_platform')
      .selectAll()
      .where('id', '=', s.platformId)
      .executeTakeFirstOrThrow();
    const item = await lineItem(platform, s.assignmentId);
    const response = await authorised(platform, scoresUrl(item), {
      method: 'POST',
      headers: { 'content-type': SCORE_TYPE },
      body: JSON.stringify({
        userId: s.subject,
        scoreGiven: s.scoreGiven,
        scoreMaximum: 100,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        timestamp: s.timestamp,
        ...(s.passed === null ? {} : { comment: s.passed ? 'Met the pass marks.' : 'Below a pass mark.' }),
      }),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new PlatformError(`posting the score answered HTTP ${response.status}`);
    }
    await response.body?.cancel();
    return s.scoreGiven;
  }

  /** Sends what is due; returns how many were sent and how many failed. */
  async function sendDue(): Promise<{ sent: number; failed: number }> {
    const total = { sent: 0, failed: 0 };
    for (;;) {
      const rows = await claim();
      if (rows.length === 0) return total;
      for (const r of rows) {
        try {
          const score = await send(r.attempt_id);
          await ctx.db
            .updateTable('lti_grade')
            .set({ sent_at: ctx.now().toISOString(), score_given: score, tries: r.tries + 1, last_error: null })
            .where('attempt_id', '=', r.attempt_id)
            .execute();
          total.sent += 1;
        } catch (e) {
          const tries = r.tries + 1;
          const delay = Math.min(maxDelay, baseDelay * 2 ** (tries - 1));
          // Rapport's own words and an HTTP status only: never the platform's answer or a network error's text,
          // which the review page would show (PlatformError is made with fixed messages).
          const message =
            e instanceof PlatformError
              ? e.message.slice(0, 200)
              : 'the learning platform could not be reached or gave an answer Rapport could not read';
          await ctx.db
            .updateTable('lti_grade')
            .set({ tries, next_try_at: new Date(ctx.now().getTime() + delay).toISOString(), last_error: message })
            .where('attempt_id', '=', r.attempt_id)
            .execute();
          total.failed += 1;
        }
      }
      if (total.failed > 0) return total;
    }
  }

  /** Whether an attempt's grade reached the LMS; null when it is not an attempt whose grade goes to one. */
  async function status(attemptId: string): Promise<GradeStatus | null> {
    const r = await ctx.db
      .selectFrom('lti_grade')
      .select(['sent_at', 'score_given', 'last_error', 'tries'])
      .where('attempt_id', '=', attemptId)
      .executeTakeFirst();
    if (!r) return null;
    const tries = Number(r.tries);
    return {
      state: r.sent_at ? 'sent' : r.last_error ? 'failing' : 'waiting',
      sentAt: r.sent_at,
      scoreGiven: r.score_given === null ? null : Number(r.score_given),
      lastError: r.last_error,
      tries,
    };
  }

  const rounds = deliveryRounds('LTI grade passback', sweep, sendDue);

  return {
    sweep,
    sendDue,
    tick: rounds.tick,
    /** Runs a round every `intervalMs` (the timer never keeps the process alive); returns a stop function. */
    start: rounds.start,
    /** The review page's line on the attempt's grade in the LMS; null when its grade goes to no LMS. */
    async line(attemptId: string): Promise<string | null> {
      const s = await status(attemptId);
      if (!s) return null;
      if (s.state === 'sent')
        return `Grade sent to the course's gradebook in the LMS (${s.scoreGiven} out of 100) on ${s.sentAt!.slice(0, 10)}.`;
      if (s.state === 'failing')
        return `Grade not yet accepted by the LMS after ${s.tries} ${s.tries === 1 ? 'try' : 'tries'}; Rapport keeps trying (${s.lastError}).`;
      return "Grade waiting to be sent to the course's gradebook in the LMS.";
    },
    status,
  };
}

export type GradeDelivery = ReturnType<typeof gradeDelivery>;
