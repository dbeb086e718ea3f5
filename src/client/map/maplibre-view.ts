/**
 * The interactive map, loaded only when the visitor asks for it (a click or
 * tap on the map, or the "Zoom and pan the map" button: it weighs ~450 KB
 * gzipped with its worker). Self-contained: our own style, country shapes
 * and place names from the site, labels in the browser's own fonts.
 *
 * Markers are HTML elements drawn with the static map's symbols (discs in
 * the group's colour, white diamonds outside the sample, a ring for a
 * cluster spanning countries), so each is a button the keyboard reaches and
 * the hand-over from the static map does not change them. After every move
 * the pins near the view are laid out on screen as the static map's markers
 * are (layOutMarkers: clusters sharing a point start on a ring round it,
 * then any two closer than 24 px are pushed apart), so each can be chosen at
 * any zoom; the offset is for display only, and a dot marks the true point.
 */
import { LngLatBounds, Map as MapLibreMap, Marker, NavigationControl, Popup, setWorkerUrl } from 'maplibre-gl';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import type { ClusterSummary } from '../../lib/cluster-filter.ts';
import { layOutMarkers } from '../../lib/map/cluster-map.ts';
import type { Bounds } from '../../lib/map/map-views.ts';

setWorkerUrl(workerUrl);

/** The view on screen, for the downloaded image. */
export interface ViewOnScreen {
  bounds: Bounds;
  width: number;
  height: number;
  zoom: number;
}

export interface MapView {
  /** Shows only these clusters; with `fit`, moves the view to them. */
  setVisible(ids: ReadonlySet<string>, fit?: boolean): void;
  select(id: string | null): void;
  highlight(id: string | null): void;
  view(): ViewOnScreen;
}

export interface MapViewOptions {
  container: HTMLElement;
  clusters: readonly ClusterSummary[];
  basemapUrl: string;
  /** The place names (/map/places.geojson, src/lib/map/places.ts). */
  placesUrl: string;
  /** The first view: the part of the static map the visitor clicked. */
  bounds: Bounds;
  /** Renders the popup content of a cluster (DOM, never HTML strings). */
  describe: (c: ClusterSummary) => HTMLElement;
  onSelect: (id: string | null) => void;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Radius of a marker's disc, as on the static map (src/lib/map/cluster-map.ts). */
const R = 6;

function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The marker's symbol, the static map's in a 28 px box. */
function symbol(c: ClusterSummary): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: '-14 -14 28 28', width: 28, height: 28, 'aria-hidden': 'true', focusable: 'false' }) as SVGSVGElement;
  if (c.countries.length > 1) svg.append(svgEl('circle', { r: R + 3.5, class: 'ring' }));
  if (c.inSample) svg.append(svgEl('circle', { r: R, class: `marker group-${c.group ?? 0}` }));
  else svg.append(svgEl('path', { d: `M0,${-R * 1.3}L${R * 1.3},0L0,${R * 1.3}L${-R * 1.3},0Z`, class: 'marker outside' }));
  return svg;
}

/**
 * Half the side of the square each pin keeps to itself on screen: pin centres
 * at least 24 px apart, the smallest target WCAG 2.5.8 allows, so that no pin
 * lies under another at any zoom.
 */
const PIN_HALF = 12;

