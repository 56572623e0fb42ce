/**
 * Discarding a draft from its editor (issue 15), with the API call answered by hand: asked first, cancelled without
 * a request, refused with the server's sentence (the draft kept, the question still open), then discarded.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { DraftSummary } from '../../src/lib/authoring-types.ts';
import { canDiscard, createDiscardMachine } from '../../src/machines/draft-discard-machine.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

function discarding() {
  const calls: { resolve: (d: DraftSummary) => void; reject: (e: Error) => void }[] = [];
  const told: DraftSummary[] = [];
  const actor = createActor(
    createDiscardMachine({
      discard: () => new Promise((resolve, reject) => calls.push({ resolve, reject })),
      discarded: (draft) => told.push(draft),
    }),
  ).start();
  return { actor, calls, told, value: () => actor.getSnapshot().value };
}

describe('the discard machine', () => {
  it('asks first; cancelling sends nothing', () => {
    const d = discarding();
    d.actor.send({ type: 'discard.confirm' });
    expect(d.value()).toBe('idle');
    d.actor.send({ type: 'discard.ask' });
    expect(d.value()).toBe('confirming');
    d.actor.send({ type: 'discard.cancel' });
    expect(d.value()).toBe('idle');
    expect(d.calls).toHaveLength(0);
  });

  it('a refusal keeps the question open with the server’s reason; a second try discards', async () => {
    const d = discarding();
    d.actor.send({ type: 'discard.ask' });
    d.actor.send({ type: 'discard.confirm' });
    expect(d.value()).toBe('discarding');
    // Confirming twice while it runs sends one request.
    d.actor.send({ type: 'discard.confirm' });
    expect(d.calls).toHaveLength(1);
    d.calls[0]!.reject(
      new Error('This draft has been published; retire the scenario instead of discarding the draft.'),
    );
    await tick();
    expect(d.value()).toBe('confirming');
    expect(d.actor.getSnapshot().context.error).toBe(
      'The draft was not discarded: This draft has been published; retire the scenario instead of discarding the draft.',
    );
    expect(d.actor.getSnapshot().context.discarded).toBeNull();
    expect(d.told).toEqual([]);

    d.actor.send({ type: 'discard.confirm' });
    expect(d.actor.getSnapshot().context.error).toBe(
      'The draft was not discarded: This draft has been published; retire the scenario instead of discarding the draft.',
    );
    const gone = { id: 'd-1', status: 'discarded' } as DraftSummary;
    d.calls[1]!.resolve(gone);
    await tick();
    expect(d.value()).toBe('discarded');
    expect(d.actor.getSnapshot().context).toMatchObject({ discarded: gone, error: null });
    expect(d.told).toEqual([gone]);
    d.actor.send({ type: 'discard.ask' });
    expect(d.value()).toBe('discarded');
  });

  it('asking again after a refusal and a cancel starts without the old reason', async () => {
    const d = discarding();
    d.actor.send({ type: 'discard.ask' });
    d.actor.send({ type: 'discard.confirm' });
    d.calls[0]!.reject(new Error('Rapport’s server did not answer.'));
    await tick();
    d.actor.send({ type: 'discard.cancel' });
    d.actor.send({ type: 'discard.ask' });
    expect(d.actor.getSnapshot().context.error).toBeNull();
  });

  it('only an author of a draft never published may discard it', () => {
    expect(canDiscard({ mine: true, status: 'draft' })).toBe(true);
    expect(canDiscard({ mine: true, status: 'changes_requested' })).toBe(true);
    expect(canDiscard({ mine: true, status: 'in_review' })).toBe(true);
    expect(canDiscard({ mine: true, status: 'published' })).toBe(false);
    expect(canDiscard({ mine: true, status: 'discarded' })).toBe(false);
    expect(canDiscard({ mine: false, status: 'draft' })).toBe(false);
  });
});
