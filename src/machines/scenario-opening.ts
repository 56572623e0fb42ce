// Over 300 lines: the opening mirrors the scenario machine's states it can be in, one method each, with their long reasons; apart, the mirror could not be read against the machine.
/**
 * The player's opening: a scenario played the ordinary way (choices, and Continue after practice feedback) without
 * the scenario machine's code (XState) and, up to the answer to the first choice, without the ink runtime either.
 * The page carries the briefing, the first point and what each first option leads to (src/engine/first-point.ts);
 * this plays them, then the story once it has loaded, with the same steps as the machine in the order the machine
 * takes them (scenario-steps.ts and scenario-recording.ts), so the context it reaches is the one the machine reaches
 * by the same events (test/machines/scenario-opening.test.ts plays whole scenarios both ways). What needs the story
 * itself, the ink states, comes when it has loaded (`storyReady`): the play so far is run again on it, which gives
 * the same lines and options with their ink states and evidence. Progress saved before that has no ink state, and a
 * reload rebuilds it from the choices (scenario-steps.ts's `rebuiltInk`).
 *
 * At any other event (going back, stepping out, the reflection, respond-first play), or one it cannot take yet, the
 * player hands the state to the machine (`createScenarioMachine`'s `runner` and `machine.resolveState({ value,
 * context })`), which plays on from there. Not an XState machine, on purpose: no choice the trainee makes in the
 * ordinary way waits for XState's code, or runs it (on a throttled phone it cost more than the story itself).
 */
import type { ScenarioBundle } from '../engine/bundle.ts';
import { pageAnswerOptions, seedShowing, type Opening } from '../engine/first-point.ts';
import { orderOptions } from '../engine/option-order.ts';
import type { StoryOption, StoryRunner } from '../engine/story-runner.ts';
import type { Mode, ProgressStore, SavedPhase, TranscriptEntry } from './progress-store.ts';
import type { AttemptRecorder } from './recorder.ts';
import { initialContext, noResponse, type ScenarioContext, type ScenarioEvent } from './scenario-context.ts';
import { recordingActions } from './scenario-recording.ts';
import { advanced, chosen, freshPlay, loadedContext, lookedAhead, persisted } from './scenario-steps.ts';

/** The machine's state values the opening can be in (a subset of scenario-machine.ts's). */
export type OpeningValue =
  'briefing' | 'storyError' | 'reflection' | { playing: 'awaitingChoice' } | { playing: 'feedback' };

/** What an XState snapshot offers the player's template: the state value, the context, and `matches`. */
export interface ViewSnapshot {
  value: unknown;
  context: ScenarioContext;
  matches(query: string | Record<string, string>): boolean;
}