function pointFeatures(clusters: readonly ClusterSummary[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: clusters.map((c, i) => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [c.lon, c.lat] }, properties: { id: c.id } })),
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
    bounds: opts.bounds as [[number, number], [number, number]],
    maxZoom: 9,
    // One finger scrolls the page on a touch screen, two move the map; a mouse wheel zooms only with Ctrl (or ⌘).
    cooperativeGestures: true,
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: opts.basemapUrl },
        clusters: { type: 'geojson', data: pointFeatures(opts.clusters) },
        places: { type: 'geojson', data: opts.placesUrl },
      },
      // No `glyphs`: MapLibre draws the labels with the browser's own fonts, so no glyphs are fetched from another origin.
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
        // Place names; where they collide, cities (a later layer, so placed first) win over countries, larger countries over smaller.
        {
          id: 'country-names',
          type: 'symbol',
          source: 'places',
          filter: ['==', ['get', 'kind'], 'country'],
          layout: {
            'text-field': ['get', 'name'],
            'text-font': ['system-ui', 'sans-serif'],
            'text-size': 11,
            'text-transform': 'uppercase',
            'text-letter-spacing': 0.06,
            'text-max-width': 7,
            'text-padding': 4,
            'symbol-sort-key': ['get', 'rank'],
          },
          paint: { 'text-color': '#4a5360', 'text-halo-color': '#dfe3e6', 'text-halo-width': 1.2 },
        },
        {
          id: 'city-names',
          type: 'symbol',
          source: 'places',
          minzoom: 3,
          filter: ['==', ['get', 'kind'], 'city'],
          layout: {
            'text-field': ['get', 'name'],
            'text-font': ['system-ui', 'sans-serif'],
            'text-size': 12,
            // Beside the city's point, clear of its markers: one marker, or a ring of them (spread() below) that widens with their number.
            'text-variable-anchor': ['top', 'right', 'bottom', 'left'],
            'text-radial-offset': ['case', ['<=', ['get', 'sharing'], 1], 1.3, ['+', 1.9, ['*', 0.22, ['get', 'sharing']]]],
            'text-padding': 2,
            'symbol-sort-key': ['get', 'rank'],
          },
          paint: { 'text-color': '#1b1f24', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
        },
        // The true point of each cluster, under its marker (which may sit on a ring of offsets round it).
        { id: 'clusters', type: 'circle', source: 'clusters', paint: { 'circle-radius': 2, 'circle-color': '#3d4650' } },
      ],
    },
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  const tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'atlas-tooltip', focusAfterOpen: false });
  const popup = new Popup({ closeButton: true, closeOnClick: false, maxWidth: '18rem' });
  let selected: string | null = null;
  let visible: ReadonlySet<string> = new Set(byId.keys());

  const markers = new Map(
    opts.clusters.map((c) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-pin';
      button.dataset['id'] = c.id;
      button.setAttribute('aria-label', c.name);
      button.append(symbol(c));
      const marker = new Marker({ element: button }).setLngLat([c.lon, c.lat]).addTo(map);
      // MapLibre gives marker elements its own label and role; the button's own are the right ones.
      button.setAttribute('aria-label', c.name);
      button.removeAttribute('role');
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        showPopup(c.id);
        opts.onSelect(c.id);
      });
      const name = () => {
        if (selected === null) tooltip.setLngLat([c.lon, c.lat]).setOffset(clearOf(c.id)).setText(c.name).addTo(map);
      };
      button.addEventListener('pointerenter', name);
      button.addEventListener('focus', name);
      button.addEventListener('pointerleave', () => tooltip.remove());
      button.addEventListener('blur', () => tooltip.remove());
      return [c.id, { marker, button, offset: [0, 0] as [number, number] }];
    }),
  );

  /**
   * Popup offsets that keep it clear of the marker and of any others on the
   * same point's ring, on whichever side MapLibre puts it, so every one of
   * them stays in reach while a popup is open.
   */
  const clearOf = (id: string) => {
    const [dx, dy] = markers.get(id)?.offset ?? [0, 0];
    const d = Math.hypot(dx, dy) + 16;
    const k = d / Math.SQRT2;
    return {
      center: [0, 0] as [number, number],
      top: [0, d] as [number, number],
      bottom: [0, -d] as [number, number],
      left: [d, 0] as [number, number],
      right: [-d, 0] as [number, number],
      'top-left': [k, k] as [number, number],
      'top-right': [-k, k] as [number, number],
      'bottom-left': [k, -k] as [number, number],
      'bottom-right': [-k, -k] as [number, number],
    };
  };

  const setActive = (id: string | null) => {
    for (const [key, m] of markers) m.button.classList.toggle('active', key === id);
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
    popup
      .setLngLat([c.lon, c.lat])
      .setOffset(clearOf(c.id))
      .setDOMContent(opts.describe(c))
      .addTo(map);
  };
  // Escape closes the popup (MapLibre's own popups do not listen for it).
  opts.container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && popup.isOpen()) {
      e.preventDefault();
      popup.remove();
    }
  });
  popup.on('close', () => {
    if (selected !== null) {
      const was = selected;
      selected = null;
      setActive(null);
      opts.onSelect(null);
      // The close button went with the popup: unless the page put the focus elsewhere, it returns to the marker.
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) markers.get(was)?.button.focus({ preventScroll: true });
    }
  });

  /**
   * Lays out the shown pins within a view's width or height of the view (the
   * rest wait for a move that brings them near) so that none lies under
   * another, and moves each pin by its offset from its true point.
   */
  const spread = () => {
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const near = opts.clusters.flatMap((c) => {
      if (!visible.has(c.id)) return [];
      const { x, y } = map.project([c.lon, c.lat]);
      return x > -w && x < 2 * w && y > -h && y < 2 * h ? [{ datum: c, px: x, py: y, half: PIN_HALF }] : [];
    });
    // The box is no limit: a pin may sit partly out of view, as its point may.
    for (const m of layOutMarkers(near, [-1e6, -1e6, 2e6, 2e6])) {
      const pin = markers.get(m.datum.id);
      if (!pin) continue;
      pin.offset = [Math.round(m.x - m.px), Math.round(m.y - m.py)];
      pin.marker.setOffset(pin.offset);
    }
  };
  map.on('moveend', spread);

  const fitTo = (ids: ReadonlySet<string>) => {
    const shown = opts.clusters.filter((c) => ids.has(c.id));
    if (shown.length === 0) return;
    const box = new LngLatBounds();
    for (const c of shown) box.extend([c.lon, c.lat]);
    map.fitBounds(box, { padding: Math.min(48, map.getContainer().clientHeight / 5), maxZoom: 6, duration: 600 });
  };

  const view: MapView = {
    setVisible(ids, fit = false) {
      visible = ids;
      for (const [id, m] of markers) m.button.hidden = !ids.has(id);
      map.setFilter('clusters', ['in', ['get', 'id'], ['literal', [...ids]]]);
      spread();
      if (selected !== null && !ids.has(selected)) showPopup(null);
      if (fit) fitTo(ids);
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
      if (!c || !visible.has(c.id)) tooltip.remove();
      else tooltip.setLngLat([c.lon, c.lat]).setOffset(clearOf(c.id)).setText(c.name).addTo(map);
    },
    view() {
      const b = map.getBounds();
      const canvas = map.getContainer();
      return {
        bounds: [
          [b.getWest(), b.getSouth()],
          [b.getEast(), b.getNorth()],
        ],
        width: canvas.clientWidth,
        height: canvas.clientHeight,
        zoom: map.getZoom(),
      };
    },
  };

  // What is drawn, for people inspecting the page and for the browser tests.
  map.on('idle', () => {
    const ids = new Set(map.queryRenderedFeatures({ layers: ['clusters'] }).map((f) => String(f.properties['id'])));
    opts.container.dataset['renderedClusters'] = String(ids.size);
    const places = map.queryRenderedFeatures({ layers: ['country-names', 'city-names'] }).map((f) => String(f.properties['name']));
    opts.container.dataset['renderedPlaces'] = [...new Set(places)].sort().join('|');
    opts.container.dataset['bounds'] = JSON.stringify(view.view().bounds);
  });

  return new Promise((resolve) =>
    map.once('load', () => {
      spread();
      resolve(view);
    }),
  );
}
