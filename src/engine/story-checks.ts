/**
 * Checks that need the story to run: every reachable path (or, where paths multiply past a bound, every
 * option at least once) is played, and what happened is held against the story's structure.
 * Pure: the caller passes the compiled story, the structure read from the parsed tree, and the tags.
 */
import type { Diagnostic } from './diagnostics.ts';
import { explore, playPath, type Exploration } from './explore.ts';
import { pointCues } from './item-cues.ts';
import type { Rubric } from './rubric.ts';
import { bestOption, criteriaAtStake, valueFor, worstOption } from './scoring.ts';
import type { StoryOption } from './story-runner.ts';
import type { StoryStructure } from './story-structure.ts';
import { splitTag } from './tags.ts';
import type { FoundTag } from './tag-placement.ts';

export interface RuntimeCheckInput {
  json: string;
  structure: StoryStructure;
  tags: FoundTag[];
  /** Maps ink's file name to a repository path. */
  fileFor: (inkName: string | null) => string;
  /** Every path is played when there are at most this many; past it, every option once. */
  maxPaths?: number;
  /** A path longer than this many choices is reported as a loop with no way out. */
  maxDepth?: number;
  /** False when tag errors were found: rubric values may be missing, so scoring checks are skipped. */
  judgeEvidence?: boolean;
  /** The rubric, for its weights when judging which option is keyed best; without it every criterion weighs 1. */
  rubric?: Rubric;
}

export interface RuntimeCheckResult {
  diagnostics: Diagnostic[];
  exploration: Exploration;
  /** Criterion ids that some option played carries evidence for. */
  exercised: Set<string>;
}

export function runtimeChecks({
  json,
  structure,
  tags,
  fileFor,
  maxPaths = 300,
  maxDepth = 80,
  judgeEvidence = true,
  rubric = { domains: [] },
}: RuntimeCheckInput): RuntimeCheckResult {
  const out: Diagnostic[] = [];
  const visited = new Set<string>();
  const trackVisits = (runner: { visits(path: string): number }) => {
    for (const p of structure.passages) if (!visited.has(p.path) && runner.visits(p.path) > 0) visited.add(p.path);
  };
  let run = explore(json, { strategy: 'all', maxPaths, maxDepth, maxSteps: maxPaths, atEnd: trackVisits });
  const exhaustive = !run.truncated;
  const looped = run.errors.some((e) => e.path);
  if (run.truncated && !looped) {
    // Too many paths to play them all: play every option once instead. A loop with no way out shows up
    // there too, as a path that runs past maxDepth.
    visited.clear();
    run = explore(json, { strategy: 'cover', maxDepth, atEnd: trackVisits });
    // Cover finishes paths along whichever option is least used, so an ending that needs a run of strong (or
    // weak) choices can be missed, depending on where the options are written: play the strongest and the
    // weakest paths as well, so what is reached does not depend on the options' order in the source.
    for (const pick of [(o: StoryOption[]) => bestOption(rubric, o), (o: StoryOption[]) => worstOption(rubric, o)]) {
      const path = playPath(json, pick, { maxDepth, atEnd: trackVisits });
      if (path) run.paths.push(path);
    }
  }

  const siteOf = new Map(structure.choices.map((c) => [c.source, c]));
  const at = (option: StoryOption | undefined) => {
    const site = option ? siteOf.get(option.source) : undefined;
    return { file: fileFor(site?.file ?? null), line: site?.line ?? null };
  };
  const main = fileFor(null);
  const steps = (choices: number[]) => (choices.length ? choices.map((c) => c + 1).join(', ') : 'none');

  /** The option chosen last on a path: where a runtime error or a loop is best pointed at. */
  const lastChosen = (choices: number[], offered: StoryOption[][]) =>
    offered.at(-1)?.find((o) => o.index === choices.at(-1)) ?? offered.at(-1)?.[0];
  const once = new Set<string>();
  const report = (d: Diagnostic) => {
    const key = `${d.file}:${d.line}:${d.message.slice(0, 40)}`;
    if (!once.has(key)) out.push(d);
    once.add(key);
  };
  /** The knot or stitch that holds an ink path (`loop.0.3` is in `loop`), for pointing at a loop. */
  const passageAt = (path: string) =>
    structure.passages
      .filter((p) => path === p.path || path.startsWith(`${p.path}.`))
      .sort((a, b) => b.path.length - a.path.length)[0];
  for (const e of run.errors.slice(0, 10)) {
    const passage = e.path ? passageAt(e.path) : undefined;
    const where = passage
      ? { file: fileFor(passage.file), line: passage.line }
      : e.offered.length
        ? at(lastChosen(e.choices, e.offered))
        : { file: main, line: null };
    report({
      ...where,
      severity: 'error',
      message: `runtime error after choosing options ${steps(e.choices)}: ${e.message}`,
    });
  }
  for (const d of run.deepest.slice(0, 10)) {
    report({
      ...at(lastChosen(d.choices, d.offered)),
      severity: 'error',
      message: `a path runs past ${maxDepth} choices without ending (options ${steps(d.choices.slice(0, 12))}…): a loop with no way out?`,
    });
  }

  // Unwinnable points, and points where nothing is at stake, once per distinct set of options.
  const exercised = new Set<string>();
  const seenPoints = new Set<string>();
  for (const options of run.paths.flatMap((p) => p.offered)) {
    for (const o of options) for (const r of o.evidence.rubric) exercised.add(r.criterion);
    const key = options.map((o) => o.source).join('|');
    if (seenPoints.has(key) || !judgeEvidence) continue;
    seenPoints.add(key);
    if (options.every((o) => o.evidence.rubric.length === 0)) continue; // reported per option by the static checks
    const stake = criteriaAtStake(options);
    if (stake.length === 0) {
      out.push({
        ...at(options[0]),
        severity: 'warning',
        message: 'nothing is at stake at this choice point: every option carries the same rubric values',
      });
    } else if (!options.some((o) => stake.some((id) => valueFor(o.evidence, id) > 0))) {
      out.push({
        ...at(options[0]),
        severity: 'error',
        message: `unwinnable choice point: no option scores positively on ${stake.join(', ')}`,
      });
    }
    // Surface cues that give the key away, at the line of the option they are about.
    for (const cue of pointCues(rubric, options))
      out.push({ ...at(options[cue.option]), severity: 'warning', message: cue.message });
  }

  // Knots and stitches: named by nothing, or never reached.
  for (const p of structure.passages) {
    if (p.kind === 'function') continue;
    const where = { file: fileFor(p.file), line: p.line };
    if (!structure.referenced.has(p.path)) {
      out.push({ ...where, severity: 'warning', message: `nothing diverts to ${p.kind} "${p.path}"` });
    } else if (!visited.has(p.path) && run.paths.length > 0) {
      out.push({
        ...where,
        severity: 'warning',
        message: exhaustive
          ? `${p.kind} "${p.path}" is never reached by any path`
          : `${p.kind} "${p.path}" was not reached when every option was played once; it may need a particular earlier choice`,
      });
    }
  }

  // Endings written but never reached.
  const reached = new Set(run.paths.map((p) => p.ending));
  for (const t of tags) {
    const { key, value } = splitTag(t.text);
    if (key !== 'ending' || !value || reached.has(value) || run.paths.length === 0) continue;
    out.push({
      file: fileFor(t.file),
      line: t.line,
      severity: 'warning',
      message: exhaustive
        ? `the ending "${value}" is never reached by any path`
        : `the ending "${value}" was not reached when every option was played once`,
    });
  }
  return { diagnostics: out, exploration: run, exercised };
}
