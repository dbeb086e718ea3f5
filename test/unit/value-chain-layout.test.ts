/** The value-chain layout on the real chains and on small inputs: inside the drawing, no overlaps, links between their stages, stable. */
import { describe, expect, it } from 'vitest';
import * as data from '../../src/lib/atlas-data.ts';
import { ACROSS_WIDTH, cutIntoSlices, layoutChain, readingOrder, type Box, type ChainLayout, type LinkInput, type Orientation, type StageInput } from '../../src/lib/value-chain-layout.ts';
import { chainView, stagesByStep } from '../../src/lib/value-chain-view.ts';

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical'];

const stage = (id: string, order: number | null, extra: Partial<StageInput> = {}): StageInput => ({
  id,
  label: id.replace(/-/g, ' '),
  order,
  stage: null,
  number: null,
  unit: null,
  ...extra,
});

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Distance from a point to the outline of a box (0 when the point is on it). */
function distanceToOutline([x, y]: [number, number], b: Box): number {
  const dx = Math.max(b.x - x, 0, x - (b.x + b.width));
  const dy = Math.max(b.y - y, 0, y - (b.y + b.height));
  const outside = Math.hypot(dx, dy);
  if (outside > 0) return outside;
  return Math.min(x - b.x, b.x + b.width - x, y - b.y, b.y + b.height - y);
}

const firstPoint = (d: string) => (d.match(/^M(-?[\d.]+),(-?[\d.]+)/)?.slice(1).map(Number) ?? []) as number[];
const lastPoint = (d: string) => (d.match(/(-?[\d.]+),(-?[\d.]+)$/)?.slice(1).map(Number) ?? []) as number[];

function expectWellFormed(layout: ChainLayout, stages: readonly StageInput[], links: readonly LinkInput[]) {
  expect(layout.stages.map((s) => s.id).sort()).toEqual(stages.map((s) => s.id).sort());
  for (const s of layout.stages) {
    expect(s.x, `${s.id} left`).toBeGreaterThanOrEqual(0);
    expect(s.y, `${s.id} top`).toBeGreaterThanOrEqual(0);
    expect(s.x + s.width, `${s.id} right`).toBeLessThanOrEqual(layout.width);
    expect(s.y + s.height, `${s.id} bottom`).toBeLessThanOrEqual(layout.height);
    for (const line of s.lines) {
      expect(line.y, `${s.id}: «${line.text}» inside its box`).toBeGreaterThan(s.y);
      expect(line.y, `${s.id}: «${line.text}» inside its box`).toBeLessThan(s.y + s.height);
    }
    if (s.bar) expect(s.bar.x + s.bar.width).toBeLessThanOrEqual(s.x + s.width);
  }
  for (const [i, a] of layout.stages.entries())
    for (const b of layout.stages.slice(i + 1)) expect(overlaps(a, b), `${a.id} and ${b.id} overlap`).toBe(false);
  expect(layout.links).toHaveLength(links.length);
  const box = new Map(layout.stages.map((s) => [s.id, s]));
  for (const link of layout.links) {
    const name = `${link.from} → ${link.to}`;
    expect(distanceToOutline(link.start, box.get(link.from) as Box), `${name} starts on its source`).toBeLessThan(0.5);
    expect(distanceToOutline(link.end, box.get(link.to) as Box), `${name} ends on its target`).toBeLessThan(0.5);
    expect(firstPoint(link.path), `${name} path starts at its start`).toEqual(link.start);
    expect(lastPoint(link.path), `${name} path ends at its end`).toEqual(link.end);
    expect(firstPoint(link.arrow), `${name} arrow tip at its end`).toEqual(link.end);
  }
}

