/**
 * Where each stage of a value chain goes and how its links run, computed at
 * build time from the stages and links alone (no DOM, no fonts: text is
 * wrapped by an estimate of character width).
 *
 * Two variants of the same chain, both drawn into the page:
 * - horizontal (wide screens): one column per `order`, stages of one order
 *   stacked in their column; each group of stages linked only among
 *   themselves (e.g. a regional pilot's funnel) runs in its own lane below the
 *   main chain, so that its figures line up under the steps they belong to.
 *   A chain with more columns than fit the width wraps into rows that read
 *   like lines of text («Z» order: each row left to right, the next row under
 *   it, again from the left), each row with its own lanes; a link from one
 *   row to another runs out of the right of its stage, along a track between
 *   the rows and into the left of its target.
 * - vertical (narrow screens): the stages one under the other in reading
 *   order; links between neighbours are short arrows, the others run in
 *   gutters beside the stages (skips on the left, the rest on the right).
 * In both, stages without `order` frame the whole chain: a band at the end.
 */
import { wrapText } from './charts/wrap-text.ts';

export interface StageInput {
  id: string;
  label: string;
  order: number | null;
  stage: string | null;
  number: number | null;
  unit: string | null;
  /** A short second text under the label, e.g. who acts at the stage. */
  caption?: string | null;
}

export interface LinkInput {
  from: string;
  to: string;
}

export type Orientation = 'horizontal' | 'vertical';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  /** Baseline position. */
  x: number;
  y: number;
  kind: 'label' | 'value' | 'caption';
}

export interface PlacedStage extends Box {
  id: string;
  /** `frame` for stages without order, drawn as a band across the chain. */
  kind: 'step' | 'frame';
  /** 0 for the main chain; 1… for the separate groups below it (horizontal only). */
  lane: number;
  /** Position in reading order, from 0. */
  sequence: number;
  lines: TextLine[];
  /** A bar proportional to the stage's number, when its unit has other values in the chain to compare with. */
  bar: Box | null;
}

export interface PlacedLink {
  from: string;
  to: string;
  /** SVG path data of the line, from the edge of `from` to the edge of `to`. */
  path: string;
  start: [number, number];
  end: [number, number];
  /** SVG path data of the arrowhead at `end`. */
  arrow: string;
}

export interface LaneTitle {
  text: string;
  x: number;
  y: number;
}

export interface ChainLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** Rows the steps are wrapped into: 1 when they fit across (and always 1 top to bottom). */
  rows: number;
  fontSize: number;
  captionSize: number;
  stages: PlacedStage[];
  links: PlacedLink[];
  laneTitles: LaneTitle[];
  /** Backgrounds that group the stages sharing one order (vertical only). */
  groups: Box[];
}

export interface LayoutOptions {
  /**
   * Width to fit, in px. Horizontal: the most the drawing may take (columns spread up to it; columns that do not fit at
   * their narrowest wrap into rows); default ACROSS_WIDTH. Vertical: the exact width; default 340.
   */
  width?: number;
  /** Horizontal only: false keeps every column in one row however wide it gets (a thumbnail of the chain's shape). Default true. */
  wrap?: boolean;
}

/**
 * Width of the box a wide screen gives the horizontal drawing, in CSS px: the page's content (72rem less 2 × 1rem of
 * padding, global.css `main`) less the details panel beside it (22rem) and the gap between them (1rem), at 16 px a rem
 * — 47rem. ValueChainDiagram.astro shows the horizontal drawing only in a box at least this wide.
 */
export const ACROSS_WIDTH = 752;

const PAD = 8;
const BAR_HEIGHT = 10;
const ARROW = 7;

interface Metrics {
  fontSize: number;
  lineHeight: number;
  captionSize: number;
  captionLineHeight: number;
}

const METRICS: Record<Orientation, Metrics> = {
  horizontal: { fontSize: 14, lineHeight: 18, captionSize: 13, captionLineHeight: 17 },
  vertical: { fontSize: 15, lineHeight: 19, captionSize: 14, captionLineHeight: 18 },
};

/** Stages in reading order: by order, the main chain before separate groups, then as listed; a stage right after the stage of its order that links to it; frames last. */
export function readingOrder<S extends StageInput>(stages: readonly S[], links: readonly LinkInput[]): S[] {
  const lane = laneOf(stages, links);
  const steps = stages.filter((s) => s.order !== null);
  const orders = [...new Set(steps.map((s) => s.order as number))].sort((a, b) => a - b);
  const ordered = orders.flatMap((o) => {
    const layer = steps.filter((s) => s.order === o);
    layer.sort((a, b) => (lane.get(a.id) ?? 0) - (lane.get(b.id) ?? 0) || stages.indexOf(a) - stages.indexOf(b));
    return linkedNext(layer, links);
  });
  return [...ordered, ...stages.filter((s) => s.order === null)];
}

