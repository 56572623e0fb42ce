/** The personal-data export on both databases: everything of the person's, nothing of anyone else's, no credentials. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, openApp, playIndependently, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const EXPORTED_AT = new Date('2026-04-01T12:00:00.000Z');

describe.each(DATABASES)('privacy export on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]), {}, { now: () => EXPORTED_AT });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('contains the person’s attempts and events, and neither their password hash nor anyone else’s data', async () => {
    const email = `export.${kind}@rapport.test`;
    const signedUp = await t.app.auth.api.signUpEmail({
      body: { email, password: 'lanterns over a still lake', name: 'Exporting Person' },
    });
    const person: Actor = { id: signedUp.user.id, role: 'trainee' };
    const stranger = await insertUser(t.app, 'trainee');

    const played = playIndependently(mini, [0, 2, 0]);
    const completed = crypto.randomUUID();
    await t.app.attempts.start(person, { id: completed, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    const eventIds: string[] = [];
    let seq = 0;
    for (const c of played.choices) {
      const eventId = crypto.randomUUID();
      eventIds.push(eventId);
      await t.app.attempts.record(person, completed, { eventId, seq: ++seq, type: 'choice', ...c });
    }
    const endId = crypto.randomUUID();
    eventIds.push(endId);
    await t.app.attempts.record(person, completed, {
      eventId: endId,
      seq: seq + 1,
      type: 'complete',
      reflection: 'I moved too fast at the invitation.',
    });
    const open = crypto.randomUUID();
    await t.app.attempts.start(person, { id: open, scenario: 'mini', storyHash: mini.hash, mode: 'practice' });
    const theirs = crypto.randomUUID();
    await t.app.attempts.start(stranger, { id: theirs, scenario: 'mini', storyHash: mini.hash, mode: 'practice' });

    const exported = await t.app.privacy.export(person);
    const text = JSON.stringify(exported);

    const stored = await t.app.db.kysely
      .selectFrom('account')
      .select(['password'])
      .where('userId', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(stored.password).toMatch(/^\$argon2id\$/);
    expect(text).not.toContain(stored.password!);
    // Nor any recognisable piece of it (the salt and the derived key).
    for (const part of stored.password!.split('$').slice(-2)) expect(text).not.toContain(part);
    const tokens = await t.app.db.kysely
      .selectFrom('session')
      .select('token')
      .where('userId', '=', person.id)
      .execute();
    expect(tokens.length).toBeGreaterThan(0);
    for (const { token } of tokens) expect(text).not.toContain(token);

    expect(exported).toMatchObject({
      exportedAt: EXPORTED_AT.toISOString(),
      format: 'rapport-personal-data/1',
      user: { id: person.id, email, name: 'Exporting Person', role: 'trainee', emailVerified: false },
      signInMethods: [{ provider: 'credential', accountId: null }],
    });
    expect(exported.sessions).toHaveLength(tokens.length);
    expect(exported.attempts.map((a) => a.id).sort()).toEqual([completed, open].sort());
    expect(text).not.toContain(theirs);
    expect(text).not.toContain(stranger.email);

    const done = exported.attempts.find((a) => a.id === completed)!;
    expect(done).toMatchObject({
      status: 'completed',
      overall: played.report.overall,
      band: played.report.band,
      reflection: 'I moved too fast at the invitation.',
    });
    expect(done.score).toEqual(played.report);
    expect(done.events.map((e) => [e.seq, e.id, e.type])).toEqual(
      eventIds.map((id, i) => [i + 1, id, i < played.choices.length ? 'choice' : 'complete']),
    );
    expect(done.events.slice(0, -1).map((e) => e.data)).toEqual(played.choices);
    expect(exported.attempts.find((a) => a.id === open)?.events).toEqual([]);
  });

  it('exports a person with no attempts and no password', async () => {
    const person = await insertUser(t.app, 'supervisor');
    const exported = await t.app.privacy.export(person);
    expect(exported).toMatchObject({
      user: { id: person.id, role: 'supervisor' },
      signInMethods: [],
      sessions: [],
      attempts: [],
      cohorts: [],
    });
  });

  it('lists the cohorts a person is in and those they supervise, and no one else’s', async () => {
    const trainee = await insertUser(t.app, 'trainee');
    const supervisor = await insertUser(t.app, 'supervisor');
    const db = t.app.db.kysely;
    const at = '2026-11-20T10:00:00.000Z';
    for (const [id, name] of [
      ['c-privacy-1', 'Tuesday group'],
      ['c-privacy-2', 'Other group'],
    ] as const) {
      await db
        .insertInto('cohort')
        .values({ id, name, created_by: supervisor.id, created_at: at, archived_at: null })
        .execute();
    }
    await db
      .insertInto('cohort_member')
      .values({ cohort_id: 'c-privacy-1', user_id: trainee.id, joined_at: at })
      .execute();
    await db
      .insertInto('cohort_supervisor')
      .values({ cohort_id: 'c-privacy-2', user_id: supervisor.id, added_at: at })
      .execute();
    expect((await t.app.privacy.export(trainee)).cohorts).toEqual([
      { id: 'c-privacy-1', name: 'Tuesday group', as: 'trainee', since: at },
    ]);
    expect((await t.app.privacy.export(supervisor)).cohorts).toEqual([
      { id: 'c-privacy-2', name: 'Other group', as: 'supervisor', since: at },
    ]);
  });
});