/** The corner points of a link drawn as lines and rounded corners (M, L, Q): the polyline it follows. */
const corners = (d: string): [number, number][] => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** Stages a link's polyline runs through, other than its own two (sampled every 2 px; a 1 px rim of each box allowed). */
function crossedStages(layout: ChainLayout, link: ChainLayout['links'][number]): string[] {
  const points = corners(link.path);
  const hit = new Set<string>();
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1] as [number, number], points[i] as [number, number]];
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 2));
    for (let j = 0; j <= steps; j++) {
      const [x, y] = [x0 + ((x1 - x0) * j) / steps, y0 + ((y1 - y0) * j) / steps];
      for (const s of layout.stages)
        if (s.id !== link.from && s.id !== link.to && x > s.x + 1 && x < s.x + s.width - 1 && y > s.y + 1 && y < s.y + s.height - 1) hit.add(s.id);
    }
  }
  return [...hit];
}

/**
 * Checks the «Z» reading of wrapped rows: along the reading order, the steps of each next order stand to the right
 * of the last order's, or — at the start of a new row — back at the left, below everything read so far.
 */
function expectRowsReadLikeText(layout: ChainLayout, stages: readonly StageInput[]) {
  const order = new Map(stages.map((s) => [s.id, s.order]));
  const steps = layout.stages.filter((s) => s.kind === 'step');
  let rowStarts = 0;
  for (let i = 1; i < steps.length; i++) {
    const [previous, next] = [steps[i - 1] as Box & { id: string }, steps[i] as Box & { id: string }];
    if (order.get(previous.id) === order.get(next.id)) {
      expect(next.x, `${next.id} in the column of ${previous.id}`).toBe(previous.x);
      continue;
    }
    if (next.x > previous.x) continue;
    rowStarts++;
    expect(next.x, `${next.id} starts a row at the left`).toBe(Math.min(...steps.map((s) => s.x)));
    const above = steps.slice(0, i);
    expect(next.y, `${next.id} starts a row below all before it`).toBeGreaterThan(Math.max(...above.map((s) => s.y + s.height)));
  }
  expect(rowStarts + 1).toBe(layout.rows);
}

