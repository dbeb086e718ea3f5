/**
 * The interactive map, loaded only when the visitor asks for it (a click or
 * tap on the map, the "Zoom and pan the map" button, or a cluster chosen in
 * the list: it weighs ~450 KB gzipped with its worker). Self-contained: our
 * own style, country shapes and place names from the site, labels in the
 * browser's own fonts.
 *
 * MapLibre draws the pins itself, from the `clusters` GeoJSON source, with
 * the static map's symbols (discs in the group's colour, white diamonds
 * outside the sample, a ring for a cluster spanning countries: images drawn
 * from the page's own CSS, pin-images.ts). Where pins would crowd, it groups
 * them into a numbered bubble (the source's `cluster` option, up to the
 * deepest zoom, so no two symbols lie on each other at any zoom); a bubble
 * zooms in to where it splits, or, if its clusters share a point, lists
 * them. The page's list of clusters is the keyboard's way to each one (its
 * «Show» buttons open the cluster's popup here); on the focused map, Enter
 * lists the pins and bubbles in view (listInView).
 */
import { LngLatBounds, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Point } from 'geojson';
import type { ClusterSummary } from '../../lib/cluster-filter.ts';
import { westToEast } from '../../lib/map/cluster-map.ts';
import { bubbleRadius, clustersDrawn, GROUPING_RADIUS, MAX_ZOOM, PIN_RADIUS, pinFeatures, uniqueDrawn, type Drawn } from '../../lib/map/pins.ts';
import { addPinImages } from './pin-images.ts';
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
    maxZoom: MAX_ZOOM,
    // One finger scrolls the page on a touch screen, two move the map; a mouse wheel zooms only with Ctrl (or ⌘).
    cooperativeGestures: true,
    // The canvas's name tells a screen reader's user the keys (the page's hint says the same).
    locale: { 'Map.Title': 'Zoomable map: arrow keys move it, + and − zoom, Enter lists the clusters in view' },
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: opts.basemapUrl },
        // Pins closer than GROUPING_RADIUS are drawn as one bubble, up to the deepest zoom (pins.ts).
        clusters: {
          type: 'geojson',
          data: pinFeatures(opts.clusters, new Set(byId.keys())),
          cluster: true,
          clusterRadius: GROUPING_RADIUS,
          clusterMaxZoom: MAX_ZOOM,
        },
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
            // Beside the city's point, clear of its pin, or of the bubble of the clusters sharing it (in ems of 12 px).
            'text-variable-anchor': ['top', 'right', 'bottom', 'left'],
            'text-radial-offset': ['case', ['<=', ['get', 'sharing'], 1], (PIN_RADIUS + 4) / 12, (bubbleRadius(2) + 4) / 12],
            'text-padding': 2,
            'symbol-sort-key': ['get', 'rank'],
          },
          paint: { 'text-color': '#1b1f24', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
        },
        // The selected pin, ringed.
        {
          id: 'pin-selected',
          type: 'circle',
          source: 'clusters',
          filter: ['==', ['get', 'id'], ''],
          paint: { 'circle-radius': PIN_RADIUS + 2.5, 'circle-color': 'rgba(0, 0, 0, 0)', 'circle-stroke-width': 3, 'circle-stroke-color': '#1b1f24' },
        },
        // Each cluster at its true point, in the static map's symbol; they never collide (the bubbles see to it), so all are drawn.
        {
          id: 'pins',
          type: 'symbol',
          source: 'clusters',
          filter: ['!', ['has', 'point_count']],
          layout: { 'icon-image': ['get', 'image'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
        },
        // Clusters too close to draw apart at this zoom: one bubble with their number, as the static map draws a crowded country.
        {
          id: 'bubbles',
          type: 'circle',
          source: 'clusters',
          filter: ['has', 'point_count'],
          paint: {
            'circle-color': '#4a5360',
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 1.5,
            'circle-radius': ['step', ['get', 'point_count'], bubbleRadius(2), 10, bubbleRadius(10), 100, bubbleRadius(100)],
          },
        },
        {
          id: 'bubble-counts',
          type: 'symbol',
          source: 'clusters',
          filter: ['has', 'point_count'],
          layout: {
            'text-field': ['get', 'point_count_abbreviated'],
            'text-font': ['system-ui', 'sans-serif'],
            'text-size': 12,
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: { 'text-color': '#ffffff' },
        },
      ],
    },
  });
  addPinImages(map, opts.container);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  const tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'atlas-tooltip', focusAfterOpen: false, offset: PIN_RADIUS + 4 });
  const popup = new Popup({ closeButton: true, closeOnClick: false, offset: PIN_RADIUS + 4 });
  let selected: string | null = null;
  let visible: ReadonlySet<string> = new Set(byId.keys());
  const source = () => map.getSource<GeoJSONSource>('clusters');

  const setActive = (id: string | null) => {
    map.setFilter('pin-selected', ['==', ['get', 'id'], id ?? '']);
    const c = id === null ? undefined : byId.get(id);
    map.setFilter('country-highlight', ['in', ['get', 'code'], ['literal', c?.countries ?? []]]);
  };

  /**
   * Puts the content in the popup at the point, opening it if closed (reopening would fire its close event). The
   * popup stands above or below its point, narrower than the map so that MapLibre need not put it beside the point
   * on a phone: its content scrolls within half the map's height rather than being cut off by the map's edge.
   */
  const openPopup = (at: [number, number], content: HTMLElement) => {
    tooltip.remove();
    const { clientWidth: w, clientHeight: h } = opts.container;
    popup.setMaxWidth(`${Math.min(288, w - 40)}px`);
    content.style.maxHeight = `${Math.max(60, h / 2 - 56)}px`;
    popup.setLngLat(at).setDOMContent(content);
    if (!popup.isOpen()) popup.addTo(map);
  };

  const showPopup = (id: string | null) => {
    selected = id;
    const c = id === null ? undefined : byId.get(id);
    if (!c) {
      popup.remove();
      setActive(null);
      return;
    }
    setActive(c.id);
    openPopup([c.lon, c.lat], opts.describe(c));
  };

  /** A popup with a heading and one button per entry, at the point; no cluster is selected while it is open. */
  const showChoices = (title: string, entries: readonly { label: string; choose: () => void }[], at: [number, number]) => {
    const box = document.createElement('div');
    box.className = 'popup';
    const h = document.createElement('h3');
    h.textContent = title;
    const list = document.createElement('ul');
    list.className = 'popup-choices';
    for (const entry of entries) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = entry.label;
      button.addEventListener('click', entry.choose);
      item.append(button);
      list.append(item);
    }
    box.append(h, list);
    if (selected !== null) {
      selected = null;
      setActive(null);
      opts.onSelect(null);
    }
    openPopup(at, box);
  };

  const choose = (id: string) => {
    showPopup(id);
    opts.onSelect(id);
  };

  /** The clusters a bubble holds (at most `limit`), in the order of the data. */
  const members = async (clusterId: number, limit: number): Promise<ClusterSummary[]> => {
    const leaves = await source()?.getClusterLeaves(clusterId, limit, 0);
    const ids = new Set((leaves ?? []).map((f) => String(f.properties?.['id'])));
    return opts.clusters.filter((c) => ids.has(c.id));
  };

  /**
   * A bubble chosen: zoom to where it splits or, if it splits only beyond
   * the deepest zoom (its clusters share a point, or nearly), list them.
   */
  const openBubble = async (clusterId: number, count: number, at: [number, number]) => {
    const zoom = await source()?.getClusterExpansionZoom(clusterId);
    if (zoom === undefined) return;
    if (zoom > map.getMaxZoom()) {
      const held = await members(clusterId, count);
      showChoices(`${held.length} clusters at this point`, held.map((c) => ({ label: c.name, choose: () => choose(c.id) })), at);
    } else {
      // The bubble's name and any popup would be left where the bubble no longer is.
      tooltip.remove();
      popup.remove();
      map.easeTo({ center: at, zoom, duration: 500 });
    }
  };

  const pointOf = (f: MapGeoJSONFeature): [number, number] => {
    const [lon, lat] = (f.geometry as Point).coordinates;
    return [lon ?? 0, lat ?? 0];
  };

  map.on('click', 'pins', (e) => {
    const id = String(e.features?.[0]?.properties['id'] ?? '');
    if (byId.has(id)) choose(id);
  });
  map.on('click', 'bubbles', (e) => {
    const f = e.features?.[0];
    if (f) void openBubble(Number(f.properties['cluster_id']), Number(f.properties['point_count']), pointOf(f));
  });
  // The name on hover, as the static map's markers show it. One listener for both layers, and the one that takes the
  // name away first: MapLibre calls them in this order, so moving straight from one symbol onto another keeps a name.
  map.on('mouseleave', ['pins', 'bubbles'], () => {
    map.getCanvas().style.cursor = '';
    tooltip.remove();
  });
  map.on('mousemove', ['pins', 'bubbles'], (e) => {
    const f = e.features?.[0];
    map.getCanvas().style.cursor = 'pointer';
    if (!f || selected !== null) return;
    const text = f.properties['cluster_id'] === undefined ? String(f.properties['name']) : `${f.properties['point_count']} clusters`;
    tooltip.setLngLat(pointOf(f)).setText(text).addTo(map);
  });

  // Escape closes the popup (MapLibre's own popups do not listen for it).
  opts.container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && popup.isOpen()) {
      e.preventDefault();
      popup.remove();
    }
  });
  popup.on('close', () => {
    const was = selected;
    selected = null;
    setActive(null);
    if (was !== null) opts.onSelect(null);
    // The close button went with the popup: unless the page put the focus elsewhere, it returns to the map.
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) map.getCanvas().focus({ preventScroll: true });
  });

  /** The pins and bubbles drawn in view, each with its place on screen (px from the map's top left), west to east. */
  const inView = (): (Drawn & { x: number; y: number })[] =>
    westToEast(
      uniqueDrawn(map.queryRenderedFeatures({ layers: ['pins', 'bubbles'] })).map((d) => {
        const { x, y } = map.project([d.lon, d.lat]);
        return { ...d, x: Math.round(x), y: Math.round(y) };
      }),
    );

  /**
   * Enter on the focused map lists what is in view, west to east, in the
   * popup: a pin's button opens its popup, a bubble's zooms in on it (or
   * lists its clusters), as a click on it would.
   */
  const listInView = async () => {
    const drawn = inView();
    const label = async (d: Drawn) => {
      if (d.kind === 'pin') return d.name;
      const some = await members(d.clusterId, 2);
      return `${d.count} clusters: ${some.map((c) => c.name).join(', ')}${d.count > some.length ? ', …' : ''}`;
    };
    const entries = await Promise.all(
      drawn.map(async (d) => ({
        label: await label(d),
        choose: () => (d.kind === 'pin' ? choose(d.id) : void openBubble(d.clusterId, d.count, [d.lon, d.lat])),
      })),
    );
    const total = clustersDrawn(drawn);
    showChoices(entries.length === 0 ? 'No cluster in view' : `In view: ${total} cluster${total === 1 ? '' : 's'}`, entries, map.getCenter().toArray());
  };
  map.getCanvas().addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void listInView();
  });

  /**
   * Zooms in on a cluster until its own pin is drawn rather than a bubble
   * holding it (unless that bubble never splits), while it stays selected.
   */
  const reveal = async (c: ClusterSummary) => {
    for (let step = 0; step <= MAX_ZOOM; step++) {
      await new Promise((resolve) => map.once('idle', resolve));
      if (selected !== c.id) return;
      const drawn = inView();
      if (drawn.some((d) => d.kind === 'pin' && d.id === c.id)) return;
      // The bubble holding it: a bubble's members can lie farther from it than the grouping radius, so every bubble
      // in view is a candidate, the nearest first.
      const at = map.project([c.lon, c.lat]);
      const bubbles = drawn
        .flatMap((d) => (d.kind === 'bubble' ? [d] : []))
        .sort((a, b) => Math.hypot(a.x - at.x, a.y - at.y) - Math.hypot(b.x - at.x, b.y - at.y));
      let holder: (typeof bubbles)[number] | undefined;
      for (const d of bubbles)
        if ((await members(d.clusterId, d.count)).some((m) => m.id === c.id)) {
          holder = d;
          break;
        }
      const zoom = holder && (await source()?.getClusterExpansionZoom(holder.clusterId));
      if (zoom === undefined || zoom > map.getMaxZoom() || selected !== c.id) return;
      map.easeTo({ center: [c.lon, c.lat], zoom, duration: 500 });
    }
  };

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
      // The source's data, not a layer's filter: the bubbles must count only the clusters shown.
      void source()?.setData(pinFeatures(opts.clusters, ids));
      if (selected !== null && !ids.has(selected)) showPopup(null);
      if (fit) fitTo(ids);
    },
    select(id) {
      const c = id === null ? undefined : byId.get(id);
      showPopup(id);
      if (c) {
        map.flyTo({ center: [c.lon, c.lat], zoom: Math.max(map.getZoom(), 4), essential: true });
        void reveal(c);
      }
    },
    highlight(id) {
      if (selected !== null) return;
      setActive(id);
      const c = id === null ? undefined : byId.get(id);
      if (!c || !visible.has(c.id)) tooltip.remove();
      else tooltip.setLngLat([c.lon, c.lat]).setText(c.name).addTo(map);
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
    const drawn = inView();
    opts.container.dataset['renderedClusters'] = String(clustersDrawn(drawn));
    // Each symbol's id (a pin) or count (a bubble) and its place in the map's box, for the tests of what overlaps what.
    opts.container.dataset['renderedPins'] = JSON.stringify(drawn.map((d) => (d.kind === 'pin' ? { id: d.id, x: d.x, y: d.y } : { count: d.count, x: d.x, y: d.y })));
    const places = map.queryRenderedFeatures({ layers: ['country-names', 'city-names'] }).map((f) => String(f.properties['name']));
    opts.container.dataset['renderedPlaces'] = [...new Set(places)].sort().join('|');
    opts.container.dataset['bounds'] = JSON.stringify(view.view().bounds);
  });

  return new Promise((resolve) => map.once('load', () => resolve(view)));
}
