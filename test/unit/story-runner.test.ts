/**
 * StoryRunner and explore() driven by small ink stories compiled in the test, and by the mini fixture.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, CompilerOptions } from 'inkjs/full';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/engine/explore.ts';
import { StoryRunner, StoryRuntimeError, type StoryStep } from '../../src/engine/story-runner.ts';
import { compileInk } from '../../src/pipeline/compile-ink.ts';
import { libraryBundle } from '../support/fixture-bundle.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Compiles ink source; fails the test on any compile error. `files` serves INCLUDEs. */
function compile(source: string, files: Record<string, string> = {}): string {
  const messages: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      const text = files[name];
      if (text === undefined) throw new Error(`no file ${name}`);
      return text;
    },
  };
  const options = new CompilerOptions('main.ink', [], true, (m: string) => messages.push(m), fileHandler);
  let json: string | undefined;
  try {
    json = new Compiler(source, options).Compile().ToJson() ?? undefined;
  } catch (error) {
    throw new Error(`ink did not compile: ${messages.join('\n') || (error as Error).message}`, { cause: error });
  }
  const errors = messages.filter((m) => m.startsWith('ERROR'));
  if (errors.length > 0 || !json) throw new Error(`ink did not compile: ${errors.join('\n')}`);
  return json;
}

const STYLED = `
VAR bond = 1
VAR task = 2
VAR goal = 3
The room is quiet.
I made this for you. #speaker:Ana
She looks at the floor. #cue
I hope they like it. #thought
She sighs. #speaker:Ana #cue
The clock ticks. #music:rain
* [Thank her, and say you can't accept it #rubric:boundaries.gifts:+2 #feedback:Warm and clear. #contested]
  ~ bond += 1
  I understand. #speaker:Ana
  -> done
* [Take it so she isn't hurt #rubric:boundaries.gifts:-1 #rubric:trust.active-listening:1 #critical:dual-relationship #feedback:Blurs the frame.]
  ~ task -= 2
  ~ goal = 7
  -> done
* [Say nothing]
  -> done
=== done ===
She leaves. #ending:Closed well
-> END
`;

describe('StoryRunner: lines and options', () => {
  it('styles each line from its tags', () => {
    const step = new StoryRunner(compile(STYLED)).step();
    expect(step.lines).toEqual([
      { text: 'The room is quiet.', kind: 'narration', speaker: null, ending: null },
      { text: 'I made this for you.', kind: 'dialogue', speaker: 'Ana', ending: null },
      { text: 'She looks at the floor.', kind: 'cue', speaker: null, ending: null },
      { text: 'I hope they like it.', kind: 'thought', speaker: null, ending: null },
      { text: 'She sighs.', kind: 'cue', speaker: 'Ana', ending: null },
      { text: 'The clock ticks.', kind: 'narration', speaker: null, ending: null },
    ]);
    expect(step.ended).toBe(false);
    expect(step.ending).toBeNull();
  });

  it('offers options with their text and the evidence from inside the brackets', () => {
    const step = new StoryRunner(compile(STYLED)).step();
    // Each option knows where it is written; three options, three places.
    expect(new Set(step.options.map((o) => o.source)).size).toBe(3);
    expect(step.options.map(({ source: _, ...rest }) => rest)).toEqual([
      {
        index: 0,
        text: "Thank her, and say you can't accept it",
        evidence: {
          rubric: [{ criterion: 'boundaries.gifts', value: 2 }],
          feedback: 'Warm and clear.',
          critical: null,
          contested: true,
        },
      },
      {
        index: 1,
        text: "Take it so she isn't hurt",
        evidence: {
          rubric: [
            { criterion: 'boundaries.gifts', value: -1 },
            { criterion: 'trust.active-listening', value: 1 },
          ],
          feedback: 'Blurs the frame.',
          critical: 'dual-relationship',
          contested: false,
        },
      },
      { index: 2, text: 'Say nothing', evidence: { rubric: [], feedback: null, critical: null, contested: false } },
    ]);
  });

  it('options() repeats what step() offered', () => {
    const runner = new StoryRunner(compile(STYLED));
    const step = runner.step();
    expect(runner.options()).toEqual(step.options);
  });

  it('does not echo the bracketed option text, and reports the ending title with the last line', () => {
    const runner = new StoryRunner(compile(STYLED));
    runner.step();
    runner.choose(0);
    const step = runner.step();
    expect(step.lines).toEqual([
      { text: 'I understand.', kind: 'dialogue', speaker: 'Ana', ending: null },
      { text: 'She leaves.', kind: 'narration', speaker: null, ending: 'Closed well' },
    ]);
    expect(step.options).toEqual([]);
    expect(step.ended).toBe(true);
    expect(step.ending).toBe('Closed well');
  });

  it('reports an ending on a line that prints nothing', () => {
    const runner = new StoryRunner(compile('Hello.\n* [Go]\n  {""} #ending:Quiet exit\n  -> END\n'));
    runner.step();
    runner.choose(0);
    const step = runner.step();
    expect(step.ended).toBe(true);
    expect(step.ending).toBe('Quiet exit');
  });

  it('ends without an ending title when no #ending tag is reached', () => {
    const runner = new StoryRunner(compile('Only this.\n-> END\n'));
    const step = runner.step();
    expect(step).toEqual({
      lines: [{ text: 'Only this.', kind: 'narration', speaker: null, ending: null }],
      options: [],
      ended: true,
      ending: null,
    });
  });

  it('skips blank output lines', () => {
    const runner = new StoryRunner(compile('One.\n{""}\nTwo.\n-> END\n'));
    expect(runner.step().lines.map((l) => l.text)).toEqual(['One.', 'Two.']);
  });

  it('accepts the compiled story as an object as well as JSON text', () => {
    const json = compile(STYLED);
    expect(new StoryRunner(JSON.parse(json) as object).step()).toEqual(new StoryRunner(json).step());
  });
});

