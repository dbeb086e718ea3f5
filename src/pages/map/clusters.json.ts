/**
 * What the map's scripts know of every cluster (ClusterSummary[], in name
 * order), as JSON: /map/clusters.json. The map page, its embed and the home
 * page's download fetch it (same origin) rather than carry it in their HTML,
 * which then stays light however many clusters the atlas holds.
 */
import type { APIRoute } from 'astro';
import { summaries } from '../../lib/atlas-summaries.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(summaries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
