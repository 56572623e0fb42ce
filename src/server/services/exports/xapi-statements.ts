/**
 * An attempt's xAPI 1.0.3 statements (https://github.com/adlnet/xAPI-Spec): the actor is an Agent identified by an
 * account on this Rapport (homePage = BASE_URL, name = the person's id, so no email leaves); verbs are ADL's
 * launched, answered, completed and scored; the object is the scenario (`${BASE_URL}/scenarios/<slug>/`) or, for an
 * answer, the choice point as a cmi.interaction of type choice; context.registration is the attempt id; every
 * statement id is a UUID v5 of the attempt id and the statement's role (statement-id.ts).
 */
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import { domainScoresOf, meetsPassMarks } from '../../../engine/pass-marks.ts';
import { bestOption, type ScoreReport } from '../../../engine/scoring.ts';
import { readPassMarks, readScoreReport } from '../../core/json-column.ts';
import { pointIdOf, pointLabelOf } from '../choice-points.ts';
import { answeredChoices, type RecordedChoiceEvent } from './answered-choices.ts';
import type { AttemptRow } from './attempt-rows.ts';
import { uuidV5 } from './statement-id.ts';
import {
  ACTIVITY_TYPES,
  extensionIri,
  VERBS,
  type XapiActivity,
  type XapiAgent,
  type XapiStatement,
} from './xapi-types.ts';

/** An ISO 8601 duration in seconds, e.g. PT754.2S. */
export function isoDuration(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 1000);
  return `PT${Math.round(seconds * 100) / 100}S`;
}

function clampScaled(n: number): number {
  return Math.min(1, Math.max(-1, n));
}

/** The `scored` statement's success: whether the attempt met its assignment's pass marks (src/engine/pass-marks.ts); null with no marks. */
export function passed(report: ScoreReport | null, passMarks: string | null): boolean | null {
  if (!report) return null;
  return meetsPassMarks(readPassMarks(passMarks), domainScoresOf(report));
}

export function statementsFor(
  baseUrl: string,
  row: AttemptRow,
  bundle: ScenarioBundle,
  events: readonly RecordedChoiceEvent[],
): XapiStatement[] {
  const ext = (name: string) => extensionIri(baseUrl, name);
  const actor: XapiAgent = {
    objectType: 'Agent',
    name: row.user_name,
    account: { homePage: baseUrl, name: row.user_id },
  };
  const scenario: XapiActivity = {
    objectType: 'Activity',
    id: `${baseUrl}/scenarios/${row.scenario}/`,
    definition: {
      type: ACTIVITY_TYPES.simulation,
      name: { en: row.title },
      description: { en: bundle.meta.summary },
    },
  };
  const context = (parent: boolean): XapiStatement['context'] => ({
    registration: row.id,
    platform: 'Rapport',
    language: 'en',
    ...(parent ? { contextActivities: { parent: [{ objectType: 'Activity', id: scenario.id }] } } : {}),
    extensions: {
      [ext('story-version')]: row.story_hash,
      [ext('mode')]: row.mode,
      ...(row.assignment_id ? { [ext('assignment')]: row.assignment_id } : {}),
    },
  });
  const verb = (name: keyof typeof VERBS) => ({ id: VERBS[name], display: { en: name } });
  const out: XapiStatement[] = [
    {
      id: uuidV5(`${row.id}/launched`),
      actor,
      verb: verb('launched'),
      object: scenario,
      context: context(false),
      timestamp: row.started_at,
    },
  ];

  for (const answer of answeredChoices(bundle, events, row.seed)) {
    const pointId = pointIdOf(answer.options);
    const best = answer.options[bestOption(bundle.rubric, answer.options)];
    out.push({
      id: uuidV5(`${row.id}/answered/${answer.seq}`),
      actor,
      verb: verb('answered'),
      object: {
        objectType: 'Activity',
        id: `${baseUrl}/scenarios/${row.scenario}/points/${encodeURIComponent(pointId)}`,
        definition: {
          type: ACTIVITY_TYPES.interaction,
          name: { en: `${row.title}: the choice in ${pointLabelOf(pointId)}` },
          interactionType: 'choice',
          ...(best ? { correctResponsesPattern: [best.source] } : {}),
          choices: answer.options.map((o) => ({ id: o.source, description: { en: o.text } })),
        },
      },
      result: {
        response: answer.chosen.source,
        extensions: {
          [ext('rubric-evidence')]: {
            option: answer.chosen.text,
            rubric: answer.chosen.evidence.rubric,
            critical: answer.chosen.evidence.critical,
            contested: answer.chosen.evidence.contested,
            feedback: answer.chosen.evidence.feedback,
          },
          [ext('point')]: answer.point,
          // Respond-first play: the trainee's own words, typed before the options were shown. result.response
          // stays the chosen option's id, as a choice interaction's response must be (it is matched against
          // correctResponsesPattern); free text there would break that, so the words go in an extension.
          ...(answer.response !== undefined ? { [ext('typed-response')]: answer.response } : {}),
        },
      },
      context: context(true),
      timestamp: answer.receivedAt,
    });
  }

  if (row.status === 'completed' && row.completed_at) {
    out.push({
      id: uuidV5(`${row.id}/completed`),
      actor,
      verb: verb('completed'),
      object: scenario,
      result: {
        completion: true,
        duration: isoDuration(row.started_at, row.completed_at),
        ...(row.reflection ? { extensions: { [ext('reflection')]: row.reflection } } : {}),
      },
      context: context(false),
      timestamp: row.completed_at,
    });
    const report = row.score ? readScoreReport(row.score) : null;
    const overall = row.overall === null ? null : Number(row.overall);
    const success = passed(report, row.pass_marks);
    out.push({
      id: uuidV5(`${row.id}/scored`),
      actor,
      verb: verb('scored'),
      object: scenario,
      result: {
        ...(overall !== null ? { score: { scaled: clampScaled(overall / 100), raw: overall, min: 0, max: 100 } } : {}),
        ...(success !== null ? { success } : {}),
        completion: true,
        extensions: {
          [ext('band')]: row.band,
          [ext('domains')]: report?.domains ?? [],
          [ext('criteria')]: report?.criteria ?? [],
          [ext('critical-incidents')]: report?.incidents ?? [],
        },
      },
      context: context(false),
      timestamp: row.completed_at,
    });
  }
  return out;
}