describe('value-chain layout of the real chains', () => {
  it('has the four chains of the sources', () => {
    expect(data.valueChains.map((c) => c.id).sort()).toEqual([
      'bioxclusters-internationalisation',
      'medical-imaging-market',
      'medical-tourism-services',
      'mix-innovation-chain',
    ]);
  });

  for (const chain of data.valueChains)
    for (const orientation of ORIENTATIONS)
      it(`${chain.id}, ${orientation}: every stage inside the drawing, none overlapping, every link between its stages`, () => {
        const view = chainView(data.atlas, chain.id);
        const stages = view.stages.map((s) => s.node);
        expectWellFormed(view[orientation], stages, view.links);
      });

  for (const id of ['mix-innovation-chain', 'bioxclusters-internationalisation'])
    it(`${id}, horizontal: wraps into rows within the width a wide screen gives it, read left to right and row by row`, () => {
      const view = chainView(data.atlas, id);
      const layout = view.horizontal;
      const stages = view.stages.map((s) => s.node);
      expect(layout.width).toBeLessThanOrEqual(ACROSS_WIDTH);
      expect(layout.rows).toBeGreaterThanOrEqual(2);
      // Fewer columns than steps: the rows share them.
      expect(new Set(layout.stages.map((s) => s.x)).size).toBeLessThan(view.steps);
      expectWellFormed(layout, stages, view.links);
      expectRowsReadLikeText(layout, stages);
      for (const link of layout.links) expect(crossedStages(layout, link), `${link.from} → ${link.to} runs through`).toEqual([]);
      // The one-row shape of the index's thumbnail keeps every step in a column of its own.
      expect(view.strip.rows).toBe(1);
      expect(new Set(view.strip.stages.filter((s) => s.kind === 'step').map((s) => s.x)).size).toBe(view.steps);
    });

  it('keeps the short chains in one row, within the same width', () => {
    for (const id of ['medical-tourism-services', 'medical-imaging-market']) {
      const layout = chainView(data.atlas, id).horizontal;
      expect(layout.rows, id).toBe(1);
      expect(layout.width, id).toBeLessThanOrEqual(ACROSS_WIDTH);
      expect(layout.laneTitles, id).toEqual([]);
    }
  });

  it('names the steps of each wrapped row, and marks a pilot lane that continues from the row above', () => {
    const titles = chainView(data.atlas, 'mix-innovation-chain').horizontal.laneTitles.map((t) => t.text);
    expect(titles).toEqual(expect.arrayContaining(['Steps 1–4', 'Steps 5–8', 'Steps 9–12', 'Steps 13–16']));
    expect(titles).toContain('Regional pilot: Health2Care (Auvergne-Rhône-Alpes) (continued)');
  });

  it('gives the same output for the same input, and leaves the input alone', () => {
    const nodes = data.valueChainNodes.filter((n) => n.chain_id === 'mix-innovation-chain');
    const links = data.valueChainLinks.filter((l) => l.chain_id === 'mix-innovation-chain');
    const before = JSON.stringify([nodes, links]);
    for (const orientation of ORIENTATIONS) expect(layoutChain(nodes, links, orientation)).toEqual(layoutChain(nodes, links, orientation));
    expect(JSON.stringify([nodes, links])).toBe(before);
  });

  it('stacks the nine services of the medical tourist in one column, centred on medical assistance', () => {
    const layout = chainView(data.atlas, 'medical-tourism-services').horizontal;
    const services = layout.stages.filter((s) => data.valueChainNodes.some((n) => n.chain_id === 'medical-tourism-services' && n.id === s.id && n.order === 1));
    expect(services).toHaveLength(9);
    expect(new Set(services.map((s) => s.x)).size).toBe(1);
    const care = layout.stages.find((s) => s.id === 'medical-assistance') as Box;
    const top = Math.min(...services.map((s) => s.y));
    const bottom = Math.max(...services.map((s) => s.y + s.height));
    expect(care.x).toBeGreaterThan(services[0]?.x ?? 0);
    expect(Math.abs(care.y + care.height / 2 - (top + bottom) / 2)).toBeLessThan(1);
  });

  it('runs each regional pilot of the MIX chain in a lane of its own, under the steps its figures belong to', () => {
    const layout = chainView(data.atlas, 'mix-innovation-chain').horizontal;
    const at = (id: string) => layout.stages.find((s) => s.id === id) as (typeof layout.stages)[number];
    expect(at('call-for-projects').lane).toBe(0);
    const lanes = ['total-projects-identified', 'h2c-projects-identified', 'c3-projects-submitted', 'n4h-projects-supported'].map((id) => at(id).lane);
    expect(new Set(lanes).size).toBe(4);
    expect(lanes.every((l) => l > 0)).toBe(true);
    expect(at('h2c-projects-identified').x).toBe(at('call-for-projects').x);
    expect(at('h2c-projects-presented').x).toBe(at('regional-evaluation-sessions').x);
    expect(at('c3-projects-vouchers').x).toBe(at('vouchers-awarded').x);
    expect(at('h2c-projects-identified').y).toBeGreaterThan(at('call-for-projects').y + at('call-for-projects').height);
    expect(layout.laneTitles.map((t) => t.text)).toContain('Regional pilot: Health2Care (Auvergne-Rhône-Alpes)');
  });

  it('draws the voucher funnel to scale: bar lengths in proportion to the numbers of one unit', () => {
    for (const orientation of ORIENTATIONS) {
      const layout = chainView(data.atlas, 'mix-innovation-chain')[orientation];
      const bar = (id: string) => layout.stages.find((s) => s.id === id)?.bar?.width ?? Number.NaN;
      expect(bar('c3-projects-submitted')).toBeGreaterThan(bar('h2c-projects-identified'));
      expect(bar('h2c-projects-identified') / bar('c3-projects-submitted')).toBeCloseTo(34 / 44, 2);
      expect(bar('h2c-projects-selected') / bar('h2c-projects-presented')).toBeCloseTo(9 / 20, 2);
      const values = layout.stages.flatMap((s) => s.lines.filter((l) => l.kind === 'value').map((l) => l.text));
      expect(values).toEqual(expect.arrayContaining(['34 projects', '20 projects', '9 projects', '44 projects', '21 projects', '40 vouchers']));
    }
  });

  it('puts the framework conditions of the medical-imaging chain in a band across the whole chain', () => {
    for (const orientation of ORIENTATIONS) {
      const layout = chainView(data.atlas, 'medical-imaging-market')[orientation];
      const band = layout.stages.find((s) => s.id === 'framework-conditions') as (typeof layout.stages)[number];
      const steps = layout.stages.filter((s) => s.kind === 'step');
      expect(band.kind).toBe('frame');
      expect(band.x).toBeLessThanOrEqual(Math.min(...steps.map((s) => s.x)));
      expect(band.x + band.width).toBeGreaterThanOrEqual(Math.max(...steps.map((s) => s.x + s.width)));
      expect(band.y).toBeGreaterThan(Math.max(...steps.map((s) => s.y + s.height)));
    }
  });
});

