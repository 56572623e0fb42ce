/**
 * The forms of a cohort's page (`/cohorts/<id>/`), one named handler each: make or revoke an invite, add a
 * co-supervisor, remove a trainee, remove a supervisor (or leave), assign, assign again. Each reads its fields,
 * calls the service, and says what is done; the page calls `handleCohortPost` once and either follows its
 * redirect (so a reload does not repeat the work) or shows the refusal beside the form that failed.
 */
import type { App } from '../server/app.ts';
import type { Actor } from '../server/core/actor.ts';
import { Problem } from '../server/core/errors.ts';
import { INVITE_DAYS } from '../server/services/cohorts/invite-codes.ts';
import { CO_SUPERVISOR_MESSAGE } from '../server/services/cohorts/supervisors.ts';
import { readForm, refusal } from './form-post.ts';

/** What the page says after a form succeeded, by the `done` key it is sent back with. */
export const COHORT_DONE_MESSAGES: Readonly<Record<string, string>> = {
  created: 'Cohort created. Invite trainees with a link or a code below.',
  invited: 'New invite made. Copy the link or the code and send it to your trainees.',
  revoked: 'Invite revoked: its code no longer works.',
  supervisor: CO_SUPERVISOR_MESSAGE,
  unsupervised: 'Supervisor removed from the cohort.',
  removed: 'Trainee removed from the cohort.',
  assigned: 'Assignment made. Its trainees see it on their dashboard.',
  reassigned: 'Assigned again with the new dates.',
};

interface FormCall {
  app: App;
  user: Actor;
  cohortId: string;
  posted: Record<string, string>;
}

/** A form's work: the `done` key to show, or somewhere else to go. */
type Handler = (call: FormCall) => Promise<{ done: string } | { redirect: string }>;

const optionalNumber = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v));

/** The handlers, by the form's `action` field. */
export const COHORT_FORMS: Readonly<Record<string, Handler>> = {
  async invite({ app, user, cohortId, posted }) {
    await app.cohorts.createInvite(user, cohortId, { days: Number(posted.days ?? INVITE_DAYS.default) });
    return { done: 'invited' };
  },
  async revoke({ app, user, cohortId, posted }) {
    await app.cohorts.revokeInvite(user, cohortId, posted.code ?? '');
    return { done: 'revoked' };
  },
  async supervisor({ app, user, cohortId, posted }) {
    await app.cohorts.addSupervisor(user, cohortId, { email: (posted.email ?? '').trim() });
    return { done: 'supervisor' };
  },
  async remove({ app, user, cohortId, posted }) {
    await app.cohorts.removeMember(user, cohortId, posted.userId ?? '');
    return { done: 'removed' };
  },
  async unsupervise({ app, user, cohortId, posted }) {
    await app.cohorts.removeSupervisor(user, cohortId, posted.userId ?? '');
    // Someone who has left the cohort can no longer open its page.
    if (posted.userId === user.id && user.role !== 'admin') return { redirect: '/cohorts/?done=left' };
    return { done: 'unsupervised' };
  },
  async assign({ app, user, cohortId, posted }) {
    const scenarios = Object.keys(posted)
      .filter((k) => k.startsWith('scenario:'))
      .map((k) => k.slice('scenario:'.length));
    const passMarks: Record<string, number> = {};
    for (const [k, v] of Object.entries(posted))
      if (k.startsWith('pass:') && v.trim() !== '') passMarks[k.slice(5)] = Number(v);
    await app.assignments.create(user, cohortId, {
      title: posted.title ?? '',
      ...(posted.module ? { module: posted.module } : { scenarios }),
      traineeId: posted.traineeId ? posted.traineeId : null,
      opensAt: posted.opensAt ?? '',
      dueAt: posted.dueAt ?? '',
      mode: posted.mode ?? '',
      // Absent from older forms: the service takes 'off' then.
      ...(posted.respondFirst ? { respondFirst: posted.respondFirst } : {}),
      attemptsAllowed: optionalNumber(posted.attemptsAllowed),
      passMarks,
    });
    return { done: 'assigned' };
  },
  async reassign({ app, user, posted }) {
    await app.assignments.reassign(user, posted.assignmentId ?? '', {
      opensAt: posted.opensAt ?? '',
      dueAt: posted.dueAt ?? '',
    });
    return { done: 'reassigned' };
  },
};

/** Which form was refused, and why: each "assign again" form is its assignment's own (`reassign:<id>`). */
export interface FormRefusal {
  form: string;
  message: string;
}

export type CohortPost = { redirect: string } | { status: number; error: FormRefusal; posted: Record<string, string> };

/** Reads the posted form and runs its handler: where to go next, or the refusal and what was posted. */
export async function handleCohortPost(app: App, user: Actor, cohortId: string, request: Request): Promise<CohortPost> {
  let posted: Record<string, string> = {};
  let form = '';
  try {
    posted = await readForm(request, app.config.maxBody);
    form = posted.action ?? '';
    const handler = Object.hasOwn(COHORT_FORMS, form) ? COHORT_FORMS[form] : undefined;
    if (!handler) throw new Problem(400, 'That form is not known here. Reload the page and try again.');
    const outcome = await handler({ app, user, cohortId, posted });
    return 'redirect' in outcome
      ? outcome
      : { redirect: `/cohorts/${encodeURIComponent(cohortId)}/?done=${outcome.done}` };
  } catch (e) {
    const r = refusal(e);
    return {
      status: r.status,
      error: { form: form.startsWith('reassign') ? `reassign:${posted.assignmentId}` : form, message: r.message },
      posted,
    };
  }
}
