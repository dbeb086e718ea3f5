/**
 * The map's list of clusters (src/components/ClusterList.astro) kept in step
 * with the filters: it shows the entries of the clusters let through, in the
 * order of the data, a page at a time («Show more»). Entries missing from
 * the HTML (beyond its first page) are filled in from the list's template.
 */
import type { ClusterSummary } from '../lib/cluster-filter.ts';
import { firstOfAll } from '../lib/cluster-list-page.ts';

export interface ClusterListView {
  /** Shows the first page of these clusters' entries and hides the rest. */
  show(visible: ReadonlySet<string>): void;
}

export function clusterList(root: HTMLElement, clusters: readonly ClusterSummary[]): ClusterListView | null {
  const list = root.querySelector<HTMLUListElement>('[data-cluster-list]');
  if (!list) return null;
  const template = root.querySelector<HTMLTemplateElement>('template[data-list-entry]');
  const status = root.querySelector<HTMLElement>('[data-list-status]');
  const next = root.querySelector<HTMLButtonElement>('[data-list-next]');
  const entries = new Map([...list.querySelectorAll<HTMLLIElement>('li[data-id]')].map((li) => [li.dataset['id'] ?? '', li]));
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const page = Number(list.dataset['page']) || clusters.length;
  // Profiles live beside each other: the first entry's link gives the address of any other.
  const profileBase = entries.values().next().value?.querySelector('a')?.getAttribute('href')?.replace(/[^/]+\/$/, '') ?? '';

  const entry = (id: string): HTMLLIElement | null => {
    const known = entries.get(id);
    const c = byId.get(id);
    if (known || !template || !c) return known ?? null;
    const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    li.dataset['id'] = id;
    li.querySelector('.dot')?.classList.add(...(c.inSample ? [`fill-g${c.group}`] : ['outside']));
    const link = li.querySelector('a');
    if (link) {
      link.href = `${profileBase}${id}/`;
      link.textContent = c.name;
    }
    const meta = li.querySelector('.meta');
    if (meta) meta.textContent = `${c.countryNames.join(', ')}${c.inSample ? ` · group ${c.group}` : ' · outside the sample'}`;
    li.querySelector('button')?.setAttribute('aria-label', `Show ${c.name} on the map`);
    entries.set(id, li);
    return li;
  };

  let ids: string[] = [];
  let limit = page;
  const order = new Map(clusters.map((c, i) => [c.id, i]));
  const render = () => {
    const before = entries.size;
    const wanted = ids.slice(0, limit).flatMap((id) => entry(id) ?? []);
    const keep = new Set(wanted);
    for (const li of entries.values()) li.hidden = !keep.has(li);
    // New entries go where the data's order puts them; the others stay put, so a focused one keeps its focus.
    if (entries.size > before)
      list.append(...[...entries].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(([, li]) => li));
    if (status) status.textContent = firstOfAll(wanted.length, ids.length);
    if (next) {
      next.hidden = wanted.length >= ids.length;
      next.textContent = `Show ${Math.min(page, ids.length - wanted.length)} more`;
    }
  };
  next?.addEventListener('click', () => {
    const first = ids[limit];
    limit += page;
    render();
    if (first) entries.get(first)?.querySelector('a')?.focus();
  });

  return {
    show(visible) {
      ids = clusters.filter((c) => visible.has(c.id)).map((c) => c.id);
      limit = page;
      render();
    },
  };
}
