/**
 * The images of the zoomable map's pins (src/lib/map/pins.ts, PIN_SYMBOLS):
 * the static map's symbols drawn on a canvas in the colours and line widths
 * the page's CSS gives its marker classes (`marker group-N`, `outside`,
 * `ring` inside `.map-pin`), read from a hidden probe, so that the symbols
 * have one definition.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PIN_RADIUS, PIN_SYMBOLS, pinImage, type PinSymbol } from '../../lib/map/pins.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Radius of a symbol's disc and of its ring, as on the static map. */
const R = 6;
const RING = R + 3.5;

interface Paint {
  fill: string;
  stroke: string;
  width: number;
}

/** The fill, stroke and line width the page's CSS gives an SVG element of these classes inside a `.map-pin`. */
function cssPaints(container: HTMLElement, classes: readonly string[]): Paint[] {
  const probe = document.createElementNS(SVG, 'svg');
  probe.setAttribute('class', 'map-pin');
  probe.setAttribute('aria-hidden', 'true');
  probe.setAttribute('width', '0');
  probe.setAttribute('height', '0');
  const shapes = classes.map((c) => {
    const shape = document.createElementNS(SVG, 'circle');
    shape.setAttribute('class', c);
    probe.append(shape);
    return shape;
  });
  container.append(probe);
  const paints = shapes.map((shape) => {
    const style = getComputedStyle(shape);
    return { fill: style.fill, stroke: style.stroke, width: parseFloat(style.strokeWidth) || 1 };
  });
  probe.remove();
  return paints;
}

/**
 * Adds one image per pin symbol to the map, named by `pinImage`, at the
 * screen's pixel ratio.
 */
export function addPinImages(map: MapLibreMap, container: HTMLElement): void {
  const classes = (s: PinSymbol) => (s.group === null ? 'marker outside' : `marker group-${s.group}`);
  const paints = cssPaints(container, [...PIN_SYMBOLS.map(classes), 'ring']);
  const ring = paints.at(-1);
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  const side = Math.ceil(2 * PIN_RADIUS + 2);
  for (const [i, symbol] of PIN_SYMBOLS.entries()) {
    const paint = paints[i];
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side * ratio;
    const ctx = canvas.getContext('2d');
    if (!ctx || !paint || !ring) continue;
    ctx.scale(ratio, ratio);
    ctx.translate(side / 2, side / 2);
    if (symbol.ring) {
      ctx.beginPath();
      ctx.arc(0, 0, RING, 0, 2 * Math.PI);
      ctx.strokeStyle = ring.stroke;
      ctx.lineWidth = ring.width;
      ctx.stroke();
    }
    ctx.beginPath();
    if (symbol.group === null) {
      const d = R * 1.3;
      ctx.moveTo(0, -d);
      ctx.lineTo(d, 0);
      ctx.lineTo(0, d);
      ctx.lineTo(-d, 0);
      ctx.closePath();
    } else ctx.arc(0, 0, R, 0, 2 * Math.PI);
    ctx.fillStyle = paint.fill;
    ctx.fill();
    ctx.strokeStyle = paint.stroke;
    ctx.lineWidth = paint.width;
    ctx.stroke();
    map.addImage(pinImage(symbol), ctx.getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: ratio });
  }
}