describe('StoryRunner: choose', () => {
  for (const index of [-1, 3, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`throws RangeError for option ${index} when 3 are on offer, and leaves the options as they were`, () => {
      const runner = new StoryRunner(compile(STYLED));
      const step = runner.step();
      expect(() => runner.choose(index)).toThrow(RangeError);
      expect(runner.options()).toEqual(step.options);
      runner.choose(2);
      expect(runner.step().ended).toBe(true);
    });
  }

  it('throws RangeError when the story has ended', () => {
    const runner = new StoryRunner(compile('Done.\n-> END\n'));
    runner.step();
    expect(() => runner.choose(0)).toThrow(RangeError);
  });

  it('follows the chosen branch', () => {
    const src = 'Pick.\n* [Left]\n  You went left.\n  -> END\n* [Right]\n  You went right.\n  -> END\n';
    for (const [index, text] of [
      [0, 'You went left.'],
      [1, 'You went right.'],
    ] as const) {
      const runner = new StoryRunner(compile(src));
      runner.step();
      runner.choose(index);
      expect(runner.step().lines.map((l) => l.text)).toEqual([text]);
    }
  });
});

describe('StoryRunner: state', () => {
  const TWO_TURNS = `
VAR bond = 0
VAR task = 0
VAR goal = 0
Start.
* [A1]
  ~ bond += 1
  After A1.
* [B1]
  ~ bond -= 1
  After B1.
- Middle.
* [A2]
  ~ task += 1
  After A2.
* [B2]
  ~ goal += 1
  After B2.
- End. #ending:Done
-> END
`;

  it('saveState and loadState resume at the same options with the same variables', () => {
    const runner = new StoryRunner(compile(TWO_TURNS));
    runner.step();
    runner.choose(0);
    const middle = runner.step();
    const saved = runner.saveState();
    const alliance = runner.alliance();

    runner.choose(1);
    const finished = runner.step();
    expect(finished.ended).toBe(true);
    expect(runner.alliance()).not.toEqual(alliance);

    runner.loadState(saved);
    expect(runner.options()).toEqual(middle.options);
    expect(runner.alliance()).toEqual(alliance);
    runner.choose(1);
    expect(runner.step()).toEqual(finished);
  });

  it('loading the state it is already in changes nothing, and loading it after a move goes back', () => {
    const runner = new StoryRunner(compile(TWO_TURNS));
    runner.step();
    const atFirst = runner.saveState();
    runner.loadState(atFirst); // already there: skipped
    runner.choose(0);
    const afterA1 = runner.step();
    runner.loadState(atFirst); // moved since: loaded again
    expect(runner.alliance()).toEqual({ bond: 0, task: 0, goal: 0 });
    runner.choose(1);
    expect(runner.step().lines.map((l) => l.text)).toEqual(['After B1.', 'Middle.']);
    runner.loadState(atFirst);
    runner.choose(0);
    expect(runner.step()).toEqual(afterA1);
  });

  it('a saved state resumes in a fresh runner', () => {
    const json = compile(TWO_TURNS);
    const first = new StoryRunner(json);
    first.step();
    first.choose(1);
    const middle = first.step();
    const saved = first.saveState();
    first.choose(0);
    const rest = first.step();

    const second = new StoryRunner(json);
    second.loadState(saved);
    expect(second.options()).toEqual(middle.options);
    expect(second.alliance()).toEqual({ bond: -1, task: 0, goal: 0 });
    second.choose(0);
    expect(second.step()).toEqual(rest);
  });

  it('reset returns to the start, even after the end', () => {
    const json = compile(TWO_TURNS);
    const runner = new StoryRunner(json);
    const start = runner.step();
    runner.choose(0);
    runner.step();
    runner.choose(0);
    expect(runner.step().ended).toBe(true);

    runner.reset();
    expect(runner.alliance()).toEqual({ bond: 0, task: 0, goal: 0 });
    expect(runner.step()).toEqual(start);
    expect(new StoryRunner(json).step()).toEqual(start);
  });

  it('alliance() reads bond, task and goal as the story moves them', () => {
    const runner = new StoryRunner(compile(TWO_TURNS));
    expect(runner.alliance()).toEqual({ bond: 0, task: 0, goal: 0 });
    runner.step();
    runner.choose(0);
    runner.step();
    expect(runner.alliance()).toEqual({ bond: 1, task: 0, goal: 0 });
    runner.choose(1);
    runner.step();
    expect(runner.alliance()).toEqual({ bond: 1, task: 0, goal: 1 });
  });

  it('alliance() reads the declared starting values', () => {
    const runner = new StoryRunner(compile(STYLED));
    expect(runner.alliance()).toEqual({ bond: 1, task: 2, goal: 3 });
    runner.step();
    runner.choose(1);
    runner.step();
    expect(runner.alliance()).toEqual({ bond: 1, task: 0, goal: 7 });
  });

  it('alliance() is null when the story does not declare all three variables as numbers', () => {
    expect(new StoryRunner(compile('Hi.\n-> END\n')).alliance()).toBeNull();
    expect(new StoryRunner(compile('VAR bond = 1\nVAR task = 1\nHi.\n-> END\n')).alliance()).toBeNull();
    expect(
      new StoryRunner(compile('VAR bond = 1\nVAR task = 1\nVAR goal = "high"\nHi.\n-> END\n')).alliance(),
    ).toBeNull();
  });
});

