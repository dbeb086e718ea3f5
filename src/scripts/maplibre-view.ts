/**
 * The interactive map, loaded on the visitor's first interaction with the
 * map (it weighs ~450 KB gzipped with its worker, so nothing loads it
 * earlier). Self-contained: our own style, country shapes from the site.
 */
import { Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import type { ClusterSummary } from '../lib/cluster-filter.ts';

setWorkerUrl(workerUrl);

export interface MapView {
  setVisible(ids: ReadonlySet<string>): void;
  select(id: string | null): void;
  highlight(id: string | null): void;
}

export interface MapViewOptions {
  container: HTMLElement;
  clusters: readonly ClusterSummary[];
  basemapUrl: string;
  /** Renders the popup content of a cluster (DOM, never HTML strings). */
  describe: (c: ClusterSummary) => HTMLElement;
  onSelect: (id: string | null) => void;
}

const GROUP_COLOURS = ['match', ['get', 'group'], 1, '#0072b2', 2, '#d55e00', 3, '#009e73', '#ffffff'];

function clusterFeatures(clusters: readonly ClusterSummary[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: clusters.map((c) => ({
      type: 'Feature',
      id: clusters.indexOf(c),
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
      properties: { id: c.id, name: c.name, group: c.group ?? 0, inSample: c.inSample, crossBorder: c.countries.length > 1 },
    })),
  };
}

/** MapLibre's stylesheet, linked only now: imported as a module, the build would link it on page load. */
function loadStylesheet(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

export async function startMapView(opts: MapViewOptions): Promise<MapView> {
  await loadStylesheet();
  const byId = new Map(opts.clusters.map((c) => [c.id, c]));
  const map = new MapLibreMap({
    container: opts.container,
    attributionControl: false,
    renderWorldCopies: false,
    bounds: [
      [-125, -35],
      [150, 65],
    ],
    maxZoom: 9,
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: opts.basemapUrl },
        clusters: { type: 'geojson', data: clusterFeatures(opts.clusters) },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#eaf2f8' } },
        { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#dfe3e6' } },
        {
          id: 'country-highlight',
          type: 'fill',
          source: 'countries',
          paint: { 'fill-color': '#b9c2ca' },
          filter: ['in', ['get', 'code'], ['literal', []]],
        },
        { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#ffffff', 'line-width': 0.8 } },
        {
          id: 'cross-border-ring',
          type: 'circle',
          source: 'clusters',
          filter: ['==', ['get', 'crossBorder'], true],
          paint: { 'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#1b1f24', 'circle-stroke-width': 1.5 },
        },
        {
          id: 'clusters',
          type: 'circle',
          source: 'clusters',
          paint: {
            'circle-radius': ['case', ['boolean', ['feature-state', 'active'], false], 9, 6.5],
            'circle-color': GROUP_COLOURS as never,
            'circle-stroke-color': ['case', ['get', 'inSample'], '#ffffff', '#3d4650'],
            'circle-stroke-width': ['case', ['boolean', ['feature-state', 'active'], false], 3, 1.5],
          },
        },
      ],
    },
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.scrollZoom.disable(); // the page scrolls; zoom with the buttons, a pinch, a double click or + and −
  map.touchZoomRotate.disableRotation();

  const tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'atlas-tooltip', offset: 10 });
  const popup = new Popup({ closeButton: true, closeOnClick: false, maxWidth: '18rem', offset: 12 });
  let selected: string | null = null;
  let active: number | null = null;

  const setActive = (id: string | null) => {
    if (active !== null) map.setFeatureState({ source: 'clusters', id: active }, { active: false });
    const index = id === null ? -1 : opts.clusters.findIndex((c) => c.id === id);
    active = index >= 0 ? index : null;
    if (active !== null) map.setFeatureState({ source: 'clusters', id: active }, { active: true });
    const c = id === null ? undefined : byId.get(id);
    map.setFilter('country-highlight', ['in', ['get', 'code'], ['literal', c?.countries ?? []]]);
  };

  const showPopup = (id: string | null) => {
    selected = id;
    const c = id === null ? undefined : byId.get(id);
    if (!c) {
      popup.remove();
      setActive(null);
      return;
    }
    tooltip.remove();
    setActive(c.id);
    popup.setLngLat([c.lon, c.lat]).setDOMContent(opts.describe(c)).addTo(map);
  };
  popup.on('close', () => {
    if (selected !== null) {
      selected = null;
      setActive(null);
      opts.onSelect(null);
    }
  });

  const idsAt = (features: MapGeoJSONFeature[] | undefined) =>
    (features ?? []).map((f) => String(f.properties['id'])).filter((id) => byId.has(id));

  map.on('mousemove', 'clusters', (e) => {
    const ids = idsAt(e.features);
    map.getCanvas().style.cursor = ids.length > 0 ? 'pointer' : '';
    const first = ids[0] === undefined ? undefined : byId.get(ids[0]);
    if (!first || first.id === selected) return;
    tooltip
      .setLngLat([first.lon, first.lat])
      .setText(ids.map((id) => byId.get(id)?.name).join(' · '))
      .addTo(map);
  });
  map.on('mouseleave', 'clusters', () => {
    map.getCanvas().style.cursor = '';
    tooltip.remove();
  });
  map.on('click', 'clusters', (e) => {
    const id = idsAt(e.features)[0] ?? null;
    showPopup(id);
    opts.onSelect(id);
  });

  const view: MapView = {
    setVisible(ids) {
      map.setFilter('clusters', ['in', ['get', 'id'], ['literal', [...ids]]]);
      map.setFilter('cross-border-ring', ['all', ['==', ['get', 'crossBorder'], true], ['in', ['get', 'id'], ['literal', [...ids]]]]);
      if (selected !== null && !ids.has(selected)) showPopup(null);
    },
    select(id) {
      const c = id === null ? undefined : byId.get(id);
      if (c) map.flyTo({ center: [c.lon, c.lat], zoom: Math.max(map.getZoom(), 4), essential: true });
      showPopup(id);
    },
    highlight(id) {
      if (selected !== null) return;
      setActive(id);
      const c = id === null ? undefined : byId.get(id);
      if (!c) tooltip.remove();
      else tooltip.setLngLat([c.lon, c.lat]).setText(c.name).addTo(map);
    },
  };

  // What is drawn, for people inspecting the page and for the browser tests.
  map.on('idle', () => {
    const ids = new Set(map.queryRenderedFeatures({ layers: ['clusters'] }).map((f) => String(f.properties['id'])));
    opts.container.dataset['renderedClusters'] = String(ids.size);
  });

  return new Promise((resolve) => map.once('load', () => resolve(view)));
}
