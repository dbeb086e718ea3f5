/**
 * The build-time map kept in step with the URL state: which clusters the
 * markers, the list and the count show, and which marker is emphasised.
 * Shared by the map page (which adds MapLibre) and the map's embed page.
 */
import { matchesFilter, type ClusterSummary, type Layer } from '../../lib/cluster-filter.ts';
import type { StateSpec, ViewState } from '../../lib/url-state.ts';
import type { ClusterListView } from '../cluster-list.ts';
import type { GroupMarkers } from './map-groups.ts';
import { startup } from '../page-ready.ts';

export interface StaticMap {
  /** Shows the clusters the state lets through; returns their ids. */
  apply(state: ViewState<StateSpec>): Set<string>;
  /** Emphasises one marker (null: none). */
  highlight(id: string | null): void;
}

export function filterOf(s: ViewState<StateSpec>) {
  return {
    groups: s['group'] ?? [],
    models: s['model'] ?? [],
    countries: s['country'] ?? [],
    factors: s['factor'] ?? [],
    layer: ((s['layer'] ?? [])[0] ?? 'all') as Layer,
  };
}

/**
 * Hovering or focusing a list entry emphasises its marker; `onHighlight`
 * hears of it too, and leaving returns to `resting()`.
 */
export function staticMap(root: HTMLElement, clusters: readonly ClusterSummary[], hooks: { onHighlight?: (id: string | null) => void; resting?: () => string | null } = {}): StaticMap {
  // A list longer than a page (it then carries an entry template) pages itself; that code loads only then.
  // Until it has loaded, and for a list of one page, the entries in the HTML are shown or hidden in place.
  const items = [...root.querySelectorAll<HTMLElement>('li[data-id]')];
  let paged: ClusterListView | null = null;
  let latest: ReadonlySet<string> | null = null;
  if (root.querySelector('template[data-list-entry]'))
    void startup(
      import('../cluster-list.ts').then(({ clusterList }) => {
        paged = clusterList(root, clusters);
        if (latest) paged?.show(latest);
      }),
    );
  // A crowded map's numbered markers (src/client/map/map-groups.ts), likewise loaded only where there are some.
  let groups: GroupMarkers | null = null;
  if (root.querySelector('svg.world-map a[data-members]'))
    void startup(
      import('./map-groups.ts').then(({ groupMarkers }) => {
        groups = groupMarkers(root);
        if (latest) groups.show(latest);
      }),
    );
  const showList = (visible: ReadonlySet<string>) => {
    latest = visible;
    if (paged) paged.show(visible);
    else for (const li of items) li.hidden = !visible.has(li.dataset['id'] ?? '');
  };
  const markers = [...root.querySelectorAll<SVGElement>('svg.world-map [data-id]')];
  const counts = [...root.querySelectorAll<HTMLElement>('[data-count]')];

  const highlight = (id: string | null) => {
    for (const el of markers) el.classList.toggle('active', el.dataset['id'] === id);
    hooks.onHighlight?.(id);
  };
  // Entries come and go with the list's pages: listen on the list, not on each entry.
  const listRoot = root.querySelector<HTMLElement>('[data-cluster-list]');
  const entryId = (e: Event) => (e.target as Element | null)?.closest<HTMLElement>('li[data-id]')?.dataset['id'] ?? null;
  const leave = (e: Event) => {
    const to = (e as PointerEvent | FocusEvent).relatedTarget as Element | null;
    if (to?.closest('li[data-id]') !== (e.target as Element).closest('li[data-id]')) highlight(hooks.resting?.() ?? null);
  };
  const enter = (e: Event) => {
    const id = entryId(e);
    if (id) highlight(id);
  };
  for (const type of ['pointerover', 'focusin']) listRoot?.addEventListener(type, enter);
  for (const type of ['pointerout', 'focusout']) listRoot?.addEventListener(type, leave);

  return {
    apply(state) {
      const f = filterOf(state);
      const visible = new Set(clusters.filter((c) => matchesFilter(c, f)).map((c) => c.id));
      showList(visible);
      for (const el of markers) el.toggleAttribute('hidden', !visible.has(el.dataset['id'] ?? ''));
      groups?.show(visible);
      for (const count of counts) count.textContent = `${visible.size} of ${clusters.length}`;
      return visible;
    },
    highlight,
  };
}
