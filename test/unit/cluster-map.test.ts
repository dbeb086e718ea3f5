/** The static map's layout: panels, markers kept apart, the true point kept; and the filters in words. */
import { describe, expect, it } from 'vitest';
import { summaries } from '../../src/lib/atlas-summaries.ts';
import {
  clusterMapModel,
  crossingLeaders,
  crowdedKeys,
  GROUP_RADIUS,
  hasLeader,
  layOutMarkers,
  MARKER_RADIUS,
  RING_EXTRA,
  staticPanels,
  westToEast,
} from '../../src/lib/map/cluster-map.ts';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';
import { EUROPE_BOUNDS } from '../../src/lib/map/map-views.ts';
import { drawsGroups, PIXELS_PER_MARKER, staticMapModels } from '../../src/lib/map/static-map.ts';
import { filterPhrases, mapFilterNames } from '../../src/lib/map/filter-words.ts';

const countries = [...loadCountryShapes('110m')].map(([code, shape]) => ({ code, shape }));
const points = summaries.map((c) => ({ ...c, ring: c.countries.length > 1 }));

describe('static map layout', () => {
  for (const layout of ['wide', 'narrow'] as const)
    it(`${layout}: every cluster once, Europe's in the Europe panel, no two marker squares overlapping, each inside its panel`, () => {
      const model = clusterMapModel(countries, points, staticPanels(layout));
      const markers = model.panels.flatMap((p) => p.markers.map((m) => ({ ...m, panel: p.spec })));
      expect(markers.map((m) => m.datum.id).sort()).toEqual(summaries.map((c) => c.id).sort());
      const [[w, s], [e, n]] = EUROPE_BOUNDS;
      for (const m of markers) {
        const inEurope = m.datum.lon >= w && m.datum.lon <= e && m.datum.lat >= s && m.datum.lat <= n;
        expect(m.panel.id, m.datum.id).toBe(inEurope ? 'europe' : 'world');
        const [x, y, pw, ph] = m.panel.rect;
        expect(m.x).toBeGreaterThanOrEqual(x);
        expect(m.x).toBeLessThanOrEqual(x + pw);
        expect(m.y).toBeGreaterThanOrEqual(y);
        expect(m.y).toBeLessThanOrEqual(y + ph);
      }
      // The drawn extent of a marker: a ring's radius, or a diamond's half-diagonal (1.3 r).
      const half = (m: (typeof markers)[number]) => (m.datum.ring ? MARKER_RADIUS + RING_EXTRA : MARKER_RADIUS * 1.3);
      const clashes = markers.flatMap((a, i) =>
        markers.slice(i + 1).flatMap((b) => (Math.abs(a.x - b.x) < half(a) + half(b) && Math.abs(a.y - b.y) < half(a) + half(b) ? [`${a.datum.id} × ${b.datum.id}`] : [])),
      );
      expect(clashes).toEqual([]);
      // 53 of the 69 clusters lie in Europe (design.md): the panel exists for them.
      expect(markers.filter((m) => m.panel.id === 'europe')).toHaveLength(53);
    });

  it('moves markers sharing a point apart and keeps that point as where their leader lines start', () => {
    const laid = layOutMarkers(
      ['a', 'b', 'c', 'd'].map((id) => ({ datum: { id, lon: 0, lat: 0 }, px: 100, py: 100 })),
      [0, 0, 200, 200],
    );
    for (const m of laid) expect([m.px, m.py]).toEqual([100, 100]);
    const spots = new Set(laid.map((m) => `${m.x},${m.y}`));
    expect(spots.size).toBe(4);
    for (const [i, a] of laid.entries())
      for (const b of laid.slice(i + 1)) expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
  });
});