/** XState's `matches` for the state values the player asks about: a top state, or `{ parent: child }`. */
export function matchesValue(value: unknown, query: string | Record<string, string>): boolean {
  if (typeof query === 'string')
    return value === query || (typeof value === 'object' && value !== null && query in value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(query).every(([k, v]) => (value as Record<string, unknown>)[k] === v);
}

export const viewOf = (value: unknown, context: ScenarioContext): ViewSnapshot => ({
  value,
  context,
  matches: (query) => matchesValue(value, query),
});

export interface OpeningDeps {
  store: ProgressStore;
  /** Told of the attempt's start and first choice, as the machine tells it (a deferred recorder until it is known who plays). */
  recorder?: AttemptRecorder | undefined;
  now?: () => Date;
  newId?: () => string;
  /** Called with every new snapshot. */
  onchange: (snapshot: ViewSnapshot) => void;
}

export class ScenarioOpening {
  readonly opening: Opening;
  snapshot: ViewSnapshot;
  /** The story, once it has loaded. */
  runner: StoryRunner | null = null;
  #deps: OpeningDeps;
  #record: ReturnType<typeof recordingActions>;
  #bundle: ScenarioBundle | null = null;
  /** A first choice the page has no answer for, waiting for the story. */
  #held: ScenarioEvent | null = null;

  constructor(input: { slug: string; mode: Mode }, opening: Opening, deps: OpeningDeps) {
    this.opening = opening;
    this.#deps = deps;
    this.#record = recordingActions(deps.recorder);
    this.snapshot = viewOf('briefing', {
      ...initialContext(input),
      meta: opening.meta,
      hash: opening.hash,
      pathPoints: opening.points,
    });
  }

  get #context(): ScenarioContext {
    return this.snapshot.context;
  }

  #set(value: OpeningValue, context: ScenarioContext): void {
    this.snapshot = viewOf(value, context);
    this.#deps.onchange(this.snapshot);
  }

  #persist(context: ScenarioContext, phase: SavedPhase): ScenarioContext {
    return { ...context, ...persisted(this.#deps.store, context, phase, (this.#deps.now ?? (() => new Date()))()) };
  }

  /**
   * The attempt's seed, drawn before Begin (`drawSeed`), so the first point is ordered by it like every later one; null
   * while the first point is still in the order the page shows it.
   */
  #seed: string | null = null;

  /**
   * Draws the attempt's seed while the first point is still hidden behind the briefing: the player does so when it runs
   * before Begin (as it nearly always does), and the first point is shown in an order new to this attempt, as every
   * later point is. When Begin came before the player ran, the page's order was shown, and `#begin` draws a seed that
   * shows it instead (first-point.ts).
   */
  drawSeed(): void {
    if (this.snapshot.value !== 'briefing') return;
    this.#seed = (this.#deps.newId ?? (() => crypto.randomUUID()))();
    this.#set('briefing', this.#context);
  }

  /** The first option whose answer the page showed before the player ran (opening-capture.ts), if any. */
  #pageAnswer: number | null = null;

  /**
   * The page showed the answer to first option `index` before the player ran (Begin and the click both came first, in
   * assessment play): the attempt's seed is drawn to show that answer's next options in the page's order too.
   */
  pageAnswerShown(index: number): void {
    if (this.snapshot.value === 'briefing' && this.opening.answers[index]) this.#pageAnswer = index;
  }

  /** The first options in the order they are shown: the attempt's seed's once drawn, else the page's. */
  get firstOptions(): StoryOption[] {
    return this.#seed === null ? this.opening.options : orderOptions(this.#storyOrder(), this.#seed, 0);
  }

  #storyOrder(): StoryOption[] {
    return [...this.opening.options].sort((a, b) => a.index - b.index);
  }

  /** The event waiting for the story (a choice the page has no answer for, or Continue), when there is one. */
  get holding(): boolean {
    return this.#held !== null;
  }

  /** The choice waiting for the story, by its ink index. */
  get heldIndex(): number | null {
    return this.#held?.type === 'choice.select' ? this.#held.index : null;
  }

  /**
   * The bundle has loaded (its rubric and map join the context). False, with nothing changed, when it is not the
   * version the page was made from (one was published meanwhile): the machine must take over from its start.
   */
  bundleArrived(bundle: ScenarioBundle): boolean {
    if (bundle.hash !== this.opening.hash) return false;
    this.#bundle = bundle;
    this.#set(this.snapshot.value as OpeningValue, { ...this.#context, ...loadedContext(bundle) });
    return true;
  }

  /**
   * The story is ready (built from the bundle that arrived): the play so far is run again on it, as the machine would
   * have run it, for its ink states and evidence; then a held first choice is made.
   */
  storyReady(runner: StoryRunner): void {
    this.runner = runner;
    const c = this.#context;
    if (this.snapshot.value === 'briefing') return;
    const base: ScenarioContext = {
      ...c,
      ...loadedContext(this.#bundle!),
      ...freshPlay(c.mode, 'choose', c.attemptId, c.seed!),
    };
    const first = c.points[0];
    if (!first) {
      this.#narrate(base);
    } else {
      const index = first.options[first.chosen]!.index;
      const atFirst = { ...base, ...advanced(runner, base) };
      this.#afterChoice({ ...atFirst, ...chosen(runner, atFirst, { type: 'choice.select', index }) });
    }
    const held = this.#held;
    this.#held = null;
    if (held) this.send(held);
  }

  /**
   * Handles `event` as the machine would, when it is one the opening handles; false when the machine must (the player
   * hands over and sends it on). An event the machine would ignore here is ignored, and true.
   */
  send(event: ScenarioEvent): boolean {
    const { value } = this.snapshot;
    if (value === 'briefing' && event.type === 'briefing.start') {
      if ((event.style ?? 'choose') !== 'choose') return false;
      this.#begin(event.mode ?? this.#context.mode);
      return true;
    }
    const waiting = matchesValue(value, { playing: 'awaitingChoice' }) && event.type === 'choice.select';
    const reading = matchesValue(value, { playing: 'feedback' }) && event.type === 'feedback.continue';
    if (!waiting && !reading) return false;
    if (waiting && !this.#context.options.some((o) => o.index === event.index)) return true; // not on offer: ignored
    if (this.runner) {
      // In assessment play the next lines follow at once: the state after the choice need not be written out.
      if (waiting) this.#choose(event, (c) => chosen(this.runner!, c, event, c.mode === 'assessment'));
      else this.#narrate(this.#context);
    } else if (waiting && this.#context.points.length === 0 && this.opening.answers[event.index]) {
      this.#choose(event, (c) => this.#chosenFromPage(c, event.index));
    } else {
      this.#held ??= event; // the first counts; the rest wait with it
      this.#set(value as OpeningValue, this.#context);
    }
    return true;
  }

  /**
   * The machine's `story.lookAhead` (taken in awaitingChoice and feedback): while the trainee reads, what the next
   * click leads to is worked out, once the story has loaded. Not an event of `send`, which would hand over to the
   * machine for it.
   */
  lookAhead(): void {
    const { value } = this.snapshot;
    const idle = matchesValue(value, { playing: 'awaitingChoice' }) || matchesValue(value, { playing: 'feedback' });
    if (this.runner && idle) lookedAhead(this.runner, this.#context);
  }

  /** `briefing.start`: the machine's startFresh and recordStart, then narrating. */
  #begin(mode: Mode): void {
    const { store, newId = () => crypto.randomUUID() } = this.#deps;
    const c = this.#context;
    store.clear(c.slug);
    const attemptId = newId();
    // Begun before the player ran: the page's order was shown, and the answer's too when the page showed it.
    const first = {
      options: this.opening.options,
      shown: this.opening.options.map((o) => o.source),
      fixed: this.opening.fixed,
    };
    const answered = this.#pageAnswer === null ? null : this.opening.answers[this.#pageAnswer];
    const shown = this.#pageAnswer === null ? null : pageAnswerOptions(this.opening, this.#pageAnswer);
    const points =
      answered && shown
        ? [first, { options: answered.options, shown: shown.map((o) => o.source), fixed: answered.fixed }]
        : [first];
    const seed = this.#seed ?? seedShowing(points, newId) ?? newId();
    const context: ScenarioContext = { ...c, ...freshPlay(mode, 'choose', attemptId, seed) };
    this.#record.recordStart({ context });
    if (this.runner) return this.#narrate(context);
    // The first point as the page has it (the story's own, when it has loaded, is the same).
    const transcript: TranscriptEntry[] = this.opening.lines.map((line, id) => ({ kind: 'line', id, point: 0, line }));
    // Ordered from the story's own order, as `advanced` orders the runner's.
    const options = orderOptions(this.#storyOrder(), seed, 0);
    this.#offered({
      ...context,
      transcript,
      options,
      ending: this.opening.ending,
      alliance: this.opening.alliance ? [this.opening.alliance] : [],
      nextId: transcript.length,
    });
  }

  /** The machine's playing.narrating: advance, then an error, the end, or the options on offer (each saved). */
  #narrate(context: ScenarioContext): void {
    this.#offered({ ...context, ...advanced(this.runner!, context) });
  }

  #offered(next: ScenarioContext): void {
    if (next.error !== null) return this.#set('storyError', next);
    if (next.options.length === 0) return this.#set('reflection', this.#persist(next, 'reflection'));
    this.#set({ playing: 'awaitingChoice' }, this.#persist(next, 'awaitingChoice'));
  }

  /** The machine's awaitingChoice → chosen: choose and record, then what follows. */
  #choose(event: ScenarioEvent, choose: (c: ScenarioContext) => Partial<ScenarioContext>): void {
    const next = { ...this.#context, ...choose(this.#context) };
    this.#record.recordChoice({ context: next, event });
    this.#afterChoice(next);
  }

  /** The machine's chosen: an error, feedback in practice, else the next lines. */
  #afterChoice(next: ScenarioContext): void {
    if (next.error !== null) return this.#set('storyError', next);
    if (next.mode === 'practice') return this.#set({ playing: 'feedback' }, this.#persist(next, 'feedback'));
    if (this.runner) return this.#narrate(next);
    // The next lines as the page has them, as `advanced` would add them.
    const answer = this.opening.answers[next.points[0]!.options[next.points[0]!.chosen]!.index]!;
    let id = next.nextId;
    const added: TranscriptEntry[] = answer.lines.map((line) => ({ kind: 'line', id: id++, point: 1, line }));
    const options = answer.options.map((o, k) => ({
      ...o,
      evidence:
        k === 0 && answer.fixed
          ? { rubric: [], feedback: null, critical: null, contested: false, fixedOrder: true as const }
          : { rubric: [], feedback: null, critical: null, contested: false },
    }));
    this.#offered({
      ...next,
      transcript: [...next.transcript, ...added],
      options: orderOptions(options, next.seed, 1),
      ending: answer.ending ?? next.ending,
      alliance: answer.alliance ? [...next.alliance, answer.alliance] : next.alliance,
      nextId: id,
      ...noResponse,
    });
  }

  /** `chosen` without the story: the point is kept with no ink state yet (the story's run fills it in). */
  #chosenFromPage(c: ScenarioContext, index: number): Partial<ScenarioContext> {
    const option = c.options.find((o) => o.index === index)!;
    return {
      ink: null,
      points: [
        { options: c.options, chosen: c.options.indexOf(option), inkBefore: '', transcriptBefore: c.transcript.length },
      ],
      transcript: [...c.transcript, { kind: 'you', id: c.nextId, point: 0, text: option.text }],
      options: [],
      nextId: c.nextId + 1,
      ...noResponse,
    };
  }
}
