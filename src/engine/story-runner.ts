// Over 300 lines: one class around one ink Story, whose every method must keep the same few fields true (where the story is, a state not yet loaded, the work done ahead); split, they would each reach into the others.
/**
 * Runs a compiled ink story and turns its output into Rapport's terms: styled lines, options with
 * their rubric evidence, the alliance variables, endings. A plain class with no UI or state-machine
 * dependency, so the scenario machine, the server's replay and the tests drive the same code.
 */
import { Story } from 'inkjs';
import type { LineStyle, OptionEvidence } from './tags.ts';
import { evidenceOf, lineStyleOf } from './tag-reading.ts';

export interface StoryLine extends LineStyle {
  text: string;
}

export interface StoryOption {
  index: number;
  /** Where the choice is written in the story (ink's source path): the same option on every visit. */
  source: string;
  text: string;
  evidence: OptionEvidence;
}

export interface StoryStep {
  lines: StoryLine[];
  options: StoryOption[];
  /** True when the story has nothing more to say and offers no choice. */
  ended: boolean;
  /** The title of the ending reached, from an `#ending:` tag, if any. */
  ending: string | null;
}

export interface Alliance {
  bond: number;
  task: number;
  goal: number;
}

/** An error raised by the ink runtime while the story was running (not a compile error). */
export class StoryRuntimeError extends Error {
  readonly messages: string[];
  /** Where the story was (ink's path) when it stopped, when known: a loop is reported at its knot. */
  readonly path: string | null;
  constructor(messages: string[], path: string | null = null) {
    super(`The story stopped with an error: ${messages.join('; ')}`);
    this.messages = messages;
    this.path = path;
    this.name = 'StoryRuntimeError';
  }
}

export interface RunnerLimits {
  /** Most lines one stretch of dialogue may print before the runner calls it a loop with no choice in it. */
  maxLinesPerStep?: number;
  /** Most milliseconds ink may spend producing one line (a loop of diverts that prints nothing never returns). */
  msPerLine?: number;
}

/** What a step from one state led to, worked out ahead (`lookAhead`): the step, the alliance after it, the state then. */
interface Ahead {
  step: StoryStep;
  alliance: Alliance | null;
  state: string;
}

export class StoryRunner {
  readonly #ink: Story;
  /**
   * A state the story is in but has not loaded yet (a step taken from `lookAhead`'s work): loaded the first time the
   * story is touched, so a click that only needs the step's lines and the state's JSON never pays for the load.
   */
  #pending: string | null = null;
  /** The step `step()` answers next, when the choice that leads to it was taken from `lookAhead`'s work. */
  #nextStep: StoryStep | null = null;
  /** The alliance in the pending state (the pending state is not loaded to read it). */
  #pendingAlliance: Alliance | null = null;
  /** `lookAhead`'s work: from which state (JSON), and by option index (-1: a step with no choice) what it leads to. */
  #ahead: { from: string; steps: Map<number, Ahead> } | null = null;
  #initialState: string;
  /**
   * The state JSON the story is in, when it is one that was just saved or loaded (null once it moves): loading it
   * again is skipped. The scenario machine positions the runner from its context before every action, and the
   * context is nearly always where the runner already is, so this spares a parse of the whole state on every click.
   */
  #at: string | null = null;
  #errors: string[] = [];
  readonly #limits: Required<RunnerLimits>;

