/** What the join pages do with a posted code: join, then go to the dashboard; or the refusal to show. */
import type { AstroGlobal } from 'astro';
import { readForm, refusal } from './form-post.ts';
import { getApp } from './server-app.ts';

export async function handleJoin(
  Astro: AstroGlobal,
): Promise<{ redirect: Response } | { error: string; typed: string } | null> {
  const user = Astro.locals.user;
  if (!user || Astro.request.method !== 'POST') return null;
  const app = await getApp();
  let typed = '';
  try {
    const form = await readForm(Astro.request, app.config.maxBody);
    typed = form.code ?? '';
    const { cohort } = await app.cohorts.join(user, { code: typed });
    return { redirect: Astro.redirect(`/dashboard/?joined=${encodeURIComponent(cohort.id)}`, 303) };
  } catch (e) {
    const r = refusal(e);
    Astro.response.status = r.status;
    return { error: r.message, typed };
  }
}
