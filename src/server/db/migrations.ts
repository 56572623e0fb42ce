// Over 300 lines: one ordered list of migrations; the migrator applies them in this order, which scattering them over files would hide.
/* eslint-disable @typescript-eslint/no-explicit-any -- a migration runs against the database as it was at that
   step, not as schema.ts describes it now, so it takes Kysely<any>, as Kysely's own guide writes migrations. */
/**
 * Rapport's one set of migrations, for SQLite and PostgreSQL alike. Kysely's migrator records them in
 * `kysely_migration` and, on PostgreSQL, holds an advisory lock while it runs, so app servers that start
 * together apply each migration once. Migrations are never edited once released: add a new one.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Migration 0012's score summary of a stored report (the shape of src/server/core/score-summary.ts, version 1). */
function summaryV1(score: string): string {
  const r = JSON.parse(score) as {
    domains: { id: string; name: string; score: number | null }[];
    criteria: { id: string; score: number | null }[];
    incidents: { kind: string }[];
  };
  return JSON.stringify({
    domains: r.domains.map((d) => [d.id, d.name, d.score]),
    criteria: r.criteria.map((c) => [c.id, c.score]),
    incidents: r.incidents.map((x) => x.kind),
  });
}

export type Dialect = 'sqlite' | 'postgres';

