/**
 * Playing a real scenario of the build over HTTP: read its bundle.json from dist/, choose a path to an
 * ending with the engine (so every choice is valid), and turn it into the events the player sends.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { scoreRecorded, type RecordedChoice } from '../../src/engine/replay.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { DIST, type Client, type Reply } from '../support/server-process.ts';

/** One choice of a planned path: where, which option, and its words. */
export type PlannedChoice = Required<Omit<RecordedChoice, 'response'>>;

const scenariosDir = join(DIST, 'client', 'scenarios');

/** The slugs of the built scenarios, in name order. */
export function builtScenarios(): string[] {
  return readdirSync(scenariosDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function builtBundle(slug = builtScenarios()[0]!): ScenarioBundle {
  return JSON.parse(readFileSync(join(scenariosDir, slug, 'bundle.json'), 'utf8')) as ScenarioBundle;
}

/**
 * A path from the start to an ending: at each point the option whose place in the story has been taken
 * least often so far (the first such), so a hub the story returns to is left by its exit in the end.
 */
export function planPath(bundle: ScenarioBundle, limit = 500): PlannedChoice[] {
  const runner = new StoryRunner(structuredClone(bundle.ink as object));
  const taken = new Map<string, number>();
  const path: PlannedChoice[] = [];
  for (let step = runner.step(); !step.ended; step = runner.step()) {
    if (path.length >= limit) throw new Error(`${bundle.slug}: no ending within ${limit} choices`);
    let best = step.options[0]!;
    for (const o of step.options) if ((taken.get(o.source) ?? 0) < (taken.get(best.source) ?? 0)) best = o;
    taken.set(best.source, (taken.get(best.source) ?? 0) + 1);
    path.push({ point: path.length, index: best.index, text: best.text });
    runner.choose(best.index);
  }
  return path;
}

/** The overall score the engine gives these choices: what the server must report. */
export function engineScore(
  bundle: ScenarioBundle,
  choices: readonly RecordedChoice[],
  mode: 'practice' | 'assessment',
): number | null {
  return scoreRecorded(bundle.ink, bundle.rubric, choices, { allowRewind: mode === 'practice' }).report.overall;
}

export function choiceEvent(seq: number, choice: PlannedChoice) {
  return {
    eventId: crypto.randomUUID(),
    seq,
    type: 'choice' as const,
    point: choice.point,
    index: choice.index,
    text: choice.text,
  };
}

export function completeEvent(seq: number, reflection: string) {
  return { eventId: crypto.randomUUID(), seq, type: 'complete' as const, reflection };
}

/** Starts an attempt on the bundle's version (for an assignment, when given); fails unless the server answers 201. */
export async function startAttempt(
  client: Client,
  bundle: ScenarioBundle,
  mode: 'practice' | 'assessment' = 'assessment',
  assignmentId?: string,
): Promise<string> {
  const id = crypto.randomUUID();
  const res = await client.post('/api/attempts', {
    id,
    scenario: bundle.slug,
    storyHash: bundle.hash,
    mode,
    ...(assignmentId ? { assignmentId } : {}),
  });
  if (res.status !== 201) throw new Error(`starting an attempt answered ${res.status}: ${res.text}`);
  return id;
}

export function postEvent(client: Client, attemptId: string, event: object): Promise<Reply> {
  return client.post(`/api/attempts/${attemptId}/events`, event);
}

/** Records `path` in the attempt, a choice event each, then completes it with `reflection`; each must answer 201. */
export async function playPath(
  client: Client,
  attemptId: string,
  path: readonly PlannedChoice[],
  reflection: string,
): Promise<void> {
  let seq = 0;
  for (const choice of path) {
    const res = await postEvent(client, attemptId, choiceEvent(++seq, choice));
    expect(res.status, res.text).toBe(201);
  }
  const done = await postEvent(client, attemptId, completeEvent(seq + 1, reflection));
  expect(done.status, done.text).toBe(201);
}

/** The date `offset` days from today, as assignments take it (YYYY-MM-DD). */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Assigns the bundle's scenario to the whole cohort over HTTP as `supervisor` (open since yesterday); its id. */
export async function assignOver(
  supervisor: Client,
  cohortId: string,
  bundle: ScenarioBundle,
  mode: 'practice' | 'assessment' = 'assessment',
  title = 'Week 1',
): Promise<string> {
  const res = await supervisor.post(`/api/cohorts/${cohortId}/assignments`, {
    title,
    scenarios: [bundle.slug],
    mode,
    opensAt: day(-1),
    dueAt: day(7),
  });
  if (res.status !== 201) throw new Error(`assigning answered ${res.status}: ${res.text}`);
  return res.body.assignment.id as string;
}
