/** The atlas's readings of table 2.1 (group-profile-points.csv) and a sample of the comparable indicators, against the text of the sources. */
import { describe, expect, it } from 'vitest';
import * as data from '../../src/lib/atlas-data.ts';
import { sourceText } from '../helpers/sources.ts';

describe('group profile points (/assess/)', () => {
  it('every reading is the source’s words, verbatim', () => {
    const text = sourceText('hse-2019').replace(/\s+/g, ' ');
    for (const p of data.groupProfilePoints) if (p.reading) expect(text, `${p.group_id} ${p.question}`).toContain(p.reading);
  });
});

describe('comparable indicators', () => {
  it('a sample of values stands in the source texts', () => {
    const hse = sourceText('hse-2019');
    const ami = sourceText('ami4europe-d2.2');
    expect(hse).toContain('The cluster was established in 2004');
    expect(hse).toContain('The team comprises 15 people');
    expect(hse).toContain('with the staff of eight employe');
    expect(hse).toContain('Regional authorities’ contribution amounts to 10% of the cluster’s budget');
    expect(hse).toContain('the balance of public and private funding is approximately 60% and 40%');
    expect(ami).toMatch(/Companies\s+1986/);
    expect(ami).toMatch(/Companies\s+206/);
    expect(ami).toMatch(/Madrid Network, FILAS and IMAGO-MOL for example are Non Profit Organizations/);
  });
});
