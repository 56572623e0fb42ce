/** Validates one rubric domain file (content/rubrics/<domain>.yaml). Build-time and server only. */
import { z } from 'zod';
import { DOMAIN_IDS, PROFESSIONAL_CODES } from './rubric-vocabulary.ts';

/** The article's section headings; "Introduction" names the untitled opening. */
export const SOURCE_SECTIONS = [
  'Introduction',
  'The Benefits of a Positive Therapist-Client Relationship',
  'Maintaining Boundaries in the Therapist-Client Relationship',
  'Exploring Power Dynamics in the Therapist-Client Relationship',
  'Working Through Conflict in the Therapist-Client Relationship',
  'Understanding the Different Types of Therapist-Client Relationships',
  'Providing Support and Encouragement in the Therapist-Client Relationship',
  'Respecting Individuality and Autonomy in the Therapist-Client Relationship',
  'Final Words On Therapist Client Relationship',
] as const;

const text = z.string().trim().min(1, 'must not be empty');

export const citationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('source'),
    /** A heading of the source article, verbatim. */
    section: z.enum(SOURCE_SECTIONS),
    /** A verbatim passage of that section (checked against the article by the test suite). */
    quote: text,
  }),
  z.object({
    kind: z.literal('code'),
    /** Which professional code. */
    code: z.enum(PROFESSIONAL_CODES),
    /** The standard's number and name, e.g. "3.05 Multiple Relationships". */
    ref: text,
    /** What the standard says that matters to this criterion. */
    point: text,
  }),
]);

export const criterionSchema = z.object({
  /** `<domain>.<slug>`; the domain part must match the file's domain. */
  id: z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, 'must look like "boundaries.gifts"'),
  name: text,
  description: text,
  /** What skilled practice looks like. */
  skilled: z.array(text).min(1),
  /** What unhelpful practice looks like. */
  unhelpful: z.array(text).min(1),
  /** Relative importance when criteria are averaged into domain and overall scores. */
  weight: z.number().int().min(1).max(3),
  /** At least one passage of the source article; professional codes where it is loose. */
  citations: z
    .array(citationSchema)
    .min(1)
    .refine((cs) => cs.some((c) => c.kind === 'source'), 'needs at least one citation of kind "source"'),
  /** Where the article is loose or at odds with the codes, which reading the scoring follows. */
  educatorNotes: text.optional(),
});

export const domainSchema = z.object({
  id: z.enum(DOMAIN_IDS),
  name: text,
  /** Position in lists and charts. */
  order: z.number().int().min(1),
  summary: text,
  /** Each id starts with the domain's id (checked by `criterionPrefixIssues`, which runs even when other fields fail). */
  criteria: z.array(criterionSchema).min(1),
});

/** Criterion ids that name another domain. Separate from the schema so it reports alongside other errors. */
export function criterionPrefixIssues(raw: unknown): { path: (string | number)[]; message: string }[] {
  const doc = raw as { id?: unknown; criteria?: unknown } | null;
  if (!doc || typeof doc.id !== 'string' || !Array.isArray(doc.criteria)) return [];
  const domain = doc.id;
  return doc.criteria.flatMap((c: unknown, i: number) => {
    const id = (c as { id?: unknown } | null)?.id;
    return typeof id === 'string' && !id.startsWith(`${domain}.`)
      ? [{ path: ['criteria', i, 'id'], message: `must start with "${domain}."` }]
      : [];
  });
}

export type DomainInput = z.input<typeof domainSchema>;

/* The rubric's types, as a validated file gives them. rubric.ts names them for everyone else (Citation, Criterion,
 * Domain) with `import type`, so the browser never bundles this file or zod. */
export type CitationOutput = z.output<typeof citationSchema>;
export type CriterionOutput = z.output<typeof criterionSchema>;
export type DomainOutput = z.output<typeof domainSchema>;
