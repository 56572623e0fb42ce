/**
 * The attempt protocol (src/lib/attempt-protocol.ts) is the one definition both sides keep to: every message the
 * outbox sends parses with the schema the server parses it with, every answer of the real service parses with the
 * answer schemas the outbox's types come from, and an option travels by its ink index alone, whatever order the
 * options were shown in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import {
  eventAnswer,
  eventMessage,
  problemAnswer,
  startAnswer,
  startMessage,
  type ChoiceMessage,
} from '../../src/lib/attempt-protocol.ts';
import type { RecordedChoice } from '../../src/engine/replay.ts';
import { createAttemptSyncMachine, recorderFor } from '../../src/machines/attempt-sync-machine.ts';
import { memoryProgressStore } from '../../src/machines/progress-store.ts';
import { createScenarioMachine } from '../../src/machines/scenario-machine.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { fakeApi, memoryStorage, type FakeApi } from './outbox-support.ts';

const mini = fixtureBundle('mini');
const uuid = () => crypto.randomUUID();

let api: FakeApi;
beforeAll(async () => {
  api = await fakeApi([mini]);
});
afterAll(async () => {
  await api?.close();
});

describe('the attempt messages', () => {
  const choice = { eventId: uuid(), seq: 1, type: 'choice', point: 0, index: 2, text: 'Say so.' };

  it('parse a start and each event as the server takes them', () => {
    expect(
      startMessage.parse({ id: uuid(), scenario: 'mini', storyHash: 'abc', mode: 'practice', seed: 'a-1' }),
    ).toMatchObject({
      mode: 'practice',
    });
    expect(eventMessage.parse(choice)).toEqual(choice);
    expect(eventMessage.parse({ eventId: uuid(), seq: 2, type: 'complete', reflection: 'Done.' })).toMatchObject({
      type: 'complete',
    });
  });

  it('refuse what the server must not store: unknown fields, an index that is no ink index, text it cannot keep', () => {
    const bad = [
      { ...choice, position: 0 },
      { ...choice, index: -1 },
      { ...choice, index: 1.5 },
      { ...choice, point: -1 },
      { ...choice, seq: 0 },
      { ...choice, text: 'a\u0000b' },
      { ...choice, type: 'skip' },
    ];
    for (const b of bad) expect(eventMessage.safeParse(b).success, JSON.stringify(b)).toBe(false);
    const start = { id: uuid(), scenario: 'mini', storyHash: 'abc', mode: 'practice' };
    expect(startMessage.safeParse({ ...start, mode: 'exam' }).success).toBe(false);
    expect(startMessage.safeParse({ ...start, seed: 'no spaces' }).success).toBe(false);
    expect(startMessage.safeParse({ ...start, id: 'not-a-uuid' }).success).toBe(false);
  });

  it('a choice, stripped of its envelope, is what the server stores and replays', () => {
    const {
      eventId: _e,
      seq: _s,
      type: _t,
      ...payload
    } = eventMessage.parse(choice) as Extract<ReturnType<typeof eventMessage.parse>, { type: 'choice' }>;
    const stored: RecordedChoice = payload satisfies ChoiceMessage;
    expect(stored).toEqual({ point: 0, index: 2, text: 'Say so.' });
  });
});

describe('the player, the outbox and the service keep to it', () => {
  it('every request the outbox sends parses, every answer parses, and the choices carry the ink index clicked', async () => {
    const outbox = createActor(
      createAttemptSyncMachine({ fetch: api.fetch, storage: memoryStorage(), key: 'protocol' }),
    );
    outbox.start();
    const player = createActor(
      createScenarioMachine({
        loadBundle: async () => structuredClone(mini),
        store: memoryProgressStore(),
        recorder: recorderFor(outbox),
      }),
      { input: { slug: 'mini' } },
    );
    player.start();
    await waitFor(player, (s) => s.matches('briefing'));
    player.send({ type: 'briefing.start', mode: 'practice' });
    const clicked: number[] = [];
    while (player.getSnapshot().matches({ playing: 'awaitingChoice' })) {
      // The last option on screen, so the order shown and the ink order differ somewhere on the way.
      const shown = player.getSnapshot().context.options;
      const option = shown.at(-1)!;
      clicked.push(option.index);
      player.send({ type: 'choice.select', index: option.index });
      if (player.getSnapshot().matches({ playing: 'feedback' })) player.send({ type: 'feedback.continue' });
    }
    player.send({ type: 'reflection.submit', text: 'By the protocol.' });
    await waitFor(outbox, (s) => s.matches('idle') && s.context.queue.length === 0, { timeout: 5000 });

    const id = player.getSnapshot().context.attemptId;
    const mine = api.sent.filter((s) => (s.url === '/api/attempts' ? s.body.id === id : s.url.includes(id)));
    expect(mine.length).toBe(clicked.length + 2);
    for (const { url, body, status } of mine) {
      expect(status).toBe(201);
      expect(
        (url === '/api/attempts' ? startMessage : eventMessage).safeParse(body).success,
        JSON.stringify(body),
      ).toBe(true);
    }
    expect(mine.filter((s) => s.body.type === 'choice').map((s) => s.body.index)).toEqual(clicked);
    // The server's replay, in the order the trainee saw, finds the option clicked at every point.
    const { replay } = await api.t.app.attempts.get(api.user, id);
    expect(replay!.points.map((p) => p.options[p.chosen]!.index)).toEqual(clicked);
    expect(replay!.points.map((p) => p.options.map((o) => o.index))).toEqual(
      player.getSnapshot().context.points.map((p) => p.options.map((o) => o.index)),
    );
    outbox.stop();
    player.stop();
  });

  it('the service answers a start, an event and a refusal in the shapes the outbox reads', async () => {
    const id = uuid();
    const start = await api.fetch('/api/attempts', {
      body: JSON.stringify({ id, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' }),
    });
    expect(startAnswer.parse(await start.json()).attempt.id).toBe(id);
    const event = { eventId: uuid(), seq: 1, type: 'choice', point: 0, index: 0 };
    const recorded = await api.fetch(`/api/attempts/${id}/events`, { body: JSON.stringify(event) });
    expect(eventAnswer.parse(await recorded.json())).toMatchObject({
      seq: 1,
      duplicate: false,
      attempt: { status: 'in_progress' },
    });
    const late = await api.fetch(`/api/attempts/${id}/events`, { body: JSON.stringify({ ...event, eventId: uuid() }) });
    expect(late.status).toBe(409);
    expect(problemAnswer.parse(await late.json()).error).toMatchObject({ status: 409, expectedSeq: 2 });
  });
});
