/**
 * /assess/answers.css: the stylesheet that makes the assessment answer without JavaScript (src/lib/assess-styles.ts),
 * from the same questions and group profiles as the page's script. An external file: the Content-Security-Policy
 * allows no inline style.
 */
import type { APIRoute } from 'astro';
import { assessPage } from '../../lib/assess-page.ts';
import { answerStyles, staticVerdicts } from '../../lib/assess-styles.ts';
import { atlas } from '../../lib/atlas-data.ts';

export const GET: APIRoute = () => {
  const { worksheet, script } = assessPage(atlas);
  const { questions, points, groups } = script;
  const sections = worksheet.map((s) => s.rows.map((r) => r.question.id));
  const css = answerStyles(questions, staticVerdicts(questions, points, groups.map((g) => g.id)), sections);
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
