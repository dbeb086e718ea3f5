/**
 * The numbered markers of a crowded static map (a country's clusters drawn as
 * one, src/components/map/ClusterMap.astro) kept in step with the filters: each
 * shows how many of its clusters are let through, and hides at none.
 */

export interface GroupMarkers {
  show(visible: ReadonlySet<string>): void;
}

export function groupMarkers(root: HTMLElement): GroupMarkers {
  const groups = [...root.querySelectorAll<SVGAElement>('svg.world-map a[data-members]')].map((el) => ({
    el,
    members: (el.dataset['members'] ?? '').split(' '),
    count: el.querySelector('.count'),
    name: el.dataset['name'] ?? '',
    label: el.getAttribute('aria-label') ?? '',
  }));
  return {
    show(visible) {
      for (const g of groups) {
        const n = g.members.filter((id) => visible.has(id)).length;
        g.el.toggleAttribute('hidden', n === 0);
        if (g.count) g.count.textContent = String(n);
        g.el.setAttribute('aria-label', g.label.replace(/^[^:]*: \d+ clusters/, `${g.name}: ${n} clusters`));
      }
    },
  };
}
