import { geoEqualEarth, geoGraticule10, geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';
import { relativePath } from '../../src/lib/map/svg-path.ts';

/**
 * The subpaths of SVG path data made of M/m, L/l and Z/z (what d3-geo and relativePath write), as absolute
 * points: read by the SVG grammar, independently of the code under test (numbers may run together when the
 * next starts with a sign or a second point).
 */
function points(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (cmd === 'Z' || cmd === 'z') {
      [x, y] = [sx, sy];
      continue;
    }
    const nums = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    expect(nums.length, `${cmd}${args}`).toBe(2);
    const [a, b] = nums as [number, number];
    const rel = cmd === 'm' || cmd === 'l';
    [x, y] = rel ? [x + a, y + b] : [a, b];
    if (cmd === 'M' || cmd === 'm') {
      [sx, sy] = [x, y];
      out.push([]);
    }
    // + 0: a sum of steps that cancels may round to -0.
    out.at(-1)!.push([Math.round(x * 10) / 10 + 0, Math.round(y * 10) / 10 + 0]);
  }
  return out;
}

describe('relativePath', () => {
  const shapes = loadCountryShapes('110m');
  const projection = geoEqualEarth().fitWidth(960, { type: 'Sphere' });

  it('draws every country at the points d3-geo draws, a third shorter', () => {
    let absolute = 0;
    let relative = 0;
    for (const [code, shape] of shapes) {
      const expected = geoPath(projection).digits(1)(shape) ?? '';
      const got = relativePath(projection, 1)(shape);
      expect(points(got), code).toEqual(points(expected));
      absolute += expected.length;
      relative += got.length;
    }
    expect(relative).toBeLessThan(absolute * 0.8);
  });

  it('keeps the points of the sphere, the graticule and a clipped Mercator panel (several subpaths, holes)', () => {
    const mercator = geoMercator()
      .fitExtent(
        [
          [0, 0],
          [400, 300],
        ],
        shapes.get('IT')!,
      )
      .clipExtent([
        [0, 0],
        [400, 300],
      ]);
    for (const [p, object] of [
      [projection, { type: 'Sphere' }],
      [projection, geoGraticule10()],
      [mercator, shapes.get('IT')!], // Italy has holes: San Marino and the Vatican
      [mercator, shapes.get('FR')!], // several islands, some clipped away
    ] as const) {
      expect(points(relativePath(p, 1)(object))).toEqual(points(geoPath(p).digits(1)(object) ?? ''));
    }
  });

  it('gives an empty string for a shape that projects to nothing, as geoPath gives null', () => {
    const far = geoMercator()
      .fitExtent(
        [
          [0, 0],
          [100, 100],
        ],
        shapes.get('NZ')!,
      )
      .clipExtent([
        [0, 0],
        [100, 100],
      ]);
    expect(geoPath(far)(shapes.get('IS')!)).toBeNull();
    expect(relativePath(far)(shapes.get('IS')!)).toBe('');
  });

  it('refuses a point, which d3-geo would draw as a circle', () => {
    expect(() => relativePath(projection)({ type: 'Point', coordinates: [4.8, 45.75] })).toThrow(/points/);
  });
});
