/** The cluster summaries behind the map, the filters and the index table, checked against data/*.csv. */
import { describe, expect, it } from 'vitest';
import { bestDocumented, clusterSummaries } from '../../src/lib/cluster-index.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const a = atlasFrom(buildFrom('data'));
const summaries = clusterSummaries(a);

describe('clusterSummaries', () => {
  it('gives one summary per row of clusters.csv, in its order', () => {
    expect(summaries.map((s) => s.id)).toEqual(a.clusters.rows.map((c) => c.id));
  });

  it('lists a cluster’s success factors once each, by number, and its target models and group number', () => {
    // Medicon Valley: case studies for factors 1, 4, 5, 7 and 7 again (case-studies.csv); target model 2 (cluster-target-models.csv); DK;SE.
    const mv = summaries.find((s) => s.id === 'medicon-valley');
    expect(mv?.factors).toEqual([
      'communication-as-the-ultimate-value',
      'support-from-the-regional-authorities',
      'national-level-recognition-of-the-cluster',
      'comprehensive-approach-to-supporting-innovation',
    ]);
    expect(mv?.models).toEqual(['rd-business-technology-transfer']);
    expect(mv?.group).toBe(2);
    expect(mv?.countries).toEqual(['DK', 'SE']);
    expect(mv?.city).toBe('Copenhagen');
  });

  it('gives a cluster outside the sample no group', () => {
    expect(summaries.find((s) => s.id === 'cebr')).toMatchObject({ group: null, inSample: false, models: [], factors: [] });
  });

  it('starts the short list from the sample clusters with the most factors', () => {
    const best = bestDocumented(summaries, 3);
    expect(best).toHaveLength(3);
    for (const s of best) expect(s.inSample).toBe(true);
    expect(best[0]?.factors.length).toBeGreaterThanOrEqual(best[2]?.factors.length ?? Infinity);
  });
});