/**
 * Places the stages of one chain and routes its links (coordinates in px, rounded to 1/100). Horizontal: within
 * `options.width` (ACROSS_WIDTH by default), wrapped into rows when the columns do not fit (see `rows`); vertical: at
 * exactly that width (340 by default). Throws if two stages share an id or a link names a stage that is not there.
 */
export function layoutChain(stages: readonly StageInput[], links: readonly LinkInput[], orientation: Orientation, options: LayoutOptions = {}): ChainLayout {
  const ids = new Set(stages.map((s) => s.id));
  if (ids.size !== stages.length) throw new Error('value-chain layout: stage ids must be unique');
  for (const l of links)
    if (!ids.has(l.from) || !ids.has(l.to)) throw new Error(`value-chain layout: link ${l.from} → ${l.to} names an unknown stage`);
  return orientation === 'horizontal'
    ? horizontal(stages, links, options.width ?? ACROSS_WIDTH, options.wrap ?? true)
    : vertical(stages, links, options.width ?? 340);
}

/* ---------- shared pieces ---------- */

/** Lanes: the largest group of linked stages is lane 0 and takes the unlinked stages; every other linked group gets its own lane, in the order of its first stage. */
function laneOf(stages: readonly StageInput[], links: readonly LinkInput[]): Map<string, number> {
  const parent = new Map(stages.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const l of links) parent.set(find(l.from), find(l.to));
  const groups = new Map<string, string[]>();
  for (const s of stages.filter((s) => s.order !== null)) {
    const root = find(s.id);
    groups.set(root, [...(groups.get(root) ?? []), s.id]);
  }
  const linked = [...groups.values()].filter((g) => g.length > 1);
  const main = linked.reduce<string[] | undefined>((best, g) => (best === undefined || g.length > best.length ? g : best), undefined);
  const lanes = new Map<string, number>();
  let next = 1;
  for (const g of linked) {
    const lane = g === main ? 0 : next++;
    for (const id of g) lanes.set(id, lane);
  }
  return new Map(stages.map((s) => [s.id, lanes.get(s.id) ?? 0]));
}

/** Puts the target of a link between two stages of one list right after its source, so that the link is a short arrow. */
function linkedNext<S extends StageInput>(list: S[], links: readonly LinkInput[]): S[] {
  const out = [...list];
  for (const l of links) {
    const from = out.findIndex((s) => s.id === l.from);
    const to = out.findIndex((s) => s.id === l.to);
    if (from < 0 || to < 0 || to === from + 1) continue;
    const [target] = out.splice(to, 1);
    out.splice(out.findIndex((s) => s.id === l.from) + 1, 0, target as S);
  }
  return out;
}

/** Bar widths per stage: numbers of a unit that occurs at least twice in the chain share one scale from zero. */
function barShares(stages: readonly StageInput[]): Map<string, number> {
  const byUnit = new Map<string, StageInput[]>();
  for (const s of stages) if (s.number !== null && s.unit !== null) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
  const shares = new Map<string, number>();
  for (const group of byUnit.values()) {
    if (group.length < 2) continue;
    const max = Math.max(...group.map((s) => s.number as number));
    if (max > 0) for (const s of group) shares.set(s.id, (s.number as number) / max);
  }
  return shares;
}

/** A horizontal band of a layout, in its units: from `y`, `height` high. */
export interface Slice {
  y: number;
  height: number;
}

/**
 * Cuts a layout into bands no taller than `maxHeight` (layout units), cutting
 * only between boxes, never through a stage or a group's background: the
 * pieces a printed chain is split into, one per page. A block of boxes taller
 * than `maxHeight` with no gap inside stays one band. Throws if `maxHeight` is
 * not positive.
 */
export function cutIntoSlices(layout: Pick<ChainLayout, 'height' | 'stages' | 'groups'>, maxHeight: number): Slice[] {
  if (!(maxHeight > 0)) throw new Error(`cutIntoSlices: maxHeight must be positive, got ${maxHeight}`);
  // Vertical extents of everything that must not be cut, merged; the middle of each gap between them is a place to cut.
  const spans = [...layout.stages, ...layout.groups].map((b) => [b.y, b.y + b.height] as const).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const cuts = merged.slice(1).map(([a], i) => (merged[i]![1] + a) / 2);
  const slices: Slice[] = [];
  let top = 0;
  while (layout.height - top > maxHeight) {
    const fitting = cuts.filter((c) => c > top && c - top <= maxHeight);
    const cut = fitting.at(-1) ?? cuts.find((c) => c > top);
    if (cut === undefined) break;
    slices.push({ y: top, height: cut - top });
    top = cut;
  }
  slices.push({ y: top, height: layout.height - top });
  return slices;
}

