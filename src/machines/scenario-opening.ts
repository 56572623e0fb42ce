/**
 * The player's opening: a scenario from its briefing to the answer to its first choice, before the scenario machine's
 * code (XState, about 13 KB of the page's JS) has loaded. The page carries the briefing and the first point as HTML
 * (src/engine/first-point.ts); this runs them, with the same steps as the machine (scenario-steps.ts) taken in the
 * order the machine takes them, so the context it reaches is the one the machine would have reached. Once the first
 * choice is answered, or at any event it does not handle, the player hands its state to the machine
 * (`createScenarioMachine`'s `runner` and `machine.resolveState({ value, context })`), which goes on from there.
 *
 * Not an XState machine, on purpose: the whole point is to need none before the first choice. It handles only the
 * ordinary way in: `briefing.start` in the choose style, and the first `choice.select`. A choice made while the
 * story is still loading is held and made as soon as the story is ready.
 */
import type { ScenarioBundle } from '../engine/bundle.ts';
import { seedShowing, type Opening } from '../engine/first-point.ts';
import { StoryRunner } from '../engine/story-runner.ts';
import type { Mode, ProgressStore, SavedPhase, TranscriptEntry } from './progress-store.ts';
import type { AttemptRecorder } from './recorder.ts';
import { initialContext, type ScenarioContext, type ScenarioEvent } from './scenario-context.ts';
import { recordingActions } from './scenario-recording.ts';
import { advanced, chosen, freshPlay, loadedContext, persisted } from './scenario-steps.ts';

/** The machine's state values the opening can be in (a subset of scenario-machine.ts's). */
export type OpeningValue =
  'briefing' | 'loadFailed' | 'storyError' | 'reflection' | { playing: 'awaitingChoice' } | { playing: 'feedback' };

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
  /** The story, once the bundle has loaded. */
  runner: StoryRunner | null = null;
  #deps: OpeningDeps;
  #record: ReturnType<typeof recordingActions>;
  /** A choice made before the story was ready. */
  #held: ScenarioEvent | null = null;
  /** Where it was when the bundle failed to load, to go back to on a retry. */
  #beforeFailure: OpeningValue | null = null;

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
   * The bundle has loaded: the story is built, and what waited for it goes on. False, with nothing changed, when the
   * bundle is not the version the page was made from (a new one was published meanwhile): the machine takes over.
   */
  loaded(bundle: ScenarioBundle): boolean {
    if (bundle.hash !== this.opening.hash) return false;
    this.runner = new StoryRunner(bundle.ink as object);
    const value = this.#beforeFailure ?? (this.snapshot.value as OpeningValue);
    this.#beforeFailure = null;
    const context = { ...this.#context, ...loadedContext(bundle) };
    if (value === 'briefing') return (this.#set('briefing', context), true);
    // Begun while loading: the first point shown from the page is now the story's own (the same lines and options).
    this.#narrate({ ...context, transcript: [], options: [], nextId: 0 });
    const held = this.#held;
    this.#held = null;
    if (held) this.send(held);
    return true;
  }

  /** The bundle could not be loaded: says so, with a way to try again (the player fetches it again). */
  failed(error: unknown): void {
    if (this.snapshot.value !== 'loadFailed') this.#beforeFailure = this.snapshot.value as OpeningValue;
    this.#set('loadFailed', {
      ...this.#context,
      error: `The scenario could not be loaded (${(error as Error)?.message ?? 'unknown error'}). Check your connection and try again.`,
    });
  }

  /** Trying again after a failed load: back to where it was, while the bundle is fetched again. */
  retrying(): void {
    if (this.snapshot.value === 'loadFailed' && this.#beforeFailure)
      this.#set(this.#beforeFailure, { ...this.#context, error: null });
  }

  /** A choice is waiting for the story to load. */
  get holding(): boolean {
    return this.#held !== null;
  }

  /** The first choice has been made (and answered): from here on the machine plays. */
  get done(): boolean {
    return this.#context.points.length > 0;
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
    if (matchesValue(value, { playing: 'awaitingChoice' }) && event.type === 'choice.select') {
      if (this.done) return false;
      if (!this.#context.options.some((o) => o.index === event.index)) return true; // not on offer: ignored
      if (!this.runner) {
        this.#held ??= event; // the first click counts; the rest wait with it
        this.#set(value as OpeningValue, this.#context);
        return true;
      }
      this.#choose(event);
      return true;
    }
    return false;
  }

  /** The choice held while loading, by its ink index. */
  get heldIndex(): number | null {
    return this.#held?.type === 'choice.select' ? this.#held.index : null;
  }

  /** `briefing.start`: the machine's startFresh and recordStart, then narrating. */
  #begin(mode: Mode): void {
    const { store, newId = () => crypto.randomUUID() } = this.#deps;
    const c = this.#context;
    store.clear(c.slug);
    const attemptId = newId();
    const shown = this.opening.options.map((o) => o.source);
    const seed = seedShowing(this.opening.options, shown, this.opening.fixed, newId) ?? newId();
    const context: ScenarioContext = { ...c, ...freshPlay(mode, 'choose', attemptId, seed) };
    this.#record.recordStart({ context });
    if (this.runner) return this.#narrate(context);
    // The story is still loading: the first point as the page has it, until the story's own replaces it.
    const transcript: TranscriptEntry[] = this.opening.lines.map((line, id) => ({ kind: 'line', id, point: 0, line }));
    const options = this.opening.options.map((o) => ({ ...o, evidence: {} }));
    this.#set({ playing: 'awaitingChoice' }, { ...context, transcript, options, nextId: transcript.length });
  }

  /** The machine's playing.narrating: advance, then an error, the end, or the options on offer (each saved). */
  #narrate(context: ScenarioContext): void {
    const next = { ...context, ...advanced(this.runner!, context) };
    if (next.error !== null) return this.#set('storyError', next);
    if (next.options.length === 0) return this.#set('reflection', this.#persist(next, 'reflection'));
    this.#set({ playing: 'awaitingChoice' }, this.#persist(next, 'awaitingChoice'));
  }

  /** The machine's awaitingChoice → chosen: choose and record, then feedback (practice) or the next lines. */
  #choose(event: ScenarioEvent): void {
    const c = this.#context;
    const next = { ...c, ...chosen(this.runner!, c, event) };
    this.#record.recordChoice({ context: next, event });
    if (next.error !== null) return this.#set('storyError', next);
    if (next.mode === 'practice') return this.#set({ playing: 'feedback' }, this.#persist(next, 'feedback'));
    this.#narrate(next);
  }
}
