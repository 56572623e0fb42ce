/**
 * The player's play after its opening: the scenario machine (with XState) and the recording of a signed-in trainee's
 * attempts. One chunk, which `Player.svelte` loads once the first choice is on offer or answered (or at once, when
 * the page cannot open on its first point: progress saved, an assignment, a preview), so the page's first choice
 * never waits for it.
 */
import { createActor } from 'xstate';
import { createScenarioMachine, type ScenarioDeps } from '../machines/scenario-machine.ts';
import type { ScenarioContext, ScenarioInput } from '../machines/scenario-context.ts';

export { Recording } from './recording.svelte.ts';

/**
 * The scenario machine's actor, not yet started: from its start (loading the bundle), or, `from` the player's
 * opening, in the state and with the context the opening reached (no entry action runs again).
 */
export function scenarioActor(
  deps: ScenarioDeps,
  input: ScenarioInput,
  from?: { value: unknown; context: ScenarioContext },
) {
  const machine = createScenarioMachine(deps);
  const snapshot = from
    ? machine.resolveState({
        value: from.value as Parameters<typeof machine.resolveState>[0]['value'],
        context: from.context,
      })
    : undefined;
  return createActor(machine, snapshot ? { input, snapshot } : { input });
}

export type ScenarioActor = ReturnType<typeof scenarioActor>;