describe('leader lines', () => {
  const marker = (id: string, px: number, py: number, x: number, y: number) => ({ id, px, py, x, y });

  it('finds two lines that cross, and only those', () => {
    // a runs from (0, 0) to (40, 40), b from (40, 0) to (0, 40): they cross at (20, 20).
    const a = marker('a', 0, 0, 40, 40);
    const b = marker('b', 40, 0, 0, 40);
    const c = marker('c', 100, 100, 140, 100); // far off
    expect(crossingLeaders([a, b, c]).map(([p, q]) => `${p.id} × ${q.id}`)).toEqual(['a × b']);
  });

  it('does not count lines that share their true point, only touch, or belong to markers not moved', () => {
    const fromOnePoint = [marker('a', 0, 0, 40, 0), marker('b', 0, 0, 0, 40), marker('c', 0, 0, -30, -30)];
    expect(crossingLeaders(fromOnePoint)).toEqual([]);
    // d ends on e's line without passing it.
    expect(crossingLeaders([marker('d', 0, 20, 20, 20), marker('e', 20, 0, 20, 40)])).toEqual([]);
    // f is drawn on its point (no leader line), so nothing crosses g's line through it.
    const f = marker('f', 20, 20, 20 + MARKER_RADIUS / 2, 20);
    expect(hasLeader(f)).toBe(false);
    expect(crossingLeaders([f, marker('g', 0, 0, 40, 40)])).toEqual([]);
    expect(crossingLeaders([])).toEqual([]);
  });

  it('the layout uncrosses lines it would otherwise draw crossed', () => {
    // Two tight rows of points whose markers the collision pushes apart: crossings are likely without the check.
    const points = Array.from({ length: 24 }, (_, i) => ({ datum: { id: `p${i}`, lon: 0, lat: 0 }, px: 100 + (i % 6) * 3, py: 100 + Math.floor(i / 6) * 2 }));
    const laid = layOutMarkers(points, [0, 0, 200, 200]);
    expect(crossingLeaders(laid).map(([p, q]) => `${p.datum.id} × ${q.datum.id}`)).toEqual([]);
  });

  // The static map is drawn wide above 44rem (704 px) and narrow below: 1366 px shows the wide layout, 390 and 320 px the narrow.
  for (const [width, layout] of [
    [1366, 'wide'],
    [390, 'narrow'],
    [320, 'narrow'],
  ] as const)
    it(`no two cross on the static map at ${width} px (the ${layout} layout of today's clusters)`, () => {
      const model = staticMapModels(summaries)[layout];
      for (const panel of model.panels) {
        expect(panel.markers.filter((m) => hasLeader(m)).length, panel.spec.id).toBeGreaterThan(0);
        expect(crossingLeaders(panel.markers).map(([p, q]) => `${panel.spec.id}: ${p.datum.name} × ${q.datum.name}`)).toEqual([]);
      }
    });
});

describe('the keyboard order of markers', () => {
  it('goes from west to east, top to bottom where two share an x, and leaves its input alone', () => {
    const input = [
      { id: 'east', x: 300, y: 10 },
      { id: 'west-low', x: 10, y: 90 },
      { id: 'west-high', x: 10, y: 20 },
      { id: 'middle', x: 150, y: 50 },
    ];
    expect(westToEast(input).map((m) => m.id)).toEqual(['west-high', 'west-low', 'middle', 'east']);
    expect(input[0]?.id).toBe('east');
    expect(westToEast([])).toEqual([]);
  });
});