describe('value-chain layout on small inputs', () => {
  const stages = [stage('a', 1), stage('b', 2), stage('c', 2), stage('d', 3), stage('frame', null)];
  const links = [
    { from: 'a', to: 'b' },
    { from: 'a', to: 'c' },
    { from: 'b', to: 'd' },
    { from: 'c', to: 'd' },
  ];

  for (const orientation of ORIENTATIONS)
    it(`${orientation}: well formed`, () => expectWellFormed(layoutChain(stages, links, orientation), stages, links));

  it('horizontal: one column per order, stages of an order stacked in theirs', () => {
    const layout = layoutChain(stages, links, 'horizontal');
    const at = (id: string) => layout.stages.find((s) => s.id === id) as Box;
    expect(at('b').x).toBe(at('c').x);
    expect(at('a').x).toBeLessThan(at('b').x);
    expect(at('b').x).toBeLessThan(at('d').x);
    expect(at('b').y + at('b').height).toBeLessThan(at('c').y);
  });

  it('vertical: the stages one under the other in reading order, at one width', () => {
    const layout = layoutChain(stages, links, 'vertical', { width: 320 });
    expect(layout.width).toBe(320);
    const steps = layout.stages.filter((s) => s.kind === 'step');
    expect(steps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    for (let i = 1; i < steps.length; i++) expect(steps[i]?.y).toBeGreaterThan((steps[i - 1]?.y ?? 0) + (steps[i - 1]?.height ?? 0));
    expect(layout.groups).toHaveLength(1);
  });

  it('vertical: neighbours get a straight arrow, a link that skips a step runs in the left gutter', () => {
    const chain = [stage('a', 1), stage('b', 2), stage('c', 3)];
    const layout = layoutChain(chain, [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }], 'vertical');
    const [straight, skip] = layout.links;
    expect(straight?.start[0]).toBe(straight?.end[0]);
    const a = layout.stages[0] as Box;
    expect(skip?.start[0]).toBe(a.x);
    expect(skip?.path).toMatch(/L(-?[\d.]+),/);
    const leftmost = Math.min(...[...(skip?.path.matchAll(/(-?[\d.]+),-?[\d.]+/g) ?? [])].map((m) => Number(m[1])));
    expect(leftmost).toBeLessThan(a.x);
  });

  it('horizontal: a link that would cross a stage in between arches over or under it', () => {
    const chain = [stage('a', 1), stage('b', 2), stage('c', 3)];
    const layout = layoutChain(chain, [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'a', to: 'c' }], 'horizontal');
    const b = layout.stages.find((s) => s.id === 'b') as Box;
    const skip = layout.links.find((k) => k.from === 'a' && k.to === 'c');
    const ys = [...(skip?.path.matchAll(/-?[\d.]+,(-?[\d.]+)/g) ?? [])].map((m) => Number(m[1]));
    expect(Math.min(...ys) < b.y || Math.max(...ys) > b.y + b.height).toBe(true);
  });

  describe('horizontal: wrapping a chain wider than its width into rows', () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => stage(`s${i + 1}`, i + 1));
    const next = (n: number) => Array.from({ length: n - 1 }, (_, i) => ({ from: `s${i + 1}`, to: `s${i + 2}` }));

    it('keeps a chain that fits at its narrowest in one row', () => {
      const layout = layoutChain(line(3), next(3), 'horizontal', { width: 640 });
      expect(layout.rows).toBe(1);
      expect(new Set(layout.stages.map((s) => s.y)).size).toBe(1);
    });

    it('shares the columns out evenly among as few rows as fit, and stays within the width', () => {
      // 140 px stages 48 px apart, 20 px gutters and 4 px margins: four columns fit 752 px, three fit 600.
      for (const [count, width, rows] of [
        [10, 752, 3],
        [16, 752, 4],
        [9, 600, 3],
        [5, 752, 2],
      ] as const) {
        const chain = line(count);
        const layout = layoutChain(chain, next(count), 'horizontal', { width });
        expect(layout.rows, `${count} steps in ${width} px`).toBe(rows);
        expect(layout.width).toBeLessThanOrEqual(width);
        expect(new Set(layout.stages.map((s) => s.x)).size).toBe(Math.ceil(count / rows));
        expectWellFormed(layout, chain, next(count));
        expectRowsReadLikeText(layout, chain);
      }
    });

    it('runs a link from the end of a row out to the right, between the rows and back into the left of the next row', () => {
      const layout = layoutChain(line(8), next(8), 'horizontal', { width: 752 });
      const at = (id: string) => layout.stages.find((s) => s.id === id) as Box;
      const link = layout.links.find((k) => k.from === 's4' && k.to === 's5') as ChainLayout['links'][number];
      expect(link.start).toEqual([at('s4').x + at('s4').width, at('s4').y + at('s4').height / 2]);
      expect(link.end).toEqual([at('s5').x, at('s5').y + at('s5').height / 2]);
      const ys = corners(link.path).map(([, y]) => y);
      const firstRowBottom = Math.max(...['s1', 's2', 's3', 's4'].map((id) => at(id).y + at(id).height));
      expect(ys.some((y) => y > firstRowBottom && y < at('s5').y), 'runs between the rows').toBe(true);
      expect(Math.min(...corners(link.path).map(([x]) => x))).toBeLessThan(at('s5').x);
      expect(crossedStages(layout, link)).toEqual([]);
    });

    it('keeps the lines of different sources apart where they share a gap, and lets links into a frame pass beside the rows', () => {
      // s3 and s7 both end a row's third column; both skip into the next row.
      const chain = [...line(10), stage('frame', null)];
      const links = [...next(10), { from: 's3', to: 's6' }, { from: 's7', to: 's10' }, { from: 's2', to: 'frame' }];
      const layout = layoutChain(chain, links, 'horizontal', { width: 752 });
      expectWellFormed(layout, chain, links);
      for (const link of layout.links) expect(crossedStages(layout, link), `${link.from} → ${link.to}`).toEqual([]);
      const turn = (from: string, to: string) => corners(layout.links.find((k) => k.from === from && k.to === to)?.path ?? '')[1]?.[0];
      expect(turn('s3', 's6')).not.toBe(turn('s7', 's10'));
    });

    it('does not wrap when asked not to', () => {
      const layout = layoutChain(line(16), next(16), 'horizontal', { width: 752, wrap: false });
      expect(layout.rows).toBe(1);
      expect(layout.width).toBeGreaterThan(752);
    });
  });

  it('a link within one order puts its target right after its source', () => {
    const chain = [stage('x', 1), stage('late', 1), stage('first', 1)];
    expect(readingOrder(chain, [{ from: 'first', to: 'late' }]).map((s) => s.id)).toEqual(['x', 'first', 'late']);
  });

  it('no bar for a figure with nothing of its unit to compare with', () => {
    const chain = [stage('a', 1, { number: 3, unit: 'countries' }), stage('b', 2, { number: 4, unit: 'missions' })];
    const layout = layoutChain(chain, [{ from: 'a', to: 'b' }], 'horizontal');
    expect(layout.stages.map((s) => s.bar)).toEqual([null, null]);
    expect(layout.stages[0]?.lines.find((l) => l.kind === 'value')?.text).toBe('3 countries');
  });

  it('breaks a word too long for a line instead of letting it run out of its box', () => {
    const layout = layoutChain([stage('a', 1, { label: 'Supercalifragilisticexpialidocious-internationalisation' })], [], 'horizontal');
    const lines = layout.stages[0]?.lines ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text.replace(/-$/, '')).join('')).toBe('Supercalifragilisticexpialidocious-internationalisation');
  });

  it('refuses a link to a stage that is not there', () => {
    expect(() => layoutChain([stage('a', 1)], [{ from: 'a', to: 'nowhere' }], 'horizontal')).toThrow(/nowhere/);
  });
});