export function formatValue(stage: Pick<StageInput, 'number' | 'unit'>): string | null {
  if (stage.number === null) return null;
  const n = stage.number.toLocaleString('en', { maximumFractionDigits: 2 });
  return stage.unit ? `${n} ${stage.unit}` : n;
}

/** Characters per line for a width of text; a generous per-character width so that wide system fonts still fit. */
const charsFor = (width: number, fontSize: number) => Math.max(8, Math.floor(width / (fontSize * 0.6)));

/** Word wrap that also breaks a word too long for any line, with a hyphen. */
function wrap(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).flatMap((w) => {
    const parts = [];
    let rest = w;
    while (rest.length > maxChars) {
      parts.push(`${rest.slice(0, maxChars - 1)}-`);
      rest = rest.slice(maxChars - 1);
    }
    return [...parts, rest];
  });
  return wrapText(words.join(' '), maxChars);
}

/** The content of a stage box of a given width: its text lines (relative to the box) and height. */
function stageContent(stage: StageInput, width: number, m: Metrics, share: number | undefined) {
  const inner = width - 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD;
  for (const text of wrap(stage.label, charsFor(inner, m.fontSize))) {
    y += m.lineHeight;
    lines.push({ text, x: PAD, y: y - 5, kind: 'label' });
  }
  const value = formatValue(stage);
  let bar: Box | null = null;
  if (value !== null) {
    y += 2;
    for (const text of wrap(value, charsFor(inner, m.fontSize))) {
      y += m.lineHeight;
      lines.push({ text, x: PAD, y: y - 5, kind: 'value' });
    }
    if (share !== undefined) {
      bar = { x: PAD, y: y + 1, width: Math.max(2, inner * share), height: BAR_HEIGHT };
      y += BAR_HEIGHT + 4;
    }
  }
  if (stage.caption) {
    y += 2;
    for (const text of wrap(stage.caption, charsFor(inner, m.captionSize))) {
      y += m.captionLineHeight;
      lines.push({ text, x: PAD, y: y - 5, kind: 'caption' });
    }
  }
  return { lines, bar, height: y + PAD };
}

function place(stage: StageInput, box: Box, content: ReturnType<typeof stageContent>, lane: number, sequence: number): PlacedStage {
  return {
    id: stage.id,
    kind: stage.order === null ? 'frame' : 'step',
    lane,
    sequence,
    ...box,
    lines: content.lines.map((l) => ({ ...l, x: box.x + l.x, y: box.y + l.y })),
    bar: content.bar && { ...content.bar, x: box.x + content.bar.x, y: box.y + content.bar.y },
  };
}

const r = (n: number) => Math.round(n * 100) / 100;
const pt = (x: number, y: number) => `${r(x)},${r(y)}`;

/** A filled triangle with its tip at (x, y), pointing along (dx, dy). */
function arrowHead(x: number, y: number, dx: number, dy: number): string {
  const px = -dy;
  const py = dx;
  const bx = x - dx * ARROW;
  const by = y - dy * ARROW;
  return `M${pt(x, y)}L${pt(bx + px * ARROW * 0.55, by + py * ARROW * 0.55)}L${pt(bx - px * ARROW * 0.55, by - py * ARROW * 0.55)}Z`;
}

/** A horizontal S-curve from (x0, y0) to (x1, y1), both ends level; a plain line when they are at one height. */
const bumpX = (x0: number, y0: number, x1: number, y1: number) => {
  if (Math.abs(y1 - y0) < 0.5) return `L${pt(x1, y1)}`;
  const xm = (x0 + x1) / 2;
  return `C${pt(xm, y0)} ${pt(xm, y1)} ${pt(x1, y1)}`;
};

