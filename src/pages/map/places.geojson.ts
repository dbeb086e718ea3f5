/**
 * The interactive map's place names (src/lib/map/places.ts) as GeoJSON:
 * /map/places.geojson, fetched by MapLibre from the site itself.
 */
import type { APIRoute } from 'astro';
import { summaries } from '../../lib/atlas-summaries.ts';
import { basemapGeoJson } from '../../lib/map/basemap.ts';
import { loadCountryShapes } from '../../lib/map/load-country-shapes.ts';
import { placesGeoJson } from '../../lib/map/places.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(placesGeoJson(basemapGeoJson(loadCountryShapes('110m')).features, summaries)), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
