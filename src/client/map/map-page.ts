/**
 * The map page's interaction: filters in the URL, the list and the static
 * map kept in step, and the hand-over to MapLibre on an explicit intent (a
 * click or tap on the map, the "Zoom and pan the map" button, a cluster
 * chosen in the list or in the address) — never on hover or focus alone,
 * and never in a browser without WebGL2 (webgl-support.ts), where the static
 * map, the filters and the list are the whole page.
 */
import type { ClusterSummary } from '../../lib/cluster-filter.ts';
import { EUROPE_BOUNDS, WORLD_BOUNDS, type Bounds } from '../../lib/map/map-views.ts';
import { filterPhrases, type FilterNames } from '../../lib/map/filter-words.ts';
import { locationPhrase } from '../../lib/map/location-words.ts';
import { encodeState, type StateSpec } from '../../lib/url-state.ts';
import { loadMapData } from './map-data.ts';
import { startup } from '../page-ready.ts';
import { registerMapExport } from './map-export.ts';
import { staticMap } from './map-filter.ts';
import type { MapView } from './maplibre-view.ts';
import { readViewState } from '../url-notice.ts';
import { NO_WEBGL2_SENTENCE, supportsWebGL2 } from './webgl-support.ts';
import { registerRowsDownload } from '../rows-download.ts';

interface PageData {
  clusters: ClusterSummary[];
  clustersUrl: string;
  spec: StateSpec;
  basemapUrl: string;
  placesUrl: string;
  profileBase: string;
  groupNames: Record<string, string>;
  modelNames: Record<string, string>;
  filterNames: FilterNames;
}

const root = document.querySelector<HTMLElement>('[data-map-page]');
if (root)
  void startup(
    loadMapData<Omit<PageData, 'clusters'>>().then((data) => {
      if (data) init(root, data);
    }),
  );

