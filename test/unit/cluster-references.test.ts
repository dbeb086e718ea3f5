/** A profile's references to the cluster's own web pages (issue 25 point 7): the profile model and its words. */
import { describe, expect, it } from 'vitest';
import { clusterProfile, dateInWords, referencesLede, referenceWords } from '../../src/lib/profile.ts';
import { atlasFrom, buildFrom, buildFixture } from '../helpers/dataset.ts';

const a = atlasFrom(buildFrom('data'));

describe('a profile’s references', () => {
  it('are the rows of cluster-references.csv about the cluster, in file order', () => {
    // cluster-references.csv: Lyonbiopôle is cited in footnotes 5 and 14 of HSE 2019 ch. 1; Medicon Valley in none.
    expect(clusterProfile(a, 'lyonbiopole').references.map((r) => [r.footnote, r.url])).toEqual([
      [5, 'https://lyonbiopole.com/en/facilities/our-labs-offer'],
      [14, 'https://lyonbiopole.com/en/research-and-innovation/clinical-innovation'],
    ]);
    expect(clusterProfile(a, 'medicon-valley').references).toEqual([]);
  });

  it('say the page is external and when the source’s authors last opened it', () => {
    expect(referenceWords({ accessed: '2018-10-05' })).toBe('external site, last accessed 5 October 2018');
    expect(referenceWords({ accessed: null })).toBe('external site, no date of access given');
    expect(referencesLede([{ source: 'hse-2019' }, { source: 'hse-2019' }], 'Kvarner Health')).toBe(
      'HSE 2019 points to these web pages about Kvarner Health in its footnotes. They are as the authors found them then: the pages may have changed or gone since, and the atlas has not checked them.',
    );
  });

  it('write a date as precise as it is given', () => {
    expect(dateInWords('2018-09-09')).toBe('9 September 2018');
    expect(dateInWords('2018-09')).toBe('September 2018');
    expect(dateInWords('2018')).toBe('2018');
  });
});

describe('cluster-references.csv, bad input', () => {
  it('names file, line, column and rule for an address that is not http(s), and for an unknown cluster', () => {
    const problems = buildFixture('reference-bad').problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^test\/fixtures\/reference-bad\/cluster-references\.csv:2:\d+ type$/),
        expect.stringMatching(/^test\/fixtures\/reference-bad\/cluster-references\.csv:3:\d+ reference$/),
      ]),
    );
  });
});