/** An orthogonal route through the given corner points, corners rounded. */
function roundedPolyline(points: [number, number][], radius = 6): string {
  let d = `M${pt(...(points[0] as [number, number]))}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [x0, y0] = points[i - 1] as [number, number];
    const [x1, y1] = points[i] as [number, number];
    const [x2, y2] = points[i + 1] as [number, number];
    const inLen = Math.hypot(x1 - x0, y1 - y0);
    const outLen = Math.hypot(x2 - x1, y2 - y1);
    const rad = Math.min(radius, inLen / 2, outLen / 2);
    const a: [number, number] = [x1 - ((x1 - x0) / (inLen || 1)) * rad, y1 - ((y1 - y0) / (inLen || 1)) * rad];
    const b: [number, number] = [x1 + ((x2 - x1) / (outLen || 1)) * rad, y1 + ((y2 - y1) / (outLen || 1)) * rad];
    d += `L${pt(...a)}Q${pt(x1, y1)} ${pt(...b)}`;
  }
  return `${d}L${pt(...(points[points.length - 1] as [number, number]))}`;
}

/** A point on the S-curve of bumpX at parameter t. */
function bumpPoint(x0: number, y0: number, x1: number, y1: number, t: number): [number, number] {
  const xm = (x0 + x1) / 2;
  const u = 1 - t;
  const x = u * u * u * x0 + 3 * u * u * t * xm + 3 * u * t * t * xm + t * t * t * x1;
  const y = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;
  return [x, y];
}

const inside = ([x, y]: [number, number], b: Box, margin: number) =>
  x >= b.x - margin && x <= b.x + b.width + margin && y >= b.y - margin && y <= b.y + b.height + margin;

/* ---------- horizontal ---------- */

const H_MARGIN = 4;
const H_NODE_MIN = 140;
const H_NODE_MAX = 240;
const H_GAP_MIN = 48;
const H_GAP_MAX = 140;
const H_STACK_GAP = 20;
const H_LANE_GAP = 40;
const H_TITLE = 20;
const H_TRACK = 12;
/** Wrapped rows: room left of the first column and right of the last, where links between rows turn. */
const H_GUTTER = 20;
/**
 * Wrapped rows: where a link between rows turns, in px from the side of its stage: the first source leaving a column
 * (or entering one) at H_TURN, each further one H_TURN_STEP further, up to H_TURN_SLOTS of them (then again from the
 * first), so that their lines run apart within a gap or gutter.
 */
const H_TURN = 6;
const H_TURN_STEP = 4;
const H_TURN_SLOTS = 4;

/** Columns per row and their sizes (px). */
interface Grid {
  perRow: number;
  rows: number;
  nodeWidth: number;
  gap: number;
  /** Room on either side of the columns: 0 in one row, H_GUTTER when wrapped. */
  gutter: number;
}

/**
 * All columns in one row when they fit `maxWidth` at their narrowest (or `wrap` is off), spread up to it; else as
 * few rows as fit, the columns shared out evenly among them (the last row may hold fewer).
 */
function columnGrid(columns: number, maxWidth: number, wrap: boolean): Grid {
  const spread = (n: number, room: number) => {
    const nodeWidth = Math.min(H_NODE_MAX, Math.max(H_NODE_MIN, (room - (n - 1) * H_GAP_MIN) / n));
    const gap = n > 1 ? Math.min(H_GAP_MAX, Math.max(H_GAP_MIN, (room - n * nodeWidth) / (n - 1))) : 0;
    return { nodeWidth, gap };
  };
  const room = maxWidth - 2 * H_MARGIN;
  if (!wrap || columns * H_NODE_MIN + (columns - 1) * H_GAP_MIN <= room) return { perRow: columns, rows: 1, gutter: 0, ...spread(columns, room) };
  const inner = room - 2 * H_GUTTER;
  const fit = Math.max(1, Math.floor((inner + H_GAP_MIN) / (H_NODE_MIN + H_GAP_MIN)));
  const rows = Math.ceil(columns / fit);
  const perRow = Math.ceil(columns / rows);
  return { perRow, rows, gutter: H_GUTTER, ...spread(perRow, inner) };
}

function horizontal(stages: readonly StageInput[], links: readonly LinkInput[], maxWidth: number, wrap: boolean): ChainLayout {
  const m = METRICS.horizontal;
  const lane = laneOf(stages, links);
  const ordered = readingOrder(stages, links);
  const sequence = new Map(ordered.map((s, i) => [s.id, i]));
  const steps = ordered.filter((s) => s.order !== null);
  const frames = ordered.filter((s) => s.order === null);
  const orders = [...new Set(steps.map((s) => s.order as number))].sort((a, b) => a - b);
  const column = new Map(steps.map((s) => [s.id, orders.indexOf(s.order as number)]));
  const columns = Math.max(orders.length, 1);
  const { perRow, rows, nodeWidth, gap, gutter } = columnGrid(columns, maxWidth, wrap);
  const rowOf = (id: string) => Math.floor((column.get(id) as number) / perRow);
  const colX = (c: number) => H_MARGIN + gutter + (c % perRow) * (nodeWidth + gap);
  const width = H_MARGIN * 2 + gutter * 2 + perRow * nodeWidth + (perRow - 1) * gap;
  /** A title's x: at its column, moved left as far as it needs to end inside the drawing (by the generous estimate of charsFor). */
  const titleX = (x: number, text: string) => Math.max(H_MARGIN, Math.min(x, width - H_MARGIN - text.length * m.captionSize * 0.6));
  const shares = barShares(stages);
  const contents = new Map(steps.map((s) => [s.id, stageContent(s, nodeWidth, m, shares.get(s.id))]));

  // Links between steps of different rows run along a band above their target's row: one track per source there.
  const across = links.filter((k) => column.has(k.from) && column.has(k.to) && rowOf(k.from) !== rowOf(k.to));
  const bandSources = Array.from({ length: rows }, (_, row) =>
    [...new Set(across.filter((k) => rowOf(k.to) === row).map((k) => k.from))].sort((a, b) => (sequence.get(a) as number) - (sequence.get(b) as number)),
  );
  const bandY: number[] = [];

  const placed: PlacedStage[] = [];
  const placedLinks: PlacedLink[] = [];
  const laneTitles: LaneTitle[] = [];
  const laneCount = Math.max(0, ...steps.map((s) => (lane.get(s.id) ?? 0) + 1));
  let top = H_MARGIN;
  for (let row = 0; row < rows; row++) {
    const first = row * perRow;
    const last = Math.min(columns, first + perRow) - 1;
    const tracks = bandSources[row]?.length ?? 0;
    // Row 0 starts at the margin; a later row 20 px below the gap after the row above, where its band is centred.
    bandY.push(row === 0 ? top : top - H_LANE_GAP / 2);
    if (tracks > 0) top += (tracks - 1) * H_TRACK + (row === 0 ? H_LANE_GAP / 2 : 0);
    if (rows > 1) {
      top += H_TITLE;
      laneTitles.push({ text: first === last ? `Step ${first + 1}` : `Steps ${first + 1}–${last + 1}`, x: colX(first), y: top - 7 });
    }
    for (let l = 0; l < laneCount; l++) {
      const laneMembers = steps.filter((s) => lane.get(s.id) === l);
      const members = laneMembers.filter((s) => rowOf(s.id) === row);
      if (members.length === 0) continue;
      const sharedStage = laneMembers.every((s) => s.stage !== null && s.stage === laneMembers[0]?.stage) ? laneMembers[0]?.stage : null;
      if (l > 0 && sharedStage) top += H_TITLE;
      // Each column's stack is centred on the lane's axis (y = 0 until the lane is shifted into place).
      const boxes: PlacedStage[] = [];
      for (let c = first; c <= last; c++) {
        const stack = members.filter((s) => column.get(s.id) === c);
        const total = stack.reduce((sum, s) => sum + (contents.get(s.id)?.height ?? 0), 0) + (stack.length - 1) * H_STACK_GAP;
        let y = -total / 2;
        for (const s of stack) {
          const content = contents.get(s.id) as ReturnType<typeof stageContent>;
          boxes.push(place(s, { x: colX(c), y, width: nodeWidth, height: content.height }, content, l, sequence.get(s.id) as number));
          y += content.height + H_STACK_GAP;
        }
      }
      const laneLinks = links.filter((k) => lane.get(k.from) === l && column.has(k.from) && column.has(k.to) && rowOf(k.from) === row && rowOf(k.to) === row);
      const routed = routeHorizontal(laneLinks, boxes, column, nodeWidth, gap);
      const extentTop = Math.min(...boxes.map((b) => b.y), ...routed.map((k) => k.extent[0]));
      const extentBottom = Math.max(...boxes.map((b) => b.y + b.height), ...routed.map((k) => k.extent[1]));
      const dy = top - extentTop;
      for (const b of boxes) placed.push(shiftStage(b, 0, dy));
      for (const k of routed) placedLinks.push(shiftLink(k.link, 0, dy));
      if (l > 0 && sharedStage) {
        const firstColumn = Math.min(...members.map((s) => column.get(s.id) as number));
        const continued = laneMembers.some((s) => rowOf(s.id) < row);
        const text = continued ? `${sharedStage} (continued)` : sharedStage;
        laneTitles.push({ text, x: r(titleX(colX(firstColumn), text)), y: top - 7 });
      }
      top += extentBottom - extentTop + H_LANE_GAP;
    }
  }
  top = placed.length > 0 ? top - H_LANE_GAP + H_STACK_GAP : top;
  for (const f of frames) {
    const content = stageContent(f, width - 2 * H_MARGIN, m, shares.get(f.id));
    placed.push(place(f, { x: H_MARGIN, y: top, width: width - 2 * H_MARGIN, height: content.height }, content, 0, sequence.get(f.id) as number));
    top += content.height + H_STACK_GAP;
  }
  const byId = new Map(placed.map((p) => [p.id, p]));
  // Between rows: out of the right of the source, along its track in the band above the target's row, into the
  // target's left. The lines of one source run together (they fork like a bus); those of different sources leaving
  // (or entering) the columns at one place in their rows, whose lines share a gap, apart.
  const inRow = (id: string) => (column.get(id) as number) % perRow;
  const slot = (key: (k: LinkInput) => number, k: LinkInput) => {
    const sources = [...new Set(across.filter((o) => key(o) === key(k)).map((o) => o.from))];
    return H_TURN + (sources.indexOf(k.from) % H_TURN_SLOTS) * H_TURN_STEP;
  };
  for (const k of across) {
    const a = byId.get(k.from) as PlacedStage;
    const b = byId.get(k.to) as PlacedStage;
    const track = (bandSources[rowOf(k.to)] as string[]).indexOf(k.from);
    const y = (bandY[rowOf(k.to)] as number) + track * H_TRACK;
    const xOut = a.x + a.width + slot((o) => inRow(o.from), k);
    const xIn = b.x - slot((o) => inRow(o.to), k);
    const start: [number, number] = [a.x + a.width, a.y + a.height / 2];
    const end: [number, number] = [b.x, b.y + b.height / 2];
    const path = roundedPolyline([start, [xOut, start[1]], [xOut, y], [xIn, y], [xIn, end[1]], end]);
    placedLinks.push(routed(k, path, start, end, 1, 0).link);
  }
  // Links that touch a frame band: straight up or down between the stage and the band; in wrapped rows, whose columns
  // lie over one another, down the gap beside the stage instead.
  for (const k of links.filter((k) => !column.has(k.from) || !column.has(k.to))) {
    const a = byId.get(k.from) as PlacedStage;
    const b = byId.get(k.to) as PlacedStage;
    const step = a.kind === 'step' ? a : b;
    if (rows > 1 && step.kind === 'step') {
      const frame = step === a ? b : a;
      const side: [number, number] = [step.x + step.width, step.y + step.height / 2];
      const foot: [number, number] = [side[0] + H_TURN, frame.y];
      const corner: [number, number] = [foot[0], side[1]];
      placedLinks.push(
        step === a
          ? routed(k, roundedPolyline([side, corner, foot]), side, foot, 0, 1).link
          : routed(k, roundedPolyline([foot, corner, side]), foot, side, -1, 0).link,
      );
      continue;
    }
    const x = step.x + step.width / 2;
    const ya = a.kind === 'step' ? a.y + a.height : a.y;
    const yb = b.kind === 'step' ? b.y + b.height : b.y;
    placedLinks.push(routed(k, `M${pt(x, ya)}L${pt(x, yb)}`, [x, ya], [x, yb], 0, yb > ya ? 1 : -1).link);
  }
  const height = Math.max(...placed.map((p) => p.y + p.height), H_MARGIN) + H_MARGIN;
  placed.sort((a, b) => a.sequence - b.sequence);
  return {
    orientation: 'horizontal',
    width: r(width),
    height: r(height),
    rows,
    fontSize: m.fontSize,
    captionSize: m.captionSize,
    stages: placed,
    links: placedLinks,
    laneTitles,
    groups: [],
  };
}

interface Routed {
  link: PlacedLink;
  /** Top and bottom of the route, to size the lane. */
  extent: [number, number];
}

function routeHorizontal(
  links: readonly LinkInput[],
  boxes: readonly PlacedStage[],
  column: Map<string, number>,
  nodeWidth: number,
  gap: number,
): Routed[] {
  const box = new Map(boxes.map((b) => [b.id, b]));
  const arches: { side: -1 | 1; from: number; to: number }[] = [];
  return links.map((k) => {
    const a = box.get(k.from) as PlacedStage;
    const b = box.get(k.to) as PlacedStage;
    const ca = column.get(k.from) as number;
    const cb = column.get(k.to) as number;
    const ya = a.y + a.height / 2;
    const yb = b.y + b.height / 2;
    if (ca === cb) {
      const x = a.x + a.width / 2;
      const below = b.y > a.y;
      const y0 = below ? a.y + a.height : a.y;
      const y1 = below ? b.y : b.y + b.height;
      return routed(k, `M${pt(x, y0)}L${pt(x, y1)}`, [x, y0], [x, y1], 0, below ? 1 : -1);
    }
    const x0 = a.x + a.width;
    const x1 = b.x;
    if (cb > ca) {
      const between = boxes.filter((o) => o !== a && o !== b && (column.get(o.id) as number) > ca && (column.get(o.id) as number) < cb);
      // Keep clear of the stages in between by more than the gap within a stack, where a short arrow may run.
      const blocked = between.some((o) => Array.from({ length: 41 }, (_, i) => bumpPoint(x0, ya, x1, yb, i / 40)).some((p) => inside(p, o, H_STACK_GAP * 0.6)));
      if (!blocked) return routed(k, `M${pt(x0, ya)}${bumpX(x0, ya, x1, yb)}`, [x0, ya], [x1, yb], 1, 0);
      // Arch over (or under) the stages in between, on a track of its own.
      const topEdge = Math.min(...between.map((o) => o.y));
      const bottomEdge = Math.max(...between.map((o) => o.y + o.height));
      const level = (side: -1 | 1) => arches.filter((t) => t.side === side && t.from < cb && t.to > ca).length + 1;
      const trackY = (side: -1 | 1) => (side < 0 ? topEdge - level(side) * H_TRACK : bottomEdge + level(side) * H_TRACK);
      const cost = (side: -1 | 1) => Math.abs(trackY(side) - ya) + Math.abs(trackY(side) - yb);
      const side: -1 | 1 = cost(1) < cost(-1) ? 1 : -1;
      const y = trackY(side);
      arches.push({ side, from: ca, to: cb });
      const xa = x0 + gap / 2;
      const xb = x1 - gap / 2;
      const path = `M${pt(x0, ya)}${bumpX(x0, ya, xa, y)}L${pt(xb, y)}${bumpX(xb, y, x1, yb)}`;
      return { ...routed(k, path, [x0, ya], [x1, yb], 1, 0), extent: [Math.min(y, ya, yb) - ARROW, Math.max(y, ya, yb) + ARROW] };
    }
    // A link back against the order: over the top of the lane, into the top of its target.
    const y = Math.min(...boxes.map((o) => o.y)) - H_TRACK;
    const xs = a.x + nodeWidth / 2;
    const xe = b.x + nodeWidth / 2;
    return {
      ...routed(k, roundedPolyline([[xs, a.y], [xs, y], [xe, y], [xe, b.y]]), [xs, a.y], [xe, b.y], 0, 1),
      extent: [y, y],
    };
  });
}

function routed(k: LinkInput, path: string, start: [number, number], end: [number, number], dx: number, dy: number): Routed {
  const link: PlacedLink = { from: k.from, to: k.to, path, start: [r(start[0]), r(start[1])], end: [r(end[0]), r(end[1])], arrow: arrowHead(end[0], end[1], dx, dy) };
  return { link, extent: [Math.min(start[1], end[1]), Math.max(start[1], end[1])] };
}

function shiftStage(s: PlacedStage, dx: number, dy: number): PlacedStage {
  return {
    ...s,
    x: r(s.x + dx),
    y: r(s.y + dy),
    width: r(s.width),
    height: r(s.height),
    lines: s.lines.map((l) => ({ ...l, x: r(l.x + dx), y: r(l.y + dy) })),
    bar: s.bar && { x: r(s.bar.x + dx), y: r(s.bar.y + dy), width: r(s.bar.width), height: s.bar.height },
  };
}

/** Coordinates to 1/100 px, so that output is stable and small. */
const roundStage = (s: PlacedStage) => shiftStage(s, 0, 0);

function shiftLink(k: PlacedLink, dx: number, dy: number): PlacedLink {
  const shift = (d: string) => d.replace(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g, (_, x: string, y: string) => pt(Number(x) + dx, Number(y) + dy));
  return {
    ...k,
    path: shift(k.path),
    arrow: shift(k.arrow),
    start: [r(k.start[0] + dx), r(k.start[1] + dy)],
    end: [r(k.end[0] + dx), r(k.end[1] + dy)],
  };
}

/* ---------- vertical ---------- */

const V_MARGIN = 4;
const V_GUTTER = 10;
const V_TRACK = 8;
const V_LAYER_GAP = 28;
const V_STACK_GAP = 10;
const V_ARROW_GAP = 22;
const V_GROUP_PAD = 6;

function vertical(stages: readonly StageInput[], links: readonly LinkInput[], width: number): ChainLayout {
  const m = METRICS.vertical;
  const lane = laneOf(stages, links);
  const ordered = readingOrder(stages, links);
  const seq = new Map(ordered.map((s, i) => [s.id, i]));
  const layerOf = (id: string) => ordered.find((s) => s.id === id)?.order ?? null;
  const orders = [...new Set(ordered.filter((s) => s.order !== null).map((s) => s.order as number))];
  const layerIndex = (id: string) => {
    const o = layerOf(id);
    return o === null ? orders.length : orders.indexOf(o);
  };

  // Neighbours in reading order get a straight arrow; links that skip a layer use the left gutter, the others the right.
  type Route = { link: LinkInput; kind: 'straight' | 'left' | 'right'; track: number; lo: number; hi: number };
  const routes: Route[] = links.map((k) => {
    const a = seq.get(k.from) as number;
    const b = seq.get(k.to) as number;
    const kind = b === a + 1 ? 'straight' : layerIndex(k.to) - layerIndex(k.from) > 1 ? 'left' : 'right';
    return { link: k, kind, track: 0, lo: Math.min(a, b), hi: Math.max(a, b) };
  });
  // Tracks: links whose spans overlap need separate tracks unless they share an end (then they merge like a bus).
  for (const side of ['left', 'right'] as const) {
    const onSide = routes.filter((t) => t.kind === side).sort((p, q) => p.lo - q.lo || p.hi - q.hi);
    for (const t of onSide) {
      const taken = new Set(
        onSide
          .filter((o) => o !== t && onSide.indexOf(o) < onSide.indexOf(t))
          .filter((o) => o.lo <= t.hi && t.lo <= o.hi && o.link.from !== t.link.from && o.link.to !== t.link.to)
          .map((o) => o.track),
      );
      while (taken.has(t.track)) t.track++;
    }
  }
  const tracks = (side: 'left' | 'right') => Math.max(0, ...routes.filter((t) => t.kind === side).map((t) => t.track + 1));
  const hasGroups = orders.some((o) => ordered.filter((s) => s.order === o).length > 1);
  const inset = hasGroups ? V_GROUP_PAD + 2 : 0;
  const left = V_MARGIN + (tracks('left') > 0 ? V_GUTTER + tracks('left') * V_TRACK : 0) + inset;
  const right = V_MARGIN + (tracks('right') > 0 ? V_GUTTER + tracks('right') * V_TRACK : 0) + inset;
  const nodeWidth = width - left - right;
  const shares = barShares(stages);

  const placed: PlacedStage[] = [];
  const groups: Box[] = [];
  let y = V_MARGIN;
  let previousLayer: number | null = null;
  let groupStart = 0;
  ordered.forEach((s, i) => {
    const layer = layerIndex(s.id);
    const layerSize = ordered.filter((o) => layerIndex(o.id) === layer).length;
    const grouped = s.order !== null && layerSize > 1;
    if (previousLayer !== null) {
      const straight = routes.some((t) => t.kind === 'straight' && t.lo === i - 1);
      y += layer === previousLayer ? (straight ? V_ARROW_GAP : V_STACK_GAP) : V_LAYER_GAP;
    }
    if (grouped && layer !== previousLayer) {
      y += V_GROUP_PAD;
      groupStart = y - V_GROUP_PAD;
    }
    const frame = s.order === null;
    const x = frame ? left - inset : left;
    const w = frame ? nodeWidth + 2 * inset : nodeWidth;
    const content = stageContent(s, w, m, shares.get(s.id));
    placed.push(roundStage(place(s, { x, y, width: w, height: content.height }, content, lane.get(s.id) ?? 0, i)));
    y += content.height;
    const next = ordered[i + 1];
    if (grouped && (next === undefined || layerIndex(next.id) !== layer)) {
      y += V_GROUP_PAD;
      groups.push({ x: r(left - V_GROUP_PAD), y: r(groupStart), width: r(nodeWidth + 2 * V_GROUP_PAD), height: r(y - groupStart) });
    }
    previousLayer = layer;
  });

  const box = new Map(placed.map((p) => [p.id, p]));
  const placedLinks = routes.map(({ link, kind, track }) => {
    const a = box.get(link.from) as PlacedStage;
    const b = box.get(link.to) as PlacedStage;
    if (kind === 'straight') {
      const x = a.x + a.width / 2;
      return routed(link, `M${pt(x, a.y + a.height)}L${pt(x, b.y)}`, [x, a.y + a.height], [x, b.y], 0, 1).link;
    }
    const down = b.y > a.y;
    const ya = a.y + a.height * (down ? 0.62 : 0.38);
    const yb = b.y + b.height * (down ? 0.38 : 0.62);
    if (kind === 'left') {
      const x = left - inset - V_GUTTER + 2 - track * V_TRACK;
      return routed(link, roundedPolyline([[a.x, ya], [x, ya], [x, yb], [b.x, yb]]), [a.x, ya], [b.x, yb], 1, 0).link;
    }
    const x = width - right + inset + V_GUTTER - 2 + track * V_TRACK;
    return routed(link, roundedPolyline([[a.x + a.width, ya], [x, ya], [x, yb], [b.x + b.width, yb]]), [a.x + a.width, ya], [b.x + b.width, yb], -1, 0).link;
  });
  const height = y + V_MARGIN;
  return { orientation: 'vertical', width, height: r(height), rows: 1, fontSize: m.fontSize, captionSize: m.captionSize, stages: placed, links: placedLinks, laneTitles: [], groups };
}
