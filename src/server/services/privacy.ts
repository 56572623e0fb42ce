/** A person's own data, all of it, as one JSON document (the right of access and to portability). */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/actor.ts';
import { readEventPayload, readScoreReport } from '../core/json-column.ts';
import type { Database } from '../db/schema.ts';
import { authoringDataOf } from './authoring/personal-data.ts';
import { ratingsOf, typedResponsesOf } from './typed-responses.ts';

const iso = (v: Date | string | null) =>
  v === null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();

export function privacyService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  return {
    async export(actor: Actor) {
      const user = await db.selectFrom('user').selectAll().where('id', '=', actor.id).executeTakeFirstOrThrow();
      const accounts = await db
        .selectFrom('account')
        .select(['providerId', 'accountId', 'createdAt', 'updatedAt', 'scope'])
        .where('userId', '=', actor.id)
        .execute();
      const sessions = await db
        .selectFrom('session')
        .select(['createdAt', 'updatedAt', 'expiresAt', 'ipAddress', 'userAgent'])
        .where('userId', '=', actor.id)
        .orderBy('createdAt')
        .execute();
      const attempts = await db
        .selectFrom('attempt')
        .selectAll()
        .where('user_id', '=', actor.id)
        .orderBy('started_at')
        .execute();
      const events = attempts.length
        ? await db
            .selectFrom('attempt_event')
            .selectAll()
            .where(
              'attempt_id',
              'in',
              attempts.map((a) => a.id),
            )
            .orderBy('attempt_id')
            .orderBy('seq')
            .execute()
        : [];
      // Supervisors' comments on the person's attempts, and any comments the person wrote as a supervisor.
      const received = attempts.length
        ? await db
            .selectFrom('attempt_comment')
            .select(['id', 'attempt_id', 'point', 'body', 'created_at', 'seen_at'])
            .where(
              'attempt_id',
              'in',
              attempts.map((a) => a.id),
            )
            .orderBy('created_at')
            .orderBy('id')
            .execute()
        : [];
      // Respond-first play: the words typed before each choice (also in the events' data), with the ratings they got.
      const typed = await typedResponsesOf(db, attempts);
      const ratingsReceived = await ratingsOf(
        db,
        attempts.map((a) => a.id),
      );
      const ratingsWritten = await db
        .selectFrom('response_rating')
        .select(['id', 'attempt_id', 'point', 'rating', 'note', 'created_at', 'updated_at'])
        .where('author_id', '=', actor.id)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const memberOf = await db
        .selectFrom('cohort_member')
        .innerJoin('cohort', 'cohort.id', 'cohort_member.cohort_id')
        .select(['cohort.id', 'cohort.name', 'cohort_member.joined_at'])
        .where('cohort_member.user_id', '=', actor.id)
        .orderBy('cohort_member.joined_at')
        .execute();
      const supervising = await db
        .selectFrom('cohort_supervisor')
        .innerJoin('cohort', 'cohort.id', 'cohort_supervisor.cohort_id')
        .select(['cohort.id', 'cohort.name', 'cohort_supervisor.added_at'])
        .where('cohort_supervisor.user_id', '=', actor.id)
        .orderBy('cohort_supervisor.added_at')
        .execute();
      // Scenarios they write or review (issue 15): drafts with every revision, reviews, comments, releases.
      const authoring = await authoringDataOf(db, actor.id);
      const written = await db
        .selectFrom('attempt_comment')
        .select(['id', 'attempt_id', 'point', 'body', 'created_at'])
        .where('author_id', '=', actor.id)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return {
        exportedAt: now().toISOString(),
        format: 'rapport-personal-data/1',
        user: {
          id: user.id,
          name: user.name,
          email: user.email,
          emailVerified: Boolean(user.emailVerified),
          role: user.role,
          createdAt: iso(user.createdAt),
          updatedAt: iso(user.updatedAt),
        },
        // Password hashes and provider tokens are credentials, not personal data about the person: left out.
        signInMethods: accounts.map((a) => ({
          provider: a.providerId,
          accountId: a.providerId === 'credential' ? null : a.accountId,
          scope: a.scope,
          createdAt: iso(a.createdAt),
          updatedAt: iso(a.updatedAt),
        })),
        sessions: sessions.map((s) => ({
          createdAt: iso(s.createdAt),
          lastActive: iso(s.updatedAt),
          expiresAt: iso(s.expiresAt),
          ipAddress: s.ipAddress,
          userAgent: s.userAgent,
        })),
        attempts: attempts.map((a) => ({
          id: a.id,
          scenario: a.scenario,
          storyVersion: a.story_hash,
          mode: a.mode,
          style: a.style ?? 'choose',
          status: a.status,
          startedAt: a.started_at,
          completedAt: a.completed_at,
          reflection: a.reflection,
          overall: a.overall === null ? null : Number(a.overall),
          band: a.band,
          score: a.score ? readScoreReport(a.score) : null,
          rejection: a.rejection,
          events: events
            .filter((e) => e.attempt_id === a.id)
            .map((e) => ({
              seq: Number(e.seq),
              id: e.event_id,
              type: e.type,
              data: readEventPayload(e.payload),
              receivedAt: e.received_at,
            })),
          reviewedAt: a.reviewed_at,
          comments: received
            .filter((c) => c.attempt_id === a.id)
            .map((c) => ({
              id: c.id,
              point: c.point === null ? null : Number(c.point),
              body: c.body,
              createdAt: c.created_at,
              seenAt: c.seen_at,
            })),
          typedResponses: (typed.get(a.id) ?? []).map((r) => ({
            point: r.point,
            response: r.response,
            optionPicked: r.optionText,
            ratings: (ratingsReceived.get(a.id) ?? [])
              .filter((x) => x.point === r.point)
              .map((x) => ({
                id: x.id,
                rating: x.rating,
                note: x.note,
                createdAt: x.createdAt,
                updatedAt: x.updatedAt,
              })),
          })),
        })),
        cohorts: [
          ...memberOf.map((c) => ({ id: c.id, name: c.name, as: 'trainee' as const, since: c.joined_at })),
          ...supervising.map((c) => ({ id: c.id, name: c.name, as: 'supervisor' as const, since: c.added_at })),
        ],
        ratingsWritten: ratingsWritten.map((r) => ({
          id: r.id,
          attemptId: r.attempt_id,
          point: Number(r.point),
          rating: Number(r.rating),
          note: r.note,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
        })),
        commentsWritten: written.map((c) => ({
          id: c.id,
          attemptId: c.attempt_id,
          point: c.point === null ? null : Number(c.point),
          body: c.body,
          createdAt: c.created_at,
        })),
        authoring,
      };
    },
  };
}

export type PersonalData = Awaited<ReturnType<ReturnType<typeof privacyService>['export']>>;
