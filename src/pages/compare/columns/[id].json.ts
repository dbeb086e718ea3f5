/**
 * One cluster's column of the compare view, as JSON: /compare/columns/<id>.json.
 * The compare page loads the columns of the clusters in its address (same origin).
 */
import type { APIRoute } from 'astro';
import { clusters } from '../../../lib/atlas-data.ts';
import { columnFor } from '../../../lib/compare-data.ts';

export function getStaticPaths() {
  return clusters.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(columnFor(String(params['id']))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