describe('a crowded panel', () => {
  const point = (id: string, key: string, lon: number, lat: number) => ({ id, key, lon, lat });

  it('groups the countries with the most points first, until the markers fit, and never a country of one', () => {
    const points = [
      ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => point(id, 'A', 0, 0)),
      ...['b1', 'b2', 'b3'].map((id) => point(id, 'B', 0, 0)),
      point('c1', 'C', 0, 0),
    ];
    const keyOf = (p: { key: string }) => p.key;
    expect([...crowdedKeys(points, 9, keyOf)]).toEqual([]);
    expect([...crowdedKeys(points, 5, keyOf)]).toEqual(['A']); // 9 points, A drawn as one: 5 markers
    expect([...crowdedKeys(points, 4, keyOf)]).toEqual(['A', 'B']); // then B: 3 markers
    expect([...crowdedKeys(points, 1, keyOf)]).toEqual(['A', 'B']); // C alone cannot be made smaller
  });

  it('draws every point once, as a marker or in one group, within the panel’s capacity and without overlaps', () => {
    // 400 points over six «countries» of Europe, far more than the 1,800 px² a marker may take allows.
    const keys = ['DE', 'FR', 'IT', 'ES', 'PL', 'SE'];
    const points = Array.from({ length: 400 }, (_, i) => ({
      ...point(`p${i}`, keys[i % keys.length] ?? 'DE', 2 + (i % 17), 44 + (i % 11)),
      ring: i % 9 === 0,
    }));
    const spec = staticPanels('wide').find((p) => p.id === 'europe');
    if (!spec) throw new Error('no Europe panel');
    const model = clusterMapModel([], points, [{ ...spec, exclude: [] }], MARKER_RADIUS, { pixelsPerMarker: PIXELS_PER_MARKER, keyOf: (p) => p.key });
    const [panel] = model.panels;
    if (!panel) throw new Error('no panel');
    const drawn = [...panel.markers.map((m) => m.datum.id), ...panel.groups.flatMap((g) => g.datum.ids)];
    expect(drawn.sort()).toEqual(points.map((p) => p.id).sort());
    const [, , w, h] = spec.rect;
    expect(panel.markers.length + panel.groups.length).toBeLessThanOrEqual(Math.floor((w * h) / PIXELS_PER_MARKER));
    expect(panel.groups.length).toBeGreaterThan(0);
    for (const g of panel.groups) {
      expect(g.datum.ids.length).toBeGreaterThan(1);
      expect(new Set(g.datum.ids.map((id) => points.find((p) => p.id === id)?.key))).toEqual(new Set([g.datum.key]));
    }
    const boxes = [
      ...panel.markers.map((m) => ({ id: m.datum.id, x: m.x, y: m.y, half: m.datum.ring ? MARKER_RADIUS + RING_EXTRA : MARKER_RADIUS * 1.3 })),
      ...panel.groups.map((g) => ({ id: g.datum.key, x: g.x, y: g.y, half: GROUP_RADIUS })),
    ];
    const clashes = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => (Math.abs(a.x - b.x) < a.half + b.half && Math.abs(a.y - b.y) < a.half + b.half ? [`${a.id} × ${b.id}`] : [])),
    );
    expect(clashes).toEqual([]);
  });

  it('leaves today’s clusters ungrouped in both layouts: the most crowded panel has room for them all', () => {
    expect(drawsGroups(summaries)).toBe(false);
    const models = staticMapModels(summaries);
    for (const model of Object.values(models))
      for (const panel of model.panels) {
        const [, , w, h] = panel.spec.rect;
        expect(panel.markers.length).toBeLessThanOrEqual(Math.floor((w * h) / PIXELS_PER_MARKER));
      }
  });
});

describe('filters in words', () => {
  const names = mapFilterNames({
    groups: [{ number: 2, name: 'World-Class Biomedical Research Clusters' }],
    models: [{ id: 'global-network', number: 3, name: 'Establishing a global network' }],
    factors: [],
    countries: [
      { code: 'DK', name: 'Denmark' },
      { code: 'SE', name: 'Sweden' },
    ],
  });

  it('names each facet with a choice, in the order of the form, and leaves out «all» layers', () => {
    expect(filterPhrases({ group: ['2'], country: ['DK', 'SE'], layer: ['all'] }, names)).toEqual([
      'Group: 2. World-Class Biomedical Research Clusters',
      'Country: Denmark, Sweden',
    ]);
    expect(filterPhrases({ layer: ['sample'], model: ['global-network'] }, names)).toEqual([
      'Layer: The HSE sample only',
      'Target model: 3. Establishing a global network',
    ]);
    expect(filterPhrases({}, names)).toEqual([]);
  });
});
