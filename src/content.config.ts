import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { MODULE_IDS } from './engine/scenario-meta.ts';
import { domainSchema } from './engine/rubric-schema.ts';
import { rubricLoader, scenarioLoader } from './pipeline/astro-loaders.ts';

/** Rubric domains from content/rubrics/*.yaml, one entry per domain. */
const rubric = defineCollection({ loader: rubricLoader(), schema: domainSchema });

/** Scenarios from stories/<slug>/, compiled and checked; `json` is null when a scenario has errors. */
const scenarios = defineCollection({ loader: scenarioLoader() });

/** Module primers and guides (MDX). */
const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/modules' }),
  schema: z.object({
    /** The module's title. */
    title: z.string(),
    /** Which module this primer introduces; scenarios name the same id. */
    module: z.enum(MODULE_IDS),
    /** One or two sentences for the catalogue. */
    summary: z.string(),
    /** Position on the home page. */
    order: z.number().int(),
    /** Rubric domain this module trains. */
    domain: z.string(),
  }),
});

/** Guides for educators (MDX), e.g. the authoring guide at /guide/. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: z.object({
    /** The guide's title, shown as its h1. */
    title: z.string(),
    /** One or two sentences: what the guide covers. */
    summary: z.string(),
  }),
});

export const collections = { rubric, scenarios, modules, guides };