describe('StoryRunner: runtime errors', () => {
  const expectRuntimeError = (run: () => unknown): StoryRuntimeError => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoryRuntimeError);
    const error = caught as StoryRuntimeError;
    expect(error.name).toBe('StoryRuntimeError');
    expect(error.messages.length).toBeGreaterThan(0);
    for (const m of error.messages) expect(error.message).toContain(m);
    return error;
  };

  it('raises StoryRuntimeError from step() for a tunnel return outside a tunnel', () => {
    const runner = new StoryRunner(compile('Hello.\n-> k\n=== k ===\nIn k.\n->->\n'));
    const error = expectRuntimeError(() => runner.step());
    expect(error.messages.join(' ')).toMatch(/->->/);
  });

  it('raises StoryRuntimeError from step() for arithmetic on a string', () => {
    const runner = new StoryRunner(compile('VAR s = "a"\nHello.\n{s * 2}\n-> END\n'));
    expectRuntimeError(() => runner.step());
  });

  it('raises StoryRuntimeError from step() for a divert to a variable holding no divert target', () => {
    const runner = new StoryRunner(compile('VAR t = 5\nHello.\n-> t\n'));
    const error = expectRuntimeError(() => runner.step());
    expect(error.messages.join(' ')).toContain('divert');
  });

  it('raises the error in the step after the choice that leads to it, and recovers after loadState', () => {
    const runner = new StoryRunner(
      compile('Hello.\n* [Safe]\n  Fine.\n  -> END\n* [Broken]\n  -> k\n=== k ===\nK.\n->->\n'),
    );
    runner.step();
    const saved = runner.saveState();
    runner.choose(1);
    expectRuntimeError(() => runner.step());
    runner.loadState(saved);
    runner.choose(0);
    expect(runner.step()).toMatchObject({ lines: [{ text: 'Fine.' }], ended: true });
  });
  it('raises StoryRuntimeError from step() for an EXTERNAL function with no binding and no fallback', () => {
    const runner = new StoryRunner(compile('EXTERNAL beep(x)\nHello.\n~ beep(1)\nAfter.\n-> END\n'));
    expectRuntimeError(() => runner.step());
  });

  it('does throw from step() for an EXTERNAL function with no binding (whatever the error type)', () => {
    const runner = new StoryRunner(compile('EXTERNAL beep(x)\nHello.\n~ beep(1)\nAfter.\n-> END\n'));
    expect(() => runner.step()).toThrow(/beep/);
  });
});