function init(root: HTMLElement, data: PageData) {
  const form = root.querySelector<HTMLFormElement>('form[data-filters]');
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  const gl = root.querySelector<HTMLElement>('[data-gl]');
  const startButton = root.querySelector<HTMLButtonElement>('[data-start-map]');
  if (!form || !frame || !gl || !startButton) return;
  const byId = new Map(data.clusters.map((c) => [c.id, c]));

  let state = readViewState(data.spec);
  let shown: ReadonlySet<string> = new Set(data.clusters.map((c) => c.id));
  let view: MapView | null = null;
  let starting: Promise<MapView> | null = null;
  const map = staticMap(root, data.clusters, { onHighlight: (id) => view?.highlight(id) });
  // Without WebGL2 MapLibre cannot draw: nothing starts it, and the page says so where its button was.
  const zoomable = supportsWebGL2();
  if (!zoomable) {
    startButton.hidden = true;
    const hint = root.querySelector<HTMLElement>('[data-start-hint]');
    if (hint) hint.textContent = NO_WEBGL2_SENTENCE;
    root.querySelector<HTMLTemplateElement>('template[data-list-entry]')?.content.querySelector('button.show')?.remove();
  }
  /** The list button that opened the popup: closing the popup (its button goes with it) hands the focus back there. */
  let opener: HTMLElement | null = null;
  const returnFocus = () => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) opener?.focus();
    opener = null;
  };

  const describe = (c: ClusterSummary): HTMLElement => {
    const box = document.createElement('div');
    box.className = 'popup';
    const h = document.createElement('h3');
    h.textContent = c.name;
    const p = (label: string, value: string) => {
      const el = document.createElement('p');
      const b = document.createElement('b');
      b.textContent = `${label}: `;
      el.append(b, value);
      return el;
    };
    const link = document.createElement('a');
    link.href = `${data.profileBase}${c.id}/`;
    link.textContent = `Profile of ${c.shortName ?? c.name}`;
    // Every point is the atlas's reading of a place: the popup says which place and who gives it (the profile has the data's note).
    box.append(
      h,
      p('Countries', c.countryNames.join(', ')),
      p('Point', locationPhrase(c)),
      p('Group', c.group === null ? 'outside the HSE sample' : (data.groupNames[String(c.group)] ?? '')),
      p('Target models', c.models.length > 0 ? c.models.map((m) => data.modelNames[m] ?? m).join('; ') : 'none cited'),
      link,
    );
    return box;
  };

  const summary = root.querySelector<HTMLElement>('[data-summary]');
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-filters-toggle]');
  const side = root.querySelector<HTMLElement>('#map-filters');

  const apply = (fit = false) => {
    const visible = map.apply(state);
    shown = visible;
    const active = filterPhrases(state, data.filterNames);
    if (summary) summary.textContent = active.length > 0 ? ` · ${active.join('; ')}` : ' · no filter';
    if (clear) clear.hidden = active.length === 0;
    if (toggle) toggle.textContent = active.length > 0 ? `Filters (${active.length} active)` : 'Filters';
    view?.setVisible(visible, fit);
    const selected = (state['cluster'] ?? [])[0];
    if (selected && !visible.has(selected)) state = { ...state, cluster: [] };
  };

  const writeUrl = () => history.replaceState(null, '', `${location.pathname}${encodeState(state, data.spec)}${location.hash}`);

  const readForm = () => {
    const next: Record<string, string[]> = {};
    for (const key of Object.keys(data.spec)) {
      if (key === 'cluster') continue;
      next[key] = [...form.querySelectorAll<HTMLInputElement>(`[name="${key}"]:checked`)].map((i) => i.value);
    }
    state = { ...state, ...next };
  };

  const writeForm = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]'))
      input.checked = (state[input.name] ?? []).includes(input.value);
  };

  const startMap = (bounds: Bounds = WORLD_BOUNDS): Promise<MapView> => {
    // Starting MapLibre counts as start-up work (src/client/page-ready.ts), whatever starts it.
    starting ??= startup(
      import('./maplibre-view.ts').then(async ({ startMapView }) => {
        gl.hidden = false;
        const v = await startMapView({
          container: gl,
          clusters: data.clusters,
          basemapUrl: data.basemapUrl,
          placesUrl: data.placesUrl,
          bounds,
          describe,
          onSelect(id) {
            state = { ...state, cluster: id === null ? [] : [id] };
            writeUrl();
            if (id === null) returnFocus();
            else opener = null; // chosen on the map itself
          },
        });
        frame.classList.add('interactive');
        // The controls' line keeps its height as its words change, so that nothing below the map moves at the hand-over.
        const controls = startButton.parentElement;
        if (controls) controls.style.minHeight = `${controls.getBoundingClientRect().height}px`;
        startButton.hidden = true;
        for (const hint of root.querySelectorAll<HTMLElement>('[data-start-hint]')) hint.hidden = true;
        for (const hint of root.querySelectorAll<HTMLElement>('[data-map-hint]')) hint.hidden = false;
        view = v;
        apply();
        return v;
      }),
    );
    return starting;
  };

  writeForm();
  apply();

  const figure = root.querySelector<HTMLElement>('[data-chart-figure]');
  if (figure)
    registerMapExport(figure, {
      clusters: async () => data.clusters,
      basemapUrl: data.basemapUrl,
      state: () => ({ visible: shown, filters: filterPhrases(state, data.filterNames), selected: (state['cluster'] ?? [])[0] ?? null }),
      view: () => view?.view() ?? null,
    });

  // The list's downloads: the published rows (clusters, their facts) of the clusters the filters show.
  registerRowsDownload(root.querySelectorAll<HTMLAnchorElement>('[data-rows-download] a[data-rows-csv]'), () => ({
    ids: shown,
    all: shown.size === data.clusters.length,
  }));

  // reset() fires the form's reset event, whose handler below reads the form back.
  clear?.addEventListener('click', () => form.reset());
  // On a phone the filters stay folded into the bar above the map (by CSS, so nothing shifts) until asked for.
  toggle?.addEventListener('click', () => {
    const open = side?.classList.toggle('open') ?? false;
    toggle.setAttribute('aria-expanded', String(open));
  });

  form.addEventListener('change', () => {
    readForm();
    apply(true);
    writeUrl();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => {
    setTimeout(() => {
      readForm();
      apply(true);
      writeUrl();
    });
  });

  // A click or tap on the static map (not on a marker, which is a link to the profile) starts MapLibre on the panel clicked.
  frame.addEventListener('click', (e) => {
    const target = e.target as Element;
    if (!zoomable || view || starting || target.closest('a, button')) return;
    const panel = target.closest<SVGElement>('[data-panel]');
    if (panel) void startMap(panel.dataset['panel'] === 'europe' ? EUROPE_BOUNDS : WORLD_BOUNDS);
  });
  // A numbered marker (a crowded country's clusters) filters the page to that country and opens the zoomable map on them.
  for (const pin of root.querySelectorAll<SVGAElement>('svg.world-map a[data-group]'))
    pin.addEventListener('click', (e) => {
      e.preventDefault();
      state = { ...state, country: [pin.dataset['group'] ?? ''], cluster: [] };
      writeForm();
      apply(true);
      writeUrl();
      if (zoomable) void startMap().then((v) => v.setVisible(shown, true));
    });
  startButton.addEventListener('click', () => void startMap().then(() => gl.querySelector<HTMLElement>('canvas')?.focus()));

  // The list's «Show» buttons (entries come and go with its pages, so the list listens).
  const list = root.querySelector<HTMLElement>('[data-cluster-list]');
  for (const button of list?.querySelectorAll<HTMLButtonElement>('button.show') ?? []) button.hidden = !zoomable;
  list?.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button.show');
    const id = button?.closest<HTMLElement>('li[data-id]')?.dataset['id'];
    if (!button || !id) return;
    opener = button;
    state = { ...state, cluster: [id] };
    writeUrl();
    void startMap().then((v) => v.select(id));
  });

  const selected = (state['cluster'] ?? [])[0];
  if (selected && byId.has(selected)) {
    if (zoomable) void startMap().then((v) => v.select(selected));
    else map.highlight(selected);
  }
}
