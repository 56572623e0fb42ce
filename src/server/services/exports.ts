/**
 * Exports for supervisors: a cohort's results as CSV, and xAPI 1.0.3 statements for attempts (one attempt, or
 * every attempt of a cohort's trainees), the same statements the LRS sender delivers (xapi-delivery.ts).
 *
 * Only the cohort's supervisors and admins may export a cohort; anyone else gets the same 404 as for a cohort
 * that does not exist. An attempt's statements go to whoever may read the attempt (its owner, an admin, a
 * supervisor of a cohort its owner is in).
 *
 * Statements (https://github.com/adlnet/xAPI-Spec, 1.0.3): the actor is an Agent identified by an account on
 * this Rapport (homePage = BASE_URL, name = the person's id, so no email leaves); verbs are ADL's launched,
 * answered, completed and scored; the object is the scenario (`${BASE_URL}/scenarios/<slug>/`) or, for an
 * answer, the choice point as a cmi.interaction of type choice; context.registration is the attempt id; every
 * statement id is a UUID v5 of the attempt id and the statement's role, so sending the same attempt again gives
 * the same ids and an LRS stores each statement once.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../engine/bundle.ts';
import { DOMAIN_IDS } from '../../engine/rubric.ts';
import { orderOptions } from '../../engine/option-order.ts';
import { meetsPassMarks, parsePassMarks } from './pass-marks.ts';
import { bestOption, type ScoreReport } from '../../engine/scoring.ts';
import { StoryRunner, type StoryOption } from '../../engine/story-runner.ts';
import type { AttemptTable, Database } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { notFound } from '../core/errors.ts';
import { isId } from '../core/input.ts';
import { csvDocument, round2, type CsvCell } from './csv.ts';
import type { StoryVersions } from './story-versions.ts';
import { supervisesAttempt, supervisesCohort } from './supervision-access.ts';

// ---------------------------------------------------------------------------------------------- xAPI types

export type LanguageMap = Record<string, string>;

export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
    extensions?: Record<string, unknown>;
  };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
} as const;

const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Rapport's own extension IRIs, under the site's address. */
export function extensionIri(baseUrl: string, name: string): string {
  return `${baseUrl}/xapi/extensions/${name}`;
}

/** The namespace of Rapport's statement ids (UUID v5). */
const NAMESPACE = '6f1f3c1e-5b0e-4c7a-9d59-2f1b8e0c4a71';

/** A name-based UUID (RFC 4122 version 5, SHA-1) in `namespace`. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An ISO 8601 duration in seconds, e.g. PT754.2S. */
export function isoDuration(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 1000);
  return `PT${Math.round(seconds * 100) / 100}S`;
}

/** Where a choice point is written: the container of its options' source paths (`gift.0` for `gift.0.14`). */
export function pointIdOf(options: readonly Pick<StoryOption, 'source'>[]): string {
  const containers = [...new Set(options.map((o) => o.source.replace(/\.[^.]*$/, '')))].sort();
  return containers.join('+');
}

/** The passage a choice point is in, for people: its knot (and stitch), e.g. `gift` or `gift.opening`. */
export function pointLabelOf(pointId: string): string {
  return pointId
    .split('+')
    .map((c) => c.split('.').filter((part) => !/^\d+$/.test(part) && !part.startsWith('c-')).join('.') || '(start)')
    .filter((v, i, all) => all.indexOf(v) === i)
    .join(' / ');
}

// ---------------------------------------------------------------------------------------------- replaying choices

export interface RecordedChoiceEvent {
  seq: number;
  receivedAt: string;
  point: number;
  index: number;
}

export interface AnsweredChoice extends RecordedChoiceEvent {
  options: StoryOption[];
  chosen: StoryOption;
}

/**
 * Every recorded choice with the options on offer when it was made, rewinds included (a practice attempt that
 * went back answers the earlier point again). Stops quietly at the first choice that does not replay: the
 * attempt service has already rejected such an attempt, and what replayed is still what the trainee did.
 */