describe('explore() on the mini fixture', () => {
  const compiled = compileInk(resolve(ROOT, 'test/fixtures/stories/mini/main.ink'), ROOT);

  /** The option counts at each point along one path, found by playing the story with StoryRunner. */
  function optionCountsAlong(choices: number[]): number[] {
    const runner = new StoryRunner(compiled.json!);
    const counts: number[] = [];
    let step: StoryStep = runner.step();
    for (const c of choices) {
      counts.push(step.options.length);
      runner.choose(c);
      step = runner.step();
    }
    expect(step.ended).toBe(true);
    return counts;
  }

  it('compiles without diagnostics', () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.json).not.toBeNull();
  });

  it('plays every path to an end, each through 3 choices', () => {
    const run = explore(compiled.json!);
    expect(run.errors).toEqual([]);
    expect(run.truncated).toBe(false);
    expect(run.paths.length).toBeGreaterThan(0);
    for (const path of run.paths) {
      expect(path.choices).toHaveLength(3);
      expect(path.offered).toHaveLength(3);
      expect(path.lineCount).toBeGreaterThan(0);
    }
    expect(run.minPoints).toBe(3);
    expect(run.maxPoints).toBe(3);
  });

  it('covers every combination of options exactly once', () => {
    const run = explore(compiled.json!);
    const counts = optionCountsAlong([0, 0, 0]);
    expect(counts).toEqual([3, 3, 2]);
    const all: string[] = [];
    for (let a = 0; a < counts[0]!; a++)
      for (let b = 0; b < counts[1]!; b++) for (let c = 0; c < counts[2]!; c++) all.push(`${a},${b},${c}`);
    const seen = run.paths.map((p) => p.choices.join(','));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(all.sort());
    expect(run.paths.length).toBe(counts.reduce((x, y) => x * y, 1));
  });

  it('records what was offered at each point, matching a replay of that path', () => {
    const run = explore(compiled.json!);
    for (const path of run.paths) {
      expect(path.offered.map((o) => o.length)).toEqual(optionCountsAlong(path.choices));
      path.choices.forEach((c, i) => expect(path.offered[i]![c]!.index).toBe(c));
    }
  });

  it('records the ending each path reaches', () => {
    const run = explore(compiled.json!);
    for (const path of run.paths) {
      const runner = new StoryRunner(compiled.json!);
      let ending: string | null = null;
      runner.step();
      for (const c of path.choices) {
        runner.choose(c);
        const step = runner.step();
        ending = step.ending ?? ending;
      }
      expect(path.ending).toBe(ending);
      expect(path.ending).toBe(path.choices[2] === 0 ? 'Opened up' : 'Withdrew');
    }
  });

  it('stops at maxPaths and says it was truncated', () => {
    const run = explore(compiled.json!, { maxPaths: 4 });
    expect(run.paths).toHaveLength(4);
    expect(run.truncated).toBe(true);
  });

  it('stops at maxDepth on a story that loops for ever', () => {
    const run = explore(compile('-> loop\n=== loop ===\nAgain?\n+ [Yes] -> loop\n+ [No] -> END\n'), { maxDepth: 5 });
    expect(run.truncated).toBe(true);
    for (const path of run.paths) expect(path.choices.length).toBeLessThanOrEqual(5);
    expect(run.paths.length).toBeGreaterThan(0);
  });

  it('records runtime errors with the choices that led to them, and keeps exploring', () => {
    const run = explore(compile('Hello.\n* [Safe]\n  Fine.\n  -> END\n* [Broken]\n  -> k\n=== k ===\nK.\n->->\n'));
    expect(run.paths.map((p) => p.choices)).toEqual([[0]]);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]!.choices).toEqual([1]);
    expect(run.errors[0]!.message).toMatch(/->->/);
  });
});

