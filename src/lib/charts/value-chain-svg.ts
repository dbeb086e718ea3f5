/**
 * Value-chain diagrams drawn with d3-selection at build time from a layout of
 * value-chain-layout.ts. Each stage is an SVG link to its entry in the text
 * alternative, so the diagram works without JavaScript; the page script adds
 * highlighting, selection and arrow keys on top. Colours are the site's
 * (global.css), written as attributes so that the SVG also stands alone.
 */
import { select, type BaseType, type Selection } from 'd3-selection';
import type { Box, ChainLayout, PlacedLink, PlacedStage } from '../value-chain-layout.ts';

const INK = '#1b1f24';
const INK_MUTED = '#4a5360';
const PAPER = '#ffffff';
const PAPER_ALT = '#f4f6f8';
const RULE = '#d5dae0';
/** Fill of stages outside the main chain: a shade darker than --paper-alt so that it tells them apart. */
const SIDE = '#e9edf1';
const LINK = '#0b5cad';
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface DiagramOptions {
  /** Accessible name of the whole diagram. */
  label: string;
  /** Accessible name of a stage's control, e.g. its label, step and what selecting it does. */
  stageName: (id: string) => string;
  /** Where a stage leads without JavaScript: its entry in the text alternative. */
  href: (id: string) => string;
  /** An id for the <svg>, for a <use> to show it again (the printed slices of a chain). */
  id?: string | undefined;
}

/** Sets a rect on its box, grown by `pad` on every side. */
function onBox<E extends BaseType, D extends Box, P extends BaseType, PD>(rect: Selection<E, D, P, PD>, pad = 0): void {
  rect
    .attr('x', (d) => d.x - pad)
    .attr('y', (d) => d.y - pad)
    .attr('width', (d) => d.width + 2 * pad)
    .attr('height', (d) => d.height + 2 * pad);
}

function svgRoot(document: Document, layout: ChainLayout) {
  return select(document.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height);
}