export function migrations(dialect: Dialect): Record<string, Migration> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'date';
  const bool = dialect === 'postgres' ? 'boolean' : 'integer';
  // PostgreSQL's `real` is 4 bytes (about 7 digits); SQLite's is 8. Scores must read back as computed.
  const float = dialect === 'postgres' ? 'double precision' : 'real';
  const now = dialect === 'postgres' ? sql`CURRENT_TIMESTAMP` : null;
  const withNow = (c: any) => (now ? c.defaultTo(now) : c);

  return {
    // The tables better-auth reads and writes, as its own migration tool would create them
    // (test/server/schema.test.ts checks that better-auth finds nothing missing).
    '0001_accounts': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('user')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('emailVerified', bool, (c) => c.notNull())
          .addColumn('image', 'text')
          .addColumn('createdAt', time, (c) => withNow(c.notNull()))
          .addColumn('updatedAt', time, (c) => withNow(c.notNull()))
          .addColumn('role', 'text')
          .addColumn('demo', bool)
          .execute();
        await db.schema
          .createTable('session')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('expiresAt', time, (c) => c.notNull())
          .addColumn('token', 'text', (c) => c.notNull().unique())
          .addColumn('createdAt', time, (c) => withNow(c.notNull()))
          .addColumn('updatedAt', time, (c) => c.notNull())
          .addColumn('ipAddress', 'text')
          .addColumn('userAgent', 'text')
          .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .execute();
        await db.schema
          .createTable('account')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('accountId', 'text', (c) => c.notNull())
          .addColumn('providerId', 'text', (c) => c.notNull())
          .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .addColumn('accessToken', 'text')
          .addColumn('refreshToken', 'text')
          .addColumn('idToken', 'text')
          .addColumn('accessTokenExpiresAt', time)
          .addColumn('refreshTokenExpiresAt', time)
          .addColumn('scope', 'text')
          .addColumn('password', 'text')
          .addColumn('createdAt', time, (c) => withNow(c.notNull()))
          .addColumn('updatedAt', time, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('verification')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('identifier', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('expiresAt', time, (c) => c.notNull())
          .addColumn('createdAt', time, (c) => withNow(c.notNull()))
          .addColumn('updatedAt', time, (c) => withNow(c.notNull()))
          .execute();
        await db.schema.createIndex('session_userId_idx').on('session').column('userId').execute();
        await db.schema.createIndex('account_userId_idx').on('account').column('userId').execute();
        await db.schema.createIndex('verification_identifier_idx').on('verification').column('identifier').execute();
        await db.schema
          .createTable('rate_limit')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addColumn('window_start', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
    '0002_attempts': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('story_version')
          .addColumn('hash', 'text', (c) => c.primaryKey())
          .addColumn('slug', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('bundle', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('attempt')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .addColumn('scenario', 'text', (c) => c.notNull())
          .addColumn('story_hash', 'text', (c) => c.notNull().references('story_version.hash'))
          .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('practice', 'assessment')`))
          .addColumn('status', 'text', (c) =>
            c.notNull().check(sql`status in ('in_progress', 'completed', 'rejected')`),
          )
          .addColumn('last_seq', 'integer', (c) => c.notNull())
          .addColumn('path_len', 'integer', (c) => c.notNull())
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('completed_at', 'text')
          .addColumn('reflection', 'text')
          .addColumn('overall', float)
          .addColumn('band', 'text')
          .addColumn('score', 'text')
          .addColumn('rejection', 'text')
          .execute();
        await db.schema.createIndex('attempt_user_idx').on('attempt').columns(['user_id', 'started_at']).execute();
        await db.schema
          .createTable('attempt_event')
          .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('event_id', 'text', (c) => c.notNull().unique())
          .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('choice', 'complete')`))
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('attempt_event_pk', ['attempt_id', 'seq'])
          .execute();
      },
    },
    '0003_supervision': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('cohort')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('archived_at', 'text')
          .execute();
        await db.schema
          .createTable('cohort_supervisor')
          .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohort.id').onDelete('cascade'))
          .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .addColumn('added_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('cohort_supervisor_pk', ['cohort_id', 'user_id'])
          .execute();
        await db.schema.createIndex('cohort_supervisor_user_idx').on('cohort_supervisor').column('user_id').execute();
        await db.schema
          .createTable('cohort_member')
          .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohort.id').onDelete('cascade'))
          .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .addColumn('joined_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('cohort_member_pk', ['cohort_id', 'user_id'])
          .execute();
        await db.schema.createIndex('cohort_member_user_idx').on('cohort_member').column('user_id').execute();
        await db.schema
          .createTable('cohort_invite')
          .addColumn('code', 'text', (c) => c.primaryKey())
          .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohort.id').onDelete('cascade'))
          .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .addColumn('uses', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('assignment')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohort.id').onDelete('cascade'))
          .addColumn('trainee_id', 'text', (c) => c.references('user.id').onDelete('cascade'))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('scenarios', 'text', (c) => c.notNull())
          .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('practice', 'assessment')`))
          .addColumn('opens_at', 'text', (c) => c.notNull())
          .addColumn('due_at', 'text', (c) => c.notNull())
          .addColumn('attempts_allowed', 'integer')
          .addColumn('pass_marks', 'text', (c) => c.notNull())
          .addColumn('repeat_of', 'text')
          .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('assignment_cohort_idx')
          .on('assignment')
          .columns(['cohort_id', 'due_at'])
          .execute();
        await db.schema
          .alterTable('attempt')
          .addColumn('assignment_id', 'text', (c) => c.references('assignment.id').onDelete('set null'))
          .execute();
        await db.schema.alterTable('attempt').addColumn('reviewed_at', 'text').execute();
        await db.schema.alterTable('attempt').addColumn('reviewed_by', 'text').execute();
        await db.schema
          .createIndex('attempt_assignment_idx')
          .on('attempt')
          .columns(['assignment_id', 'user_id'])
          .execute();
        await db.schema
          .createTable('attempt_comment')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
          .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('point', 'integer')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('seen_at', 'text')
          .execute();
        await db.schema.createIndex('attempt_comment_attempt_idx').on('attempt_comment').column('attempt_id').execute();
        await db.schema
          .createTable('xapi_delivery')
          .addColumn('statement_id', 'text', (c) => c.primaryKey())
          .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
          .addColumn('statement', 'text', (c) => c.notNull())
          .addColumn('tries', 'integer', (c) => c.notNull())
          .addColumn('next_try_at', 'text', (c) => c.notNull())
          .addColumn('sent_at', 'text')
          .addColumn('last_error', 'text')
          .execute();
      },
    },
    '0004_option_order': {
      async up(db: Kysely<any>) {
        // The seed of the order an attempt's options were shown in (src/engine/option-order.ts); null for
        // attempts recorded before options were shuffled, which keep the source's order.
        await db.schema.alterTable('attempt').addColumn('seed', 'text').execute();
      },
    },
    '0005_typed_responses': {
      async up(db: Kysely<any>) {
        // Respond-first play (issue 16). The typed words travel in each choice event's JSON payload, like the
        // option's text, so they need no column; the attempt keeps how it was played (null: choose, as before).
        await db.schema.alterTable('attempt').addColumn('style', 'text').execute();
        // Whether an assignment offers or requires respond-first play; existing assignments are 'off'.
        await db.schema
          .alterTable('assignment')
          .addColumn('respond_first', 'text', (c) => c.notNull().defaultTo('off'))
          .execute();
        // A supervisor's rating of one typed response: one current rating per supervisor per point (re-rating
        // replaces it). The author is kept as null when their account goes, like a comment's.
        await db.schema
          .createTable('response_rating')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
          .addColumn('point', 'integer', (c) => c.notNull())
          .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('rating', 'integer', (c) => c.notNull().check(sql`rating between -2 and 2`))
          .addColumn('note', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('response_rating_author_uq', ['attempt_id', 'point', 'author_id'])
          .execute();
      },
    },
    '0006_lti': {
      async up(db: Kysely<any>) {
        // LTI 1.3 (issue 17). Everything lives here rather than in a process, so any app server answers any step.
        // A platform (an LMS) an administrator registered: its issuer and Rapport's client id there, and its endpoints.
        await db.schema
          .createTable('lti_platform')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('issuer', 'text', (c) => c.notNull())
          .addColumn('client_id', 'text', (c) => c.notNull())
          .addColumn('auth_url', 'text', (c) => c.notNull())
          .addColumn('token_url', 'text', (c) => c.notNull())
          .addColumn('jwks_url', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('lti_platform_issuer_client_uq', ['issuer', 'client_id'])
          .execute();
        await db.schema
          .createTable('lti_deployment')
          .addColumn('platform_id', 'text', (c) => c.notNull().references('lti_platform.id').onDelete('cascade'))
          .addColumn('deployment_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('lti_deployment_pk', ['platform_id', 'deployment_id'])
          .execute();
        // Rapport's own signing keys. The newest unretired key signs; a retired key is still published until it expires,
        // so a platform holding a token or a cached JWKS from before a rotation can still check it.
        await db.schema
          .createTable('lti_tool_key')
          .addColumn('kid', 'text', (c) => c.primaryKey())
          .addColumn('private_jwk', 'text', (c) => c.notNull())
          .addColumn('public_jwk', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('retired_at', 'text')
          .addColumn('expires_at', 'text')
          .execute();
        // One OIDC login in flight: the state and nonce Rapport sent to the platform, used once by the launch.
        await db.schema
          .createTable('lti_login')
          .addColumn('state', 'text', (c) => c.primaryKey())
          .addColumn('nonce', 'text', (c) => c.notNull())
          .addColumn('platform_id', 'text', (c) => c.notNull().references('lti_platform.id').onDelete('cascade'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        // Every nonce a launch has used, so an id_token is accepted once only.
        await db.schema
          .createTable('lti_nonce')
          .addColumn('nonce', 'text', (c) => c.primaryKey())
          .addColumn('used_at', 'text', (c) => c.notNull())
          .execute();
        // A person as the platform knows them (issuer and subject) and the Rapport account that is them.
        await db.schema
          .createTable('lti_user')
          .addColumn('issuer', 'text', (c) => c.notNull())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('lti_user_pk', ['issuer', 'subject'])
          .execute();
        await db.schema.createIndex('lti_user_user_idx').on('lti_user').column('user_id').execute();
        // An LMS course (context) and the cohort that mirrors it, with its roster service when the platform offers one.
        await db.schema
          .createTable('lti_context')
          .addColumn('platform_id', 'text', (c) => c.notNull().references('lti_platform.id').onDelete('cascade'))
          .addColumn('context_id', 'text', (c) => c.notNull())
          .addColumn('cohort_id', 'text', (c) => c.notNull().unique().references('cohort.id').onDelete('cascade'))
          .addColumn('memberships_url', 'text')
          .addColumn('lineitems_url', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('lti_context_pk', ['platform_id', 'context_id'])
          .execute();
        // An assignment made through deep linking: the line item its scores go to and how they are chosen.
        await db.schema
          .createTable('lti_link')
          .addColumn('assignment_id', 'text', (c) => c.primaryKey().references('assignment.id').onDelete('cascade'))
          .addColumn('platform_id', 'text', (c) => c.notNull().references('lti_platform.id').onDelete('cascade'))
          .addColumn('context_id', 'text', (c) => c.notNull())
          .addColumn('grade_policy', 'text', (c) => c.notNull().check(sql`grade_policy in ('best', 'latest')`))
          .addColumn('lineitem_url', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        // A score waiting for or sent to a platform's line item: one row per completed attempt, sent with retries.
        await db.schema
          .createTable('lti_grade')
          .addColumn('attempt_id', 'text', (c) => c.primaryKey().references('attempt.id').onDelete('cascade'))
          .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id').onDelete('cascade'))
          .addColumn('tries', 'integer', (c) => c.notNull())
          .addColumn('next_try_at', 'text', (c) => c.notNull())
          .addColumn('sent_at', 'text')
          .addColumn('score_given', float)
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0007_lti_continue': {
      async up(db: Kysely<any>) {
        // A launch's one-time way on (issue 17): inside the LMS's frame the session cookie may never reach Rapport,
        // so the launch leads to /lti/continue/ with a token that can sign the person in once, top-level, within
        // minutes. Only the token's SHA-256 is kept, so a copy of the table opens nothing.
        await db.schema
          .createTable('lti_continue')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0008_lti_user_email': {
      async up(db: Kysely<any>) {
        // The address the LMS gives for a person, shown beside them only (issue 17's security review): an LTI account's
        // own address is a non-deliverable one, so the platform's word never claims a real address in Rapport (the
        // owner could not sign up, and an SSO sign-in by that address could be linked to the LMS's account).
        await db.schema.alterTable('lti_user').addColumn('email', 'text').execute();
      },
    },
    '0009_lti_expiry_indexes': {
      async up(db: Kysely<any>) {
        // Expired logins and old nonces are deleted as new ones come (login.ts, validate.ts): by index, not a scan.
        await db.schema.createIndex('lti_login_expires_idx').on('lti_login').column('expires_at').execute();
        await db.schema.createIndex('lti_nonce_used_idx').on('lti_nonce').column('used_at').execute();
      },
    },
    '0010_authoring': {
      async up(db: Kysely<any>) {
        // Scenarios written in the browser (issue 15). A draft is private to its owner and co-authors; every save
        // is a numbered revision (never edited, so any two can be diffed); `revision` on the draft is the newest,
        // and a save names the revision it was based on so a save made on a stale copy is a conflict, not a loss.
        await db.schema
          .createTable('scenario_draft')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('slug', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          // null once the owner's account is erased (a draft under review may still be seen by its co-authors).
          .addColumn('owner_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          // draft | in_review | changes_requested | published (its revision became a release) | discarded
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('revision', 'integer', (c) => c.notNull())
          // The release this draft revises (null for a new scenario): the review diffs against it.
          .addColumn('base_version', 'integer')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('scenario_draft_slug_idx').on('scenario_draft').column('slug').execute();
        await db.schema.createIndex('scenario_draft_owner_idx').on('scenario_draft').column('owner_id').execute();
        await db.schema
          .createTable('draft_revision')
          .addColumn('draft_id', 'text', (c) => c.notNull().references('scenario_draft.id').onDelete('cascade'))
          .addColumn('number', 'integer', (c) => c.notNull())
          .addColumn('yaml', 'text', (c) => c.notNull())
          .addColumn('ink', 'text', (c) => c.notNull())
          .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          // The server's check of this revision: 'ok' (playable), 'errors', or 'pending' while the worker runs.
          .addColumn('check_status', 'text', (c) => c.notNull())
          // Diagnostics as JSON (file, line, severity, message), and the compiled bundle's hash when playable.
          .addColumn('diagnostics', 'text', (c) => c.notNull())
          .addColumn('hash', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('draft_revision_pk', ['draft_id', 'number'])
          .execute();
        await db.schema
          .createTable('draft_coauthor')
          .addColumn('draft_id', 'text', (c) => c.notNull().references('scenario_draft.id').onDelete('cascade'))
          .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
          .addColumn('added_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('draft_coauthor_pk', ['draft_id', 'user_id'])
          .execute();
        // One request for review of one revision, answered by one reviewer (never the draft's owner or a co-author).
        await db.schema
          .createTable('draft_review')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('draft_id', 'text', (c) => c.notNull().references('scenario_draft.id').onDelete('cascade'))
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('requested_by', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('reviewer_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          // pending | approved | changes_requested | withdrawn
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('summary', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('decided_at', 'text')
          .execute();
        await db.schema.createIndex('draft_review_draft_idx').on('draft_review').column('draft_id').execute();
        await db.schema.createIndex('draft_review_reviewer_idx').on('draft_review').column('reviewer_id').execute();
        // A reviewer's comment on one line of one file of the revision under review (line null: the whole draft).
        await db.schema
          .createTable('review_comment')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('review_id', 'text', (c) => c.notNull().references('draft_review.id').onDelete('cascade'))
          .addColumn('file', 'text', (c) => c.notNull())
          .addColumn('line', 'integer')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('review_comment_review_idx').on('review_comment').column('review_id').execute();
        // A scenario published from the browser: its slug (never a built-in's), whether it is listed, and which
        // release is live. Rolling back points `live_version` at an earlier release; nothing is ever rewritten.
        await db.schema
          .createTable('authored_scenario')
          .addColumn('slug', 'text', (c) => c.primaryKey())
          // active | retired (hidden from the catalogue; assignments and records keep working)
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('live_version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        // Each published version: immutable, named by the compiled story's content hash (its bundle is the
        // story_version row of that hash, which every app server reads), with the files it was built from.
        await db.schema
          .createTable('scenario_release')
          .addColumn('slug', 'text', (c) => c.notNull().references('authored_scenario.slug'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull().references('story_version.hash'))
          .addColumn('yaml', 'text', (c) => c.notNull())
          .addColumn('ink', 'text', (c) => c.notNull())
          .addColumn('draft_id', 'text', (c) => c.references('scenario_draft.id').onDelete('set null'))
          .addColumn('revision', 'integer')
          .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('approved_by', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('scenario_release_pk', ['slug', 'version'])
          .execute();
        // Who did what to which scenario or draft, and when: create, save, add co-author, submit, approve,
        // send back, publish, retire, restore, roll back, import. The actor is kept as null once erased.
        await db.schema
          .createTable('authoring_event')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('slug', 'text', (c) => c.notNull())
          .addColumn('draft_id', 'text')
          .addColumn('actor_id', 'text', (c) => c.references('user.id').onDelete('set null'))
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('detail', 'text')
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('authoring_event_slug_idx').on('authoring_event').columns(['slug', 'at']).execute();
      },
    },
    '0011_attempt_scenario_index': {
      async up(db: Kysely<any>) {
        // Item analysis reads one scenario's completed attempts (issue 14): by index, not a scan of every attempt,
        // which on SQLite reads each attempt's score report from disk on the way.
        await db.schema.createIndex('attempt_scenario_idx').on('attempt').columns(['scenario', 'status']).execute();
      },
    },
    '0012_attempt_score_summary': {
      async up(db: Kysely<any>) {
        // What the cohort CSV needs of each report, beside it (src/server/core/score-summary.ts, issue 14): a
        // sixth of the report to read. Every completed attempt's is written here from its report, a batch at a
        // time by id, so a large database is never held in memory at once. The shape is written out here rather
        // than by the module, so this migration does what it did whatever the module becomes.
        // On SQLite migrations run outside a transaction: a server stopped during the backfill leaves the column in
        // place with the migration unrecorded, so the next start adds it only if it is missing and backfills again.
        // (On PostgreSQL the migration is one transaction and is undone whole.)
        const has =
          dialect === 'sqlite' &&
          (await sql<{ name: string }>`select name from pragma_table_info('attempt')`.execute(db)).rows.some(
            (c) => c.name === 'score_summary',
          );
        if (!has) await db.schema.alterTable('attempt').addColumn('score_summary', 'text').execute();
        const BATCH = 500;
        for (let after = ''; ;) {
          const rows: { id: string; score: string }[] = await db
            .selectFrom('attempt')
            .select(['id', 'score'])
            .where('score', 'is not', null)
            .where('id', '>', after)
            .orderBy('id')
            .limit(BATCH)
            .execute();
          // One statement per batch, so a batch commits once (on SQLite migrations run outside a transaction, and a
          // commit, with its flush to disk, per row took 6 ms).
          if (rows.length > 0)
            await db
              .updateTable('attempt')
              .set({
                score_summary: sql`case id ${sql.join(
                  rows.map((r) => sql`when ${r.id} then ${summaryV1(r.score)}`),
                  sql` `,
                )} end`,
              })
              .where(
                'id',
                'in',
                rows.map((r) => r.id),
              )
              .execute();
          if (rows.length < BATCH) break;
          after = rows[rows.length - 1]!.id;
        }
      },
    },
  };
}
