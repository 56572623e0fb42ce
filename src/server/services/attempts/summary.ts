/**
 * An attempt as the service answers with it: its summary (a list row), and its detail (a past debrief). The
 * answers to the player's messages are typed by the attempt protocol (src/lib/attempt-protocol.ts): a summary is
 * at least the protocol's recorded score, an event's result at least its event answer.
 */
import type { EventAnswer, Mode, RecordedScore } from '../../../lib/attempt-protocol.ts';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import type { Replay } from '../../../engine/replay.ts';
import type { ScoreReport } from '../../../engine/scoring.ts';
import { readScoreReport } from '../../core/json-column.ts';
import type { AttemptTable } from '../../db/schema.ts';
import type { StoryVersions } from '../story-versions.ts';

export type DomainSummary = RecordedScore['domains'][number];

export interface AttemptSummary extends RecordedScore {
  id: string;
  userId: string;
  scenario: string;
  title: string;
  storyHash: string;
  mode: Mode;
  lastSeq: number;
  startedAt: string;
  completedAt: string | null;
  incidents: number;
  reflection: string | null;
  rejection: string | null;
}

export interface AttemptDetail extends AttemptSummary {
  report: ScoreReport | null;
  /** The attempt rebuilt from its recorded choices; null when they cannot be replayed. */
  replay: Replay | null;
  /** The rubric subset of the story version, for showing evidence. */
  rubric: ScenarioBundle['rubric'];
}

export interface EventResult extends EventAnswer {
  attempt: AttemptSummary;
}

/** The summary of an attempt's row; its title is the row's, else its version's when known, else its slug. */
export function summarise(row: AttemptTable & { title?: string }, versions: StoryVersions): AttemptSummary {
  const report = row.score ? readScoreReport(row.score) : null;
  return {
    id: row.id,
    userId: row.user_id,
    scenario: row.scenario,
    title: row.title ?? versions.knownTitle(row.story_hash) ?? row.scenario,
    storyHash: row.story_hash,
    mode: row.mode,
    status: row.status,
    lastSeq: Number(row.last_seq),
    startedAt: row.started_at,
    completedAt: row.completed_at,
    overall: row.overall === null ? null : Number(row.overall),
    band: row.band,
    domains: report?.domains.map((d) => ({ id: d.id, name: d.name, score: d.score })) ?? [],
    incidents: report?.incidents.length ?? 0,
    reflection: row.reflection,
    rejection: row.rejection,
  };
}