export function valueChainSvg(document: Document, layout: ChainLayout, options: DiagramOptions): string {
  const svg = svgRoot(document, layout)
    .attr('class', `vc-diagram vc-${layout.orientation}`)
    .attr('data-orientation', layout.orientation)
    .attr('role', 'group')
    .attr('aria-label', options.label)
    .attr('id', options.id ?? null)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', layout.fontSize);

  const decor = svg.append('g').attr('aria-hidden', 'true');
  decor
    .selectAll('rect')
    .data(layout.groups)
    .join('rect')
    .attr('class', 'vc-group')
    .call(onBox)
    .attr('rx', 8)
    .attr('fill', PAPER_ALT)
    .attr('stroke', RULE);

  const links = svg
    .append('g')
    .attr('class', 'vc-links')
    .attr('aria-hidden', 'true')
    .selectAll('g')
    .data(layout.links)
    .join('g')
    .attr('class', 'vc-link')
    .attr('data-from', (d: PlacedLink) => d.from)
    .attr('data-to', (d: PlacedLink) => d.to);
  links
    .append('path')
    .attr('class', 'vc-link-line')
    .attr('d', (d) => d.path)
    .attr('fill', 'none')
    .attr('stroke', INK_MUTED)
    .attr('stroke-width', 1.5);
  links.append('path').attr('class', 'vc-link-arrow').attr('d', (d) => d.arrow).attr('fill', INK_MUTED);

  // Titles over the links, on a halo of the paper's colour, so that a link passing under one leaves it legible.
  svg
    .selectAll('g.vc-lane-titles')
    .data(layout.laneTitles.length > 0 ? [layout.laneTitles] : [])
    .join('g')
    .attr('class', 'vc-lane-titles')
    .attr('aria-hidden', 'true')
    .selectAll('text')
    .data((d) => d)
    .join('text')
    .attr('class', 'vc-lane-title')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('fill', INK_MUTED)
    .attr('stroke', PAPER)
    .attr('stroke-width', 4)
    .attr('stroke-linejoin', 'round')
    .attr('paint-order', 'stroke')
    .attr('font-size', layout.captionSize)
    .attr('font-weight', 600)
    .text((d) => d.text);

  const stages = svg
    .append('g')
    .attr('class', 'vc-stages')
    .selectAll('a')
    .data(layout.stages)
    .join('a')
    .attr('class', (d: PlacedStage) => `vc-stage vc-${d.kind}${d.lane > 0 ? ' vc-side-lane' : ''}`)
    .attr('href', (d) => options.href(d.id))
    .attr('data-stage', (d) => d.id)
    .attr('data-sequence', (d) => d.sequence)
    .attr('aria-label', (d) => options.stageName(d.id));
  stages
    .append('rect')
    .attr('class', 'vc-focus')
    .call(onBox, 4)
    .attr('rx', 8)
    .attr('fill', 'none');
  stages
    .append('rect')
    .attr('class', 'vc-box')
    .call(onBox)
    .attr('rx', 5)
    .attr('fill', (d) => (d.kind === 'frame' ? PAPER_ALT : d.lane > 0 ? SIDE : PAPER))
    .attr('stroke', INK_MUTED)
    .attr('stroke-width', 1.25)
    .attr('stroke-dasharray', (d) => (d.kind === 'frame' ? '6 4' : null));
  stages
    .filter((d) => d.bar !== null)
    .append('rect')
    .attr('class', 'vc-bar')
    .attr('x', (d) => d.bar?.x ?? 0)
    .attr('y', (d) => d.bar?.y ?? 0)
    .attr('width', (d) => d.bar?.width ?? 0)
    .attr('height', (d) => d.bar?.height ?? 0)
    .attr('fill', LINK);
  const text = stages
    .selectAll('text')
    .data((d) => d.lines)
    .join('text')
    .attr('class', (d) => `vc-${d.kind}`)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('fill', (d) => (d.kind === 'caption' ? INK_MUTED : INK))
    .attr('font-size', (d) => (d.kind === 'caption' ? layout.captionSize : null));
  text.filter((d) => d.kind !== 'value').text((d) => d.text);
  // A figure in bold, its unit in the weight of the label (so that it wraps like the label).
  const value = text.filter((d) => d.kind === 'value');
  value
    .append('tspan')
    .attr('font-weight', 700)
    .text((d) => /^[\d.,]+/.exec(d.text)?.[0] ?? '');
  value.append('tspan').text((d) => d.text.replace(/^[\d.,]+/, ''));

  return (svg.node() as Element).outerHTML;
}

/** A small picture of the chain's shape for the index: boxes, bars and links, no text (the card around it names the chain). */
export function valueChainThumbnail(document: Document, layout: ChainLayout): string {
  const svg = svgRoot(document, layout)
    .attr('class', 'vc-thumbnail')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false')
    .attr('preserveAspectRatio', 'xMidYMid meet');
  svg
    .append('g')
    .selectAll('path')
    .data(layout.links)
    .join('path')
    .attr('d', (d) => `${d.path}${d.arrow}`)
    .attr('fill', 'none')
    .attr('stroke', INK_MUTED)
    .attr('stroke-width', Math.max(1.5, layout.width / 300));
  const stages = svg.append('g').selectAll('g').data(layout.stages).join('g');
  stages
    .append('rect')
    .call(onBox)
    .attr('rx', 5)
    .attr('fill', (d) => (d.kind === 'frame' ? PAPER_ALT : d.lane > 0 ? SIDE : PAPER))
    .attr('stroke', INK_MUTED)
    .attr('stroke-width', Math.max(1.5, layout.width / 300));
  stages
    .filter((d) => d.bar !== null)
    .append('rect')
    .attr('x', (d) => d.bar?.x ?? 0)
    .attr('y', (d) => d.bar?.y ?? 0)
    .attr('width', (d) => d.bar?.width ?? 0)
    .attr('height', (d) => d.bar?.height ?? 0)
    .attr('fill', LINK);
  return (svg.node() as Element).outerHTML;
}
