import { describe, expect, it } from 'vitest';
import { growth, scaleProblems, type ScaleRun } from '../../scripts/scale/scale-report.ts';

/** A run with round figures, so that the expected ratios can be worked out by hand. */
function run(factor: number, over: Partial<ScaleRun> = {}): ScaleRun {
  return {
    factor,
    rows: { total: 1000 * factor, clusters: 70 * factor, facts: 570 * factor },
    dataBuildSeconds: 2 * factor,
    astroBuildSeconds: 10 + factor,
    searchIndexSeconds: 1,
    buildCpuSeconds: 20 * factor,
    dataBuildPeakBytes: 100e6,
    astroBuildPeakBytes: null,
    distBytes: 10e6 * factor,
    distFiles: 300 * factor,
    searchIndexBytes: 1e6,
    pages: [
      { path: '/map/', htmlBytes: 50_000, jsBytes: 6_000 },
      { path: '/clusters/', htmlBytes: 5_000 * factor, jsBytes: 800 },
    ],
    lighthouse: [
      { path: '/map/', performance: 0.99 },
      { path: '/clusters/', performance: 1 },
    ],
    mapPanSeconds: 0.4,
    ...over,
  };
}

describe('growth of the scale figures', () => {
  it('divides the largest run’s figure by the smallest run’s, whatever the order of the runs', () => {
    const rows = growth([run(20), run(1), run(5)]);
    const ratio = (figure: string) => rows.find((g) => g.figure === figure)?.ratio;
    // build: (2 + 11 + 1) = 14 s at 1×, (40 + 30 + 1) = 71 s at 20×.
    expect(ratio('build seconds')).toBeCloseTo(71 / 14, 10);
    expect(ratio('build cpu seconds')).toBe(20);
    expect(ratio('html /map/')).toBe(1);
    expect(ratio('html /clusters/')).toBe(20);
    expect(ratio('dist files')).toBe(20);
    expect(ratio('data build peak memory')).toBe(1);
  });

  it('leaves out figures that a run could not measure', () => {
    expect(growth([run(1), run(2)]).map((g) => g.figure)).not.toContain('astro build peak memory');
  });

  it('gives 1 for a figure that stays 0 and Infinity for one that leaves 0', () => {
    const rows = growth([run(1, { searchIndexBytes: 0, distFiles: 0 }), run(2, { searchIndexBytes: 0 })]);
    expect(rows.find((g) => g.figure === 'search index bytes')?.ratio).toBe(1);
    expect(rows.find((g) => g.figure === 'dist files')?.ratio).toBe(Number.POSITIVE_INFINITY);
  });

  it('needs two runs of different factors', () => {
    expect(() => growth([run(1)])).toThrow(/two different factors/);
    expect(() => growth([run(2), run(2)])).toThrow(/two different factors/);
  });
});

describe('the targets at the largest size', () => {
  it('holds when nothing grows faster than the data and the largest run is within every limit', () => {
    expect(scaleProblems([run(1), run(20)])).toEqual([]);
  });

  it('names the build time, the slow pages, the heavy HTML and every figure that outgrows the data', () => {
    const heavy = run(20, {
      astroBuildSeconds: 150,
      lighthouse: [
        { path: '/map/', performance: 0.8 },
        { path: '/clusters/', performance: null, error: 'no page' },
      ],
      pages: [
        { path: '/map/', htmlBytes: 160 * 1024, jsBytes: 6_000 },
        { path: '/clusters/', htmlBytes: 100_000, jsBytes: 800 },
      ],
    });
    // Build 40 + 150 + 1 = 191 s. Growth: /clusters/ HTML 5,000 → 100,000 bytes is ×20, not faster than the data;
    // the build's 14 s → 191 s is ×13.6, also within ×20.
    expect(scaleProblems([run(1), heavy])).toEqual([
      'at 20×: build 191.0 s > 120 s',
      'at 20×: /map/ performance 80 < 95',
      'at 20×: /clusters/ performance not measured (no page)',
      'at 20×: /map/ HTML 160.0 KB > 150.0 KB gzipped',
    ]);
  });

  it('names a drag of the map that takes more than 1.5 times its time at the smallest size, and skips one not measured', () => {
    // The figures with HTML markers: 0.36 s at 1×, 1.26 s at 20× (×3.5).
    expect(scaleProblems([run(1, { mapPanSeconds: 0.36 }), run(20, { mapPanSeconds: 1.26 })])).toEqual([
      'at 20×: a drag of the map takes 1.26 s, 3.50× its 0.36 s at 1× (target ≤ 1.5×)',
    ]);
    expect(scaleProblems([run(1, { mapPanSeconds: 0.36 }), run(20, { mapPanSeconds: 0.5 })])).toEqual([]);
    expect(scaleProblems([run(1, { mapPanSeconds: null }), run(20, { mapPanSeconds: 1.26 })])).toEqual([]);
    expect(growth([run(1), run(2, { mapPanSeconds: null })]).map((g) => g.figure)).not.toContain('map pan seconds');
  });

  it('names a figure that grows faster than the data', () => {
    const problems = scaleProblems([run(1), run(5, { distFiles: 300 * 6 })]);
    expect(problems).toEqual(['dist files grows 6.00× for 5× the data']);
  });
});
