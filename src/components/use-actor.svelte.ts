/**
 * A small runes adapter for XState 5: the actor starts when the component mounts (never during
 * server rendering) and its snapshot is reactive state.
 */
import { createActor, type ActorOptions, type AnyActorLogic, type SnapshotFrom } from 'xstate';

export function useActor<TLogic extends AnyActorLogic>(logic: TLogic, options?: ActorOptions<TLogic>) {
  const actor = createActor(logic, options);
  let snapshot = $state.raw(actor.getSnapshot() as SnapshotFrom<TLogic>);
  $effect(() => {
    const subscription = actor.subscribe((next) => {
      snapshot = next as SnapshotFrom<TLogic>;
    });
    actor.start();
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  });
  return {
    get snapshot() {
      return snapshot;
    },
    send: actor.send.bind(actor) as typeof actor.send,
  };
}