describe('cutting a layout into printed pieces', () => {
  const box = (y: number, height: number) => ({ id: `s${y}`, x: 0, y, width: 10, height });
  const layout = (height: number, stages: { y: number; height: number }[], groups: { y: number; height: number }[] = []) =>
    ({ height, stages: stages.map((b) => box(b.y, b.height)), groups: groups.map((b) => ({ x: 0, y: b.y, width: 10, height: b.height })) }) as unknown as ChainLayout;

  it('leaves a layout that fits in one piece', () => {
    expect(cutIntoSlices(layout(300, [{ y: 0, height: 100 }, { y: 150, height: 100 }]), 400)).toEqual([{ y: 0, height: 300 }]);
  });

  it('cuts in the middle of the last gap that keeps a piece within the height, never through a box', () => {
    // Boxes at 0–100, 120–220, 240–340, 360–460: gaps centred on 110, 230 and 350.
    const l = layout(470, [0, 120, 240, 360].map((y) => ({ y, height: 100 })));
    expect(cutIntoSlices(l, 250)).toEqual([
      { y: 0, height: 230 },
      { y: 230, height: 240 },
    ]);
  });

  it('does not cut through a group background that holds several stages', () => {
    const l = layout(460, [{ y: 0, height: 100 }, { y: 130, height: 100 }, { y: 240, height: 100 }, { y: 360, height: 100 }], [{ y: 120, height: 230 }]);
    expect(cutIntoSlices(l, 300).map((p) => p.y)).toEqual([0, 110, 355]);
  });

  it('keeps a block taller than a piece whole', () => {
    expect(cutIntoSlices(layout(600, [{ y: 0, height: 500 }, { y: 520, height: 80 }]), 200)).toEqual([
      { y: 0, height: 510 },
      { y: 510, height: 90 },
    ]);
  });

  it('cuts the real chains only between stages, into pieces within the height where the chain allows', () => {
    for (const chain of data.valueChains) {
      const { vertical } = chainView(data.atlas, chain.id);
      const pieces = cutIntoSlices(vertical, 760);
      expect(pieces[0]?.y).toBe(0);
      expect(pieces.reduce((sum, p) => sum + p.height, 0)).toBeCloseTo(vertical.height);
      for (const p of pieces.slice(1))
        for (const s of vertical.stages) expect(p.y <= s.y || p.y >= s.y + s.height, `${chain.id}: cut at ${p.y} through ${s.id}`).toBe(true);
      for (const p of pieces) expect(p.height).toBeLessThanOrEqual(760);
    }
  });

  it('refuses a height that is not positive', () => {
    expect(() => cutIntoSlices(layout(100, []), 0)).toThrow(/positive/);
  });
});

describe('stages by step', () => {
  it('groups the medical tourism chain’s stages under their steps, in reading order', () => {
    // value-chain-nodes.csv, medical-tourism-services: nine stages of order 1, then one of order 2 and one of order 3.
    const steps = stagesByStep(chainView(data.atlas, 'medical-tourism-services').stages);
    expect(steps.map((s) => [s.step, s.stages.length])).toEqual([
      [1, 9],
      [2, 1],
      [3, 1],
    ]);
    expect(steps[1]?.stages[0]?.node.id).toBe('medical-assistance');
  });
});
