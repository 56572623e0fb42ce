/**
 * What the workspace, review and scenario pages need beyond the fetch wrappers of `authoring-client.ts`: a new
 * scenario made from the blank template with the title the educator typed, and the drafts editor's address.
 */
import { createDraft, type AuthoringOutcome } from './authoring-client.ts';

/** The draft editor's page (issue 15), where a new or revised draft opens. */
export const editorUrl = (draftId: string) => `/author/drafts/${encodeURIComponent(draftId)}/`;
export const reviewUrl = (reviewId: string) => `/author/reviews/${encodeURIComponent(reviewId)}/`;
export const scenarioPageUrl = (slug: string) => `/author/scenarios/${encodeURIComponent(slug)}/`;

/**
 * The template's `scenario.yaml` with its title replaced by `title`. The title is written as a JSON string, which
 * YAML reads as a double-quoted scalar, so a colon, a quote or a `#` in it cannot change the file's meaning.
 * A template without a top-level `title:` line gets one at the top.
 */
export function yamlWithTitle(templateYaml: string, title: string): string {
  const line = `title: ${JSON.stringify(title.trim())}`;
  return /^title:.*$/m.test(templateYaml) ? templateYaml.replace(/^title:.*$/m, line) : `${line}\n${templateYaml}`;
}

/** Creates a draft from the blank template (the server's ink) with the educator's title in its metadata. */
export const createScenario = (slug: string, title: string, templateYaml: string) =>
  createDraft({ slug: slug.trim(), yaml: yamlWithTitle(templateYaml, title) });

/** A refused call as an Error the machines read: the server's sentence, and its HTTP status (0: no answer). */
export class Refusal extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** The data of an answered call, or a `Refusal`: the machines' injected calls reject rather than return failures. */
export async function orThrow<T>(pending: Promise<AuthoringOutcome<T>>): Promise<T> {
  const outcome = await pending;
  if (!outcome.ok) throw new Refusal(outcome.message, outcome.status);
  return outcome.data;
}

/** A short name suggested from a title: lowercase words joined by hyphens, at most 60 characters. */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