export function answeredChoices(bundle: ScenarioBundle, events: readonly RecordedChoiceEvent[], seed: string | null = null): AnsweredChoice[] {
  const out: AnsweredChoice[] = [];
  try {
    const runner = new StoryRunner(structuredClone(bundle.ink as object));
    const states: string[] = [];
    const offered: StoryOption[][] = [];
    let step = runner.step();
    states[0] = runner.saveState();
    // In the order the trainee saw them: the attempt's seed decides it (src/engine/option-order.ts).
    offered[0] = orderOptions(step.options, seed, 0);
    let pathLen = 0;
    for (const event of events) {
      if (event.point > pathLen || event.point < 0) break;
      if (event.point < pathLen) {
        runner.loadState(states[event.point]!);
        pathLen = event.point;
      }
      const options = offered[event.point]!;
      const chosen = options.find((o) => o.index === event.index);
      if (!chosen) break;
      out.push({ ...event, options, chosen });
      runner.choose(chosen.index);
      step = runner.step();
      pathLen += 1;
      states[pathLen] = runner.saveState();
      offered[pathLen] = orderOptions(step.options, seed, pathLen);
    }
  } catch {
    // A runtime error in the story: what replayed so far stands.
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- the service

interface AttemptRow extends AttemptTable {
  user_name: string;
  user_email: string;
  title: string;
  assignment_title: string | null;
  pass_marks: string | null;
}

export interface CsvExport {
  filename: string;
  csv: string;
  rows: number;
}

export function exportService(db: Kysely<Database>, versions: StoryVersions, baseUrl: string) {

  function attemptsQuery() {
    return db
      .selectFrom('attempt')
      .innerJoin('user', 'user.id', 'attempt.user_id')
      .innerJoin('story_version', 'story_version.hash', 'attempt.story_hash')
      .leftJoin('assignment', 'assignment.id', 'attempt.assignment_id')
      .selectAll('attempt')
      .select(['user.name as user_name', 'user.email as user_email', 'story_version.title as title', 'assignment.title as assignment_title', 'assignment.pass_marks as pass_marks']);
  }

  async function cohortOrNotFound(actor: Actor, cohortId: string): Promise<{ id: string; name: string }> {
    if (!isId(cohortId)) throw notFound('cohort');
    const cohort = await db.selectFrom('cohort').select(['id', 'name']).where('id', '=', cohortId).executeTakeFirst();
    if (!cohort || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
    return cohort;
  }

  /** The attempts made for the cohort's assignments by its members (never their other cohorts' or practice). */
  async function cohortAttempts(cohortId: string): Promise<AttemptRow[]> {
    return (await attemptsQuery()
      .innerJoin('cohort_member', (j) => j.onRef('cohort_member.user_id', '=', 'attempt.user_id').onRef('cohort_member.cohort_id', '=', 'assignment.cohort_id'))
      .where('assignment.cohort_id', '=', cohortId)
      .orderBy('user.name')
      .orderBy('user.id')
      .orderBy('attempt.started_at')
      .orderBy('attempt.id')
      .execute()) as AttemptRow[];
  }

  async function choiceEvents(attemptIds: readonly string[]): Promise<Map<string, RecordedChoiceEvent[]>> {
    const out = new Map<string, RecordedChoiceEvent[]>();
    for (let i = 0; i < attemptIds.length; i += 500) {
      const chunk = attemptIds.slice(i, i + 500);
      const rows = await db
        .selectFrom('attempt_event')
        .select(['attempt_id', 'seq', 'payload', 'received_at'])
        .where('attempt_id', 'in', chunk)
        .where('type', '=', 'choice')
        .orderBy('attempt_id')
        .orderBy('seq')
        .execute();
      for (const r of rows) {
        const data = JSON.parse(r.payload) as { point: number; index: number };
        const list = out.get(r.attempt_id) ?? [];
        list.push({ seq: Number(r.seq), receivedAt: r.received_at, point: data.point, index: data.index });
        out.set(r.attempt_id, list);
      }
    }
    return out;
  }

  function statementsFor(row: AttemptRow, bundle: ScenarioBundle, events: readonly RecordedChoiceEvent[]): XapiStatement[] {
    const ext = (name: string) => extensionIri(baseUrl, name);
    const actor: XapiAgent = { objectType: 'Agent', name: row.user_name, account: { homePage: baseUrl, name: row.user_id } };
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
      { id: uuidV5(`${row.id}/launched`), actor, verb: verb('launched'), object: scenario, context: context(false), timestamp: row.started_at },
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
      const report = row.score ? (JSON.parse(row.score) as ScoreReport) : null;
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

  async function statementsOf(rows: readonly AttemptRow[]): Promise<XapiStatement[]> {
    const events = await choiceEvents(rows.map((r) => r.id));
    const out: XapiStatement[] = [];
    for (const row of rows) out.push(...statementsFor(row, (await versions.get(row.story_hash)).bundle, events.get(row.id) ?? []));
    return out;
  }

  return {
    /** A cohort's results, one row per attempt made for its assignments; for the cohort's supervisors and admins. */
    async cohortCsv(actor: Actor, cohortId: string): Promise<CsvExport> {
      const cohort = await cohortOrNotFound(actor, cohortId);
      const rows = await cohortAttempts(cohort.id);
      const reports = rows.map((r) => (r.score ? (JSON.parse(r.score) as ScoreReport) : null));
      const domainIds = new Set<string>();
      const criterionIds = new Set<string>();
      for (const report of reports) {
        for (const d of report?.domains ?? []) domainIds.add(d.id);
        for (const c of report?.criteria ?? []) criterionIds.add(c.id);
      }
      const order = (id: string) => {
        const i = (DOMAIN_IDS as readonly string[]).indexOf(id);
        return i === -1 ? DOMAIN_IDS.length : i;
      };
      const domains = [...domainIds].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
      const criteria = [...criterionIds].sort((a, b) => order(a.split('.')[0]!) - order(b.split('.')[0]!) || a.localeCompare(b));
      const header = [
        'trainee',
        'trainee_email',
        'trainee_id',
        'attempt_id',
        'scenario',
        'scenario_title',
        'story_version',
        'mode',
        'status',
        'assignment',
        'started_at',
        'completed_at',
        'overall',
        'band',
        ...domains.map((d) => `domain:${d}`),
        ...criteria.map((c) => `criterion:${c}`),
        'critical_incidents',
        'critical_incident_kinds',
      ];
      const body = rows.map((r, i): CsvCell[] => {
        const report = reports[i] ?? null;
        const domainScore = new Map(report?.domains.map((d) => [d.id, d.score]) ?? []);
        const criterionScore = new Map(report?.criteria.map((c) => [c.id, c.score]) ?? []);
        return [
          r.user_name,
          r.user_email,
          r.user_id,
          r.id,
          r.scenario,
          r.title,
          r.story_hash,
          r.mode,
          r.status,
          r.assignment_title,
          r.started_at,
          r.completed_at,
          round2(r.overall === null ? null : Number(r.overall)),
          r.band,
          ...domains.map((d) => round2(domainScore.get(d))),
          ...criteria.map((c) => round2(criterionScore.get(c))),
          report ? report.incidents.length : null,
          report ? report.incidents.map((x) => x.kind).join('; ') : null,
        ];
      });
      const slug = cohort.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'cohort';
      return { filename: `rapport-${slug}-results.csv`, csv: csvDocument(header, body), rows: body.length };
    },

    /** The xAPI statements of one attempt, for whoever may read it. */
    async attemptStatements(actor: Actor, attemptId: string): Promise<XapiStatement[]> {
      if (!isId(attemptId)) throw notFound('attempt');
      const row = (await attemptsQuery().where('attempt.id', '=', attemptId).executeTakeFirst()) as AttemptRow | undefined;
      if (!row || !(row.user_id === actor.id || (await supervisesAttempt(db, actor, row)))) throw notFound('attempt');
      return statementsOf([row]);
    },

    /** The xAPI statements of every attempt made for a cohort's assignments; for the cohort's supervisors and admins. */
    async cohortStatements(actor: Actor, cohortId: string): Promise<XapiStatement[]> {
      const cohort = await cohortOrNotFound(actor, cohortId);
      return statementsOf(await cohortAttempts(cohort.id));
    },

    /** Statements of one attempt with no access check: for the LRS sender, which acts for the organisation. */
    async statementsForDelivery(attemptId: string): Promise<XapiStatement[]> {
      const row = (await attemptsQuery().where('attempt.id', '=', attemptId).executeTakeFirst()) as AttemptRow | undefined;
      return row ? statementsOf([row]) : [];
    },
  };
}

function clampScaled(n: number): number {
  return Math.min(1, Math.max(-1, n));
}

/** Whether the attempt met its assignment's pass marks, by the one rule (pass-marks.ts); null with no marks. */
export function passed(report: ScoreReport | null, passMarks: string | null): boolean | null {
  if (!report) return null;
  return meetsPassMarks(parsePassMarks(passMarks), Object.fromEntries(report.domains.map((d) => [d.id, d.score])));
}

export type ExportService = ReturnType<typeof exportService>;
