/**
 * The build-time map kept in step with the URL state: which clusters the
 * markers, the list and the count show, and which marker is emphasised.
 * Shared by the map page (which adds MapLibre) and the map's embed page.
 */
import { matchesFilter, type ClusterSummary, type Layer } from '../lib/cluster-filter.ts';
import type { StateSpec, ViewState } from '../lib/url-state.ts';

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
  const items = [...root.querySelectorAll<HTMLElement>('li[data-id]')];
  const markers = [...root.querySelectorAll<SVGElement>('svg.world-map [data-id]')];
  const counts = [...root.querySelectorAll<HTMLElement>('[data-count]')];

  const highlight = (id: string | null) => {
    for (const el of markers) el.classList.toggle('active', el.dataset['id'] === id);
    hooks.onHighlight?.(id);
  };
  for (const li of items) {
    const id = li.dataset['id'] ?? '';
    const leave = () => highlight(hooks.resting?.() ?? null);
    li.addEventListener('pointerenter', () => highlight(id));
    li.addEventListener('pointerleave', leave);
    li.addEventListener('focusin', () => highlight(id));
    li.addEventListener('focusout', leave);
  }

  return {
    apply(state) {
      const f = filterOf(state);
      const visible = new Set(clusters.filter((c) => matchesFilter(c, f)).map((c) => c.id));
      for (const el of items) el.hidden = !visible.has(el.dataset['id'] ?? '');
      for (const el of markers) el.toggleAttribute('hidden', !visible.has(el.dataset['id'] ?? ''));
      for (const count of counts) count.textContent = `${visible.size} of ${clusters.length}`;
      return visible;
    },
    highlight,
  };
}