describe('StoryRunner: lookAhead', () => {
  /** Everything a step shows and where it leaves the story. */
  const after = (runner: StoryRunner, step: StoryStep) => ({
    step,
    alliance: runner.alliance(),
    state: runner.saveState(),
  });

  it('for any path through a library story, a choice taken from the look-ahead shows and leaves what a plain one does', () => {
    const slugs = ['a-promise-you-cannot-make', 'after-hours', 'this-isnt-working'];
    const bundles = slugs.map((slug) => libraryBundle(slug));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bundles.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (which, picks, looks) => {
          const ink = bundles[which]!.ink as object;
          const plain = new StoryRunner(ink);
          const ahead = new StoryRunner(ink);
          // The same start, random seed and all (each Story draws its own).
          ahead.loadState(plain.saveState());
          let a = plain.step();
          expect(ahead.step()).toEqual(a);
          for (const [turn, pick] of picks.entries()) {
            if (a.options.length === 0) break;
            const index = a.options[pick % a.options.length]!.index;
            const before = ahead.saveState();
            // Looked ahead at some points only: the runner must give the same either way.
            if (looks[turn]) {
              ahead.lookAhead();
              expect(ahead.saveState()).toBe(before);
              expect(ahead.options()).toEqual(a.options);
            }
            plain.choose(index);
            const taken = ahead.chooseAhead(index);
            expect(taken).toBe(looks[turn]);
            const next = plain.step();
            expect(after(ahead, ahead.step())).toEqual(after(plain, next));
            a = next;
          }
          // The story is really where it says: the state it reports loads into a fresh runner and offers the same.
          const fresh = new StoryRunner(ink);
          fresh.loadState(ahead.saveState());
          expect(fresh.options()).toEqual(plain.options());
          expect(ahead.options()).toEqual(plain.options());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('after a choice with no look-ahead at it, the next step can still be worked out ahead (practice feedback)', () => {
    const ink = libraryBundle('after-hours').ink as object;
    const plain = new StoryRunner(ink);
    const ahead = new StoryRunner(ink);
    ahead.loadState(plain.saveState());
    const first = plain.step();
    ahead.step();
    plain.choose(first.options[0]!.index);
    ahead.choose(first.options[0]!.index);
    const saved = ahead.saveState();
    ahead.lookAhead();
    expect(ahead.saveState()).toBe(saved);
    expect(after(ahead, ahead.step())).toEqual(after(plain, plain.step()));
  });

  it('keeps nothing for an option whose step fails, which then fails as it would have; the story stays usable', () => {
    const runner = new StoryRunner(
      compile('Hello.\n* [Safe]\n  Fine.\n  -> END\n* [Broken]\n  -> k\n=== k ===\nK.\n->->\n'),
    );
    runner.step();
    const saved = runner.saveState();
    expect(() => runner.lookAhead()).not.toThrow();
    expect(runner.saveState()).toBe(saved);
    expect(runner.chooseAhead(1)).toBe(false);
    expect(() => runner.step()).toThrow(StoryRuntimeError);
    runner.loadState(saved);
    runner.lookAhead();
    expect(runner.chooseAhead(0)).toBe(true);
    expect(runner.step()).toMatchObject({ lines: [{ text: 'Fine.' }], ended: true });
  });

  it('a rewind (loadState elsewhere) drops what was worked out, and a pending state is never asked for mid-choice', () => {
    const runner = new StoryRunner(
      compile('Hi.\n* [A]\n  After A.\n  ** [A2] A2.\n  -> END\n* [B]\n  After B.\n  -> END\n'),
    );
    const start = runner.step();
    const atStart = runner.saveState();
    runner.lookAhead();
    expect(runner.chooseAhead(start.options[0]!.index)).toBe(true);
    // Between a choice taken ahead and its step there is no state to give.
    expect(() => runner.saveState()).toThrow(/between a choice taken ahead and its step/);
    expect(() => runner.options()).toThrow(/between a choice taken ahead and its step/);
    expect(() => runner.alliance()).toThrow(/between a choice taken ahead and its step/);
    expect(runner.step().lines.map((l) => l.text)).toEqual(['After A.']);
    runner.loadState(atStart);
    expect(runner.options().map((o) => o.text)).toEqual(['A', 'B']);
    expect(runner.chooseAhead(1)).toBe(false);
    expect(runner.step().lines.map((l) => l.text)).toEqual(['After B.']);
  });
});