  constructor(compiled: string | object, { maxLinesPerStep = 5_000, msPerLine = 1_000 }: RunnerLimits = {}) {
    this.#limits = { maxLinesPerStep, msPerLine };
    // An object is taken as it is: the player has just parsed it, and stringifying it to parse again would
    // double the work before the first line.
    this.#ink = typeof compiled === 'string' ? new Story(compiled) : new Story(compiled as Record<string, unknown>);
    // An EXTERNAL function runs its ink fallback: Rapport binds no game code to stories.
    this.#story.allowExternalFunctionFallbacks = true;
    this.#story.onError = (message, type) => {
      // ErrorType.Warning (1) does not stop a story; Author (0) and Error (2) do, raised after Continue() returns.
      if (Number(type) !== 1) this.#errors.push(message);
    };
    this.#initialState = this.#story.state.ToJson();
  }

  /** The ink story, in the state it should be in: a pending state is loaded first. */
  get #story(): Story {
    this.#notMidStep();
    if (this.#pending !== null) {
      const json = this.#pending;
      this.#pending = null;
      this.#ink.state.LoadJson(json);
    }
    return this.#ink;
  }

  /** Runs the story up to the next choice or its end. */
  step(): StoryStep {
    if (this.#nextStep) {
      // The choice was taken from lookAhead's work: its step is known, and the pending state is where it ends.
      const step = this.#nextStep;
      this.#nextStep = null;
      return step;
    }
    const known = this.#aheadFor(-1);
    if (known) {
      this.#jump(known);
      return known.step;
    }
    this.#at = null;
    const lines: StoryLine[] = [];
    let ending: string | null = null;
    let printed = 0;
    while (this.#story.canContinue) {
      if (++printed > this.#limits.maxLinesPerStep) {
        throw this.#loopError(`it printed ${this.#limits.maxLinesPerStep} lines without offering a choice or ending`);
      }
      // ContinueAsync with a time limit returns even from a loop of diverts that never prints a line.
      this.#guard(() => this.#story.ContinueAsync(this.#limits.msPerLine));
      if (!this.#story.asyncContinueComplete)
        throw this.#loopError(`it ran for ${this.#limits.msPerLine} ms without printing a line`);
      const text = (this.#story.currentText ?? '').trim();
      this.#raiseErrors();
      const style = lineStyleOf(this.#story.currentTags);
      if (style.ending) ending = style.ending;
      if (text === '') continue;
      lines.push({ text, ...style });
    }
    const options = this.options();
    return { lines, options, ended: options.length === 0, ending };
  }

  /** The options on offer now, with their evidence. */
  options(): StoryOption[] {
    return this.#story.currentChoices.map((c) => ({
      index: c.index,
      source: c.sourcePath,
      text: c.text.trim(),
      evidence: evidenceOf(c.tags ?? []),
    }));
  }

  choose(index: number): void {
    const count = this.#story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`there is no option ${index + 1}: ${count} on offer`);
    }
    this.#at = null;
    this.#guard(() => this.#story.ChooseChoiceIndex(index));
    this.#raiseErrors();
  }

  /** The alliance variables, when the story declares them. */
  alliance(): Alliance | null {
    this.#notMidStep();
    if (this.#pending !== null) return this.#pendingAlliance;
    const vars = this.#story.variablesState;
    const read = (name: string): number | null => {
      const v = vars.$(name);
      return typeof v === 'number' ? v : null;
    };
    const bond = read('bond');
    const task = read('task');
    const goal = read('goal');
    if (bond === null || task === null || goal === null) return null;
    return { bond, task, goal };
  }

  /** How many times the story has entered a knot or stitch (`knot` or `knot.stitch`) so far. */
  visits(path: string): number {
    try {
      return this.#story.state.VisitCountAtPathString(path) ?? 0;
    } catch {
      return 0;
    }
  }

  /**
   * Where the story is, as ink's path (`the_gift.declined.0.c-1.3`): the next thing it will run, or, while it
   * waits at a choice point, the last thing it ran (where the choices were offered). Null once the
   * story has ended. Read-only: it moves nothing.
   */
  position(): string | null {
    const state = this.#story.state;
    const current = state.currentPathString;
    if (current !== null) return current;
    const previous = state.previousPointer;
    return previous.isNull ? null : (previous.path?.toString() ?? null);
  }

  /** Knots and stitches by path (`knot`, `knot.stitch`), for starting a preview part-way through. */
  passages(): string[] {
    const out: string[] = [];
    const walk = (container: { namedOnlyContent: Map<string, unknown> | null } | null, prefix: string) => {
      for (const [name, child] of container?.namedOnlyContent ?? []) {
        if (name === 'global decl' || name.startsWith('#')) continue;
        const path = prefix ? `${prefix}.${name}` : name;
        out.push(path);
        if (!prefix) walk(child as typeof container, path);
      }
    };
    walk(this.#story.mainContentContainer as unknown as { namedOnlyContent: Map<string, unknown> | null }, '');
    return out;
  }

  /** The story's global variables that hold a number, a string or a true/false value, with their values now. */
  variables(): Record<string, number | string | boolean> {
    const vars = this.#story.variablesState;
    const names = [
      ...((vars as unknown as { _globalVariables?: Map<string, unknown> })._globalVariables?.keys() ?? []),
    ];
    const out: Record<string, number | string | boolean> = {};
    for (const name of names) {
      const value = vars.$(name);
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') out[name] = value;
    }
    return out;
  }

  /**
   * Starts the story at a knot or stitch with the given variable values, as an author testing a late
   * branch would; `reset()` then returns here rather than to the top.
   */
  startAt(path: string, variables: Record<string, number | string | boolean> = {}): void {
    this.reset();
    this.#at = null;
    for (const [name, value] of Object.entries(variables)) this.#story.variablesState.$(name, value);
    this.#guard(() => this.#story.ChoosePathString(path));
    this.#initialState = this.#story.state.ToJson();
  }

  saveState(): string {
    this.#notMidStep();
    // The state just saved, loaded or jumped to, unmoved since: the same JSON, not written out again.
    if (this.#at !== null) return this.#at;
    this.#at = this.#story.state.ToJson();
    return this.#at;
  }

  loadState(json: string): void {
    this.#errors = [];
    this.#nextStep = null;
    if (json === this.#at) return;
    this.#pending = null;
    this.#at = null; // a state that fails to load leaves the story in no known state
    this.#ink.state.LoadJson(json);
    this.#at = json;
  }

  /**
   * Works out, from where the story is, what each option on offer leads to (or, with none on offer, the next step),
   * and keeps it, so that `chooseAhead` and `step` then only apply it: the next lines of a click are ready before the
   * click. The story is left where it was. Meant for idle time after a point is shown; a choice or step that fails
   * here is not kept, and fails again, as it would have, when it is really taken.
   */
  lookAhead(): void {
    if (this.#nextStep) return;
    const from = this.saveState();
    if (this.#ahead?.from === from) return;
    const steps = new Map<number, Ahead>();
    const indices = this.#story.currentChoices.map((c) => c.index);
    for (const index of indices.length > 0 ? indices : this.#story.canContinue ? [-1] : []) {
      try {
        this.loadState(from);
        if (index >= 0) this.choose(index);
        const step = this.step();
        steps.set(index, { step, alliance: this.alliance(), state: this.#story.state.ToJson() });
      } catch {
        // Taken for real, the same choice meets the same error, and says so then.
      }
    }
    this.loadState(from);
    this.#ahead = { from, steps };
  }

  /**
   * Chooses `index` and, when `lookAhead` has worked out where that leads, takes that step too, answering true: the
   * next `step()` answers it without running the story. False when nothing was worked out: the option is chosen as
   * `choose` does, and `step()` runs the story.
   */
  chooseAhead(index: number): boolean {
    const known = this.#aheadFor(index);
    if (!known) {
      this.choose(index);
      return false;
    }
    this.#jump(known);
    this.#nextStep = known.step;
    return true;
  }

  /** What lookAhead worked out for `index` from the state the story is in now, if anything. */
  #aheadFor(index: number): Ahead | null {
    if (this.#nextStep || this.#at === null || this.#ahead?.from !== this.#at) return null;
    return this.#ahead.steps.get(index) ?? null;
  }

  /**
   * Refuses to read the story between a choice taken ahead and its step: the state after the choice alone was never
   * made, so the story is nowhere it could be asked about (its state, options or alliance).
   */
  #notMidStep(): void {
    if (this.#nextStep) throw new Error('the story cannot be read between a choice taken ahead and its step');
  }

  /** Puts the story in the state a step worked out ahead ends in, to be loaded when it is next touched. */
  #jump(known: Ahead): void {
    this.#errors = [];
    this.#ahead = null;
    this.#pending = known.state;
    this.#pendingAlliance = known.alliance;
    this.#at = known.state;
  }

  reset(): void {
    this.loadState(this.#initialState);
  }

  #loopError(what: string): StoryRuntimeError {
    const path = this.#story.state.currentPathString;
    // Leave the story where it started this stretch, so a caller can go on using the runner.
    this.reset();
    return new StoryRuntimeError([`the story runs in a loop: ${what}`], path);
  }

  /** Runs an ink call, turning whatever inkjs throws into a StoryRuntimeError. */
  #guard<T>(call: () => T): T {
    try {
      return call();
    } catch (error) {
      if (error instanceof StoryRuntimeError) throw error;
      const messages = [...this.#errors, error instanceof Error ? error.message : String(error)];
      this.#errors = [];
      throw new StoryRuntimeError(messages);
    }
  }

  #raiseErrors(): void {
    if (this.#errors.length === 0) return;
    const messages = this.#errors;
    this.#errors = [];
    throw new StoryRuntimeError(messages);
  }
}
