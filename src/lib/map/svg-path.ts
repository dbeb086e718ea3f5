/**
 * SVG path data for the static maps' country shapes, in relative commands.
 *
 * d3-geo's own path string writes every point absolutely (`M301.6,215.4L301.9,215.6…`); the same points as
 * steps from the last (`M301.6,215.4l.3,.2…`) are a third shorter and compress better, and the shapes are most
 * of a map page's weight (issue 26: the overview's first screen without adding weight). Each point is rounded
 * first and the step taken between rounded points, so the drawing is the one `geoPath(p).digits(n)` gives.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** A d3-geo path context (moveTo, lineTo, closePath; `arc` is for points, which the maps never draw as paths). */
class RelativePathContext {
  private out = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private readonly scale: number;

  constructor(digits: number) {
    this.scale = 10 ** digits;
  }

  /** A coordinate in units of 10^-digits, so steps between rounded points are exact integers. */
  private units(v: number): number {
    return Math.round(v * this.scale);
  }

  /** A number as short as SVG allows: no leading zero, no trailing zeros. */
  private num(units: number): string {
    return String(units / this.scale).replace(/^(-?)0\./, '$1.');
  }

  /** Two numbers; the comma can go when the second starts with a sign, or with a point after a number that has one. */
  private pair(a: number, b: number): string {
    const first = this.num(a);
    const second = this.num(b);
    const joins = second.startsWith('-') || (second.startsWith('.') && first.includes('.'));
    return joins ? first + second : `${first},${second}`;
  }

  moveTo(x: number, y: number): void {
    const [ux, uy] = [this.units(x), this.units(y)];
    this.out += this.out === '' ? `M${this.pair(ux, uy)}` : `m${this.pair(ux - this.x, uy - this.y)}`;
    [this.x, this.y, this.startX, this.startY] = [ux, uy, ux, uy];
  }

  lineTo(x: number, y: number): void {
    const [ux, uy] = [this.units(x), this.units(y)];
    this.out += `l${this.pair(ux - this.x, uy - this.y)}`;
    [this.x, this.y] = [ux, uy];
  }

  closePath(): void {
    this.out += 'z';
    // After z the current point is the subpath's start (SVG 2, «closepath»).
    [this.x, this.y] = [this.startX, this.startY];
  }

  arc(): void {
    throw new Error('relativePath draws lines and polygons only, not points');
  }

  toString(): string {
    return this.out;
  }
}

/**
 * A path generator like `geoPath(projection).digits(digits)`, writing relative commands.
 * Returns `''` for an object that projects to nothing (as geoPath's `null`). Throws for Point geometries.
 */
export function relativePath(projection: GeoProjection, digits = 1): (object: GeoPermissibleObjects) => string {
  return (object) => {
    const context = new RelativePathContext(digits);
    // d3-geo's types want a CanvasRenderingContext2D; it calls only the methods above.
    geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
    return context.toString();
  };
}
