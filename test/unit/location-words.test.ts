/** What a point on the map stands for, in the popup's words, from clusters.csv's location columns. */
import { describe, expect, it } from 'vitest';
import { clusterSummaries } from '../../src/lib/cluster-index.ts';
import { locationPhrase, type LocatedCluster } from '../../src/lib/map/location-words.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const clusters = clusterSummaries(atlasFrom(buildFrom('data')));
const byId = (id: string) => {
  const c = clusters.find((x) => x.id === id);
  if (!c) throw new Error(`no cluster ${id} in data/clusters.csv`);
  return c;
};

describe('the point of a cluster, in words', () => {
  it('names the city a source gives (Lyonbiopôle: city, source)', () => {
    expect(locationPhrase(byId('lyonbiopole'))).toBe('the city, Lyon (a source gives the city)');
  });

  it('says when the atlas chose the city (Genopole: city, atlas)', () => {
    expect(locationPhrase(byId('genopole'))).toBe('the city, Évry-Courcouronnes (the atlas chose the point)');
  });

  it('says a point at Lyon is only a region for i-Care (region, source)', () => {
    expect(locationPhrase(byId('i-care-cluster'))).toBe('the region only, not the seat’s city (a source gives the region)');
  });

  it('says a point is only the country (ALISEI: country, source)', () => {
    expect(locationPhrase(byId('alisei'))).toBe('the country only, no city or region (a source gives the country)');
  });

  it('counts the countries of a cluster spanning four, whose point the atlas chose (bioXclusters)', () => {
    const c = byId('bioxclusters');
    expect(c.countries).toHaveLength(4);
    expect(locationPhrase(c)).toBe('the 4 countries only, no city or region (the atlas chose the point)');
  });

  it('says «the atlas chose the point» exactly for the rows whose location_basis is atlas', () => {
    const atlasChose = clusters.filter((c) => locationPhrase(c).endsWith('(the atlas chose the point)')).map((c) => c.id);
    expect(atlasChose.length).toBeGreaterThan(0);
    expect(atlasChose).toEqual(clusters.filter((c) => c.locationBasis === 'atlas').map((c) => c.id));
  });

  it('still says something of a city point with no city named (a row the data build would reject)', () => {
    const bad: LocatedCluster = { city: null, countries: ['FR'], precision: 'city', locationBasis: 'source' };
    expect(locationPhrase(bad)).toBe('the city, unnamed (a source gives the city)');
  });
});
