/**
 * The rubric's fixed words: its domains and the professional codes a criterion may cite. Their own file because
 * both rubric.ts (the types the player sees) and rubric-schema.ts (the zod schema the build validates with) need
 * them, and rubric.ts takes its types from the schema: with the lists in either of the two, they import each other.
 */
export const DOMAIN_IDS = ['trust', 'boundaries', 'power', 'conflict', 'autonomy', 'support'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export const PROFESSIONAL_CODES = ['APA Ethics Code', 'ACA Code of Ethics', 'BACP Ethical Framework'] as const;
