/**
 * The map page's interaction: filters in the URL, the list and the static
 * map kept in step, and the hand-over to MapLibre on first interaction.
 */
import type { ClusterSummary } from '../lib/cluster-filter.ts';
import { encodeState, type StateSpec } from '../lib/url-state.ts';
import { staticMap } from './map-filter.ts';
import type { MapView } from './maplibre-view.ts';
import { readViewState } from './url-notice.ts';

interface PageData {
  clusters: ClusterSummary[];
  spec: StateSpec;
  basemapUrl: string;
  profileBase: string;
  groupNames: Record<string, string>;
  modelNames: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-map-page]');
const dataScript = document.getElementById('map-data');
if (root && dataScript) init(root, JSON.parse(dataScript.textContent ?? '{}') as PageData);

function init(root: HTMLElement, data: PageData) {
  const form = root.querySelector<HTMLFormElement>('form[data-filters]');
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  const gl = root.querySelector<HTMLElement>('[data-gl]');
  const startButton = root.querySelector<HTMLButtonElement>('[data-start-map]');
  const items = [...root.querySelectorAll<HTMLElement>('li[data-id]')];
  if (!form || !frame || !gl || !startButton) return;
  const byId = new Map(data.clusters.map((c) => [c.id, c]));

  let state = readViewState(data.spec);
  let view: MapView | null = null;
  let starting: Promise<MapView> | null = null;
  const map = staticMap(root, data.clusters, { onHighlight: (id) => view?.highlight(id) });
  /** The list button that opened the popup: closing the popup (its button goes with it) hands the focus back there. */
  let opener: HTMLElement | null = null;
  const returnFocus = () => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) (opener ?? gl.querySelector<HTMLElement>('canvas'))?.focus();
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
    box.append(
      h,
      p('Countries', c.countryNames.join(', ')),
      p('Group', c.group === null ? 'outside the HSE sample' : (data.groupNames[String(c.group)] ?? '')),
      p('Target models', c.models.length > 0 ? c.models.map((m) => data.modelNames[m] ?? m).join('; ') : 'none cited'),
      link,
    );
    return box;
  };

  const apply = () => {
    const visible = map.apply(state);
    view?.setVisible(visible);
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

  const startMap = (): Promise<MapView> => {
    starting ??= import('./maplibre-view.ts').then(async ({ startMapView }) => {
      gl.hidden = false;
      const v = await startMapView({
        container: gl,
        clusters: data.clusters,
        basemapUrl: data.basemapUrl,
        describe,
        onSelect(id) {
          state = { ...state, cluster: id === null ? [] : [id] };
          writeUrl();
          if (id === null) returnFocus();
          else opener = null; // chosen on the map itself
        },
      });
      frame.classList.add('interactive');
      startButton.hidden = true;
      view = v;
      apply();
      return v;
    });
    return starting;
  };

  writeForm();
  apply();

  form.addEventListener('change', () => {
    readForm();
    apply();
    writeUrl();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => {
    setTimeout(() => {
      readForm();
      apply();
      writeUrl();
    });
  });

  for (const type of ['pointerenter', 'focusin', 'touchstart'] as const) frame.addEventListener(type, () => void startMap(), { once: true, passive: true });
  startButton.addEventListener('click', () => void startMap().then(() => gl.querySelector<HTMLElement>('canvas')?.focus()));

  for (const li of items) {
    const id = li.dataset['id'] ?? '';
    const button = li.querySelector('button');
    if (button) button.hidden = false;
    button?.addEventListener('click', () => {
      opener = button;
      state = { ...state, cluster: [id] };
      writeUrl();
      void startMap().then((v) => v.select(id));
    });
  }

  const selected = (state['cluster'] ?? [])[0];
  if (selected && byId.has(selected)) void startMap().then((v) => v.select(selected));
}
