/** The map's downloaded image: the view on screen, what is drawn and nothing else, named in the title and the key. */
import { describe, expect, it } from 'vitest';
import { summaries } from '../../src/lib/atlas-summaries.ts';
import { mapImage } from '../../src/lib/charts/map-image.ts';
import { zoomedFilteredInput } from '../plots/map-images.ts';

const text = (svg: string) => [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/gs)].map((m) => m[1]?.replace(/<[^>]+>/g, ' ') ?? '').join(' \n');

describe('map image of a zoomed, filtered view', () => {
  const input = zoomedFilteredInput();
  const image = mapImage(input);
  const [[w, s], [e, n]] = [
    [7.5, 53.2],
    [19.5, 58.1],
  ];
  // Expected from the data, not the drawing: group 2 clusters whose point lies in the view.
  const expected = summaries.filter((c) => c.group === 2 && c.lon >= w && c.lon <= e && c.lat >= s && c.lat <= n);

  it('draws only the clusters the filters let through that lie in the view', () => {
    expect(expected.length).toBeGreaterThan(1);
    expect(image.drawn.sort()).toEqual(expected.map((c) => c.id).sort());
    expect(image.drawn).not.toContain('healthcapital-berlin-brandenburg'); // group 1, in view
    expect(image.drawn).not.toContain('eurasante'); // group 2, out of view
  });

  it('says in its title what is shown: the filter, the zoom and the selected cluster', () => {
    const title = /<title>(.*?)<\/title>/.exec(image.svg)?.[1] ?? '';
    expect(title).toContain('World map of biomedical clusters');
    expect(title).toContain(`${expected.length} of ${summaries.length} clusters`);
    expect(title).toContain('Group: 2. World-Class Biomedical Research Clusters');
    expect(title).toContain('zoomed to Denmark');
    expect(title).toContain('selected: Medicon Valley');
  });

  it('numbers every cluster drawn and names it in the key', () => {
    const all = text(image.svg);
    for (const c of expected) expect(all).toContain(c.shortName ?? c.name);
    const numbers = [...image.svg.matchAll(/text-anchor="middle" font-size="9"[^>]*>(\d+)</g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(numbers).toEqual(expected.map((_, i) => i + 1));
  });

  it('keeps in the legend only the symbols drawn', () => {
    const all = text(image.svg);
    expect(all).toContain('Group 2: World-Class Biomedical Research Clusters');
    expect(all).not.toContain('Group 1:');
    expect(all).not.toContain('Group 3:');
    expect(all).not.toContain('Outside the HSE sample');
    expect(all).toContain('Ring: one cluster spanning more than one country'); // Medicon Valley
  });
});
