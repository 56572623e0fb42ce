/**
 * Playing for an assignment: the scenario page reads `?assignment=<id>&mode=<mode>`, and the attempt is
 * started for the assignment only when it is played in the assignment's mode; the outbox sends the id.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { createAttemptSyncMachine } from '../../src/machines/attempt-sync-machine.ts';
import {
  assignedAttempts,
  assignmentFromUrl,
  forAssignment,
  type AttemptRecorder,
  type AttemptStart,
} from '../../src/machines/recorder.ts';

const ID = '0b6f7f5e-8d1c-4c1a-9a43-2f6f4c7d9e10';

describe('playing for an assignment', () => {
  it('reads the assignment and its mode from the address, and nothing else', () => {
    expect(assignmentFromUrl(`?assignment=${ID}&mode=assessment`)).toEqual({ id: ID, mode: 'assessment' });
    expect(assignmentFromUrl(`?mode=practice&assignment=${ID}`)).toEqual({ id: ID, mode: 'practice' });
    expect(assignmentFromUrl('')).toBeNull();
    expect(assignmentFromUrl(`?assignment=${ID}`)).toBeNull();
    expect(assignmentFromUrl(`?assignment=${ID}&mode=exam`)).toBeNull();
    expect(assignmentFromUrl('?assignment=not-an-id&mode=practice')).toBeNull();
  });

  it('starts an attempt in the assigned mode for the assignment, and one in another mode as ordinary practice', () => {
    const starts: AttemptStart[] = [];
    const calls: string[] = [];
    const target: AttemptRecorder = {
      start: (a) => starts.push(a),
      choice: (id) => calls.push(`choice:${id}`),
      complete: (id) => calls.push(`complete:${id}`),
    };
    const r = forAssignment(target, { id: ID, mode: 'assessment' });
    r.start({ attemptId: 'a', scenario: 's', storyHash: 'h', mode: 'assessment' });
    r.start({ attemptId: 'b', scenario: 's', storyHash: 'h', mode: 'practice' });
    r.choice('a', { point: 0, index: 1, text: 'x' });
    r.complete('a', 'done');
    expect(starts).toEqual([
      { attemptId: 'a', scenario: 's', storyHash: 'h', mode: 'assessment', assignmentId: ID },
      { attemptId: 'b', scenario: 's', storyHash: 'h', mode: 'practice' },
    ]);
    expect(calls).toEqual(['choice:a', 'complete:a']);
  });

  it('the outbox sends the assignment id with the start, and no id when there is none', async () => {
    const bodies: Record<string, unknown>[] = [];
    const actor = createActor(
      createAttemptSyncMachine({
        key: 'test',
        fetch: async (_url, init) => {
          const body = JSON.parse(String(init.body)) as Record<string, unknown>;
          bodies.push(body);
          return { status: 201, json: async () => ({ attempt: { id: body.id } }) };
        },
      }),
    );
    actor.start();
    actor.send({
      type: 'attempt.start',
      attemptId: 'one',
      scenario: 's',
      storyHash: 'h',
      mode: 'assessment',
      assignmentId: ID,
    });
    actor.send({ type: 'attempt.start', attemptId: 'two', scenario: 's', storyHash: 'h', mode: 'practice' });
    await waitFor(actor, (s) => s.context.queue.length === 0);
    expect(bodies).toEqual([
      { id: 'one', scenario: 's', storyHash: 'h', mode: 'assessment', assignmentId: ID },
      { id: 'two', scenario: 's', storyHash: 'h', mode: 'practice' },
    ]);
    actor.stop();
  });

  it('with attempts left, each start in the assignment’s mode is for it and uses one; with none, it is practice outside it', () => {
    const starts: AttemptStart[] = [];
    const target: AttemptRecorder = { start: (a) => starts.push(a), choice: () => {}, complete: () => {} };
    let left = 2;
    const used: string[] = [];
    const practised: string[] = [];
    const r = forAssignment(
      target,
      { id: ID, mode: 'practice' },
      {
        left: () => left,
        use: (id) => {
          used.push(id);
          left -= 1;
        },
        practise: (id) => practised.push(id),
      },
    );
    for (const id of ['a', 'b', 'c']) r.start({ attemptId: id, scenario: 's', storyHash: 'h', mode: 'practice' });
    r.start({ attemptId: 'd', scenario: 's', storyHash: 'h', mode: 'assessment' });
    expect(starts.map((s) => [s.attemptId, s.assignmentId ?? null])).toEqual([
      ['a', ID],
      ['b', ID],
      ['c', null],
      ['d', null],
    ]);
    expect(used).toEqual(['a', 'b']);
    // Only an attempt the assignment would have taken is practice "outside it"; another mode never was for it.
    expect(practised).toEqual(['c']);
  });

  it('an assignment that sets no limit takes every attempt in its mode', () => {
    const starts: AttemptStart[] = [];
    const target: AttemptRecorder = { start: (a) => starts.push(a), choice: () => {}, complete: () => {} };
    const r = forAssignment(
      target,
      { id: ID, mode: 'assessment' },
      { left: () => null, use: () => {}, practise: () => {} },
    );
    for (const id of ['a', 'b', 'c']) r.start({ attemptId: id, scenario: 's', storyHash: 'h', mode: 'assessment' });
    expect(starts.every((s) => s.assignmentId === ID)).toBe(true);
  });

  it('reads the assignment’s attempts for the scenario from the answer of /api/assignments, and nothing else', () => {
    const answer = {
      assignments: [
        {
          id: 'other',
          title: 'Other',
          mode: 'practice',
          attemptsAllowed: 5,
          scenarioStatus: [{ slug: 'gift', attemptsLeft: 5 }],
        },
        {
          id: ID,
          title: 'Gifts, twice',
          mode: 'practice',
          attemptsAllowed: 2,
          scenarioStatus: [
            { slug: 'gift', attemptsLeft: 0 },
            { slug: 'fee', attemptsLeft: 2 },
          ],
        },
      ],
    };
    expect(assignedAttempts(answer, ID, 'gift')).toEqual({
      title: 'Gifts, twice',
      mode: 'practice',
      allowed: 2,
      left: 0,
      respondFirst: 'off',
    });
    expect(assignedAttempts(answer, ID, 'fee')).toMatchObject({ left: 2 });
    expect(assignedAttempts(answer, ID, 'missing')).toBeNull();
    expect(assignedAttempts(answer, 'nope', 'gift')).toBeNull();
    expect(assignedAttempts(null, ID, 'gift')).toBeNull();
    expect(assignedAttempts({ error: { status: 401 } }, ID, 'gift')).toBeNull();
    const unlimited = {
      assignments: [
        {
          id: ID,
          title: 'Any',
          mode: 'assessment',
          attemptsAllowed: null,
          scenarioStatus: [{ slug: 'gift', attemptsLeft: null }],
        },
      ],
    };
    expect(assignedAttempts(unlimited, ID, 'gift')).toEqual({
      title: 'Any',
      mode: 'assessment',
      allowed: null,
      left: null,
      respondFirst: 'off',
    });
    // Respond-first (issue 16) as the assignment sets it; anything else is off.
    const withStyle = (respondFirst: unknown) => ({ assignments: [{ ...unlimited.assignments[0], respondFirst }] });
    expect(assignedAttempts(withStyle('required'), ID, 'gift')?.respondFirst).toBe('required');
    expect(assignedAttempts(withStyle('offered'), ID, 'gift')?.respondFirst).toBe('offered');
    expect(assignedAttempts(withStyle('always'), ID, 'gift')?.respondFirst).toBe('off');
  });
});
