/**
 * The notes and locators corrected for issue 24 (cases 2, 4, 5 and 9),
 * checked against the text of the sources: every recorded contradiction
 * quotes both sides verbatim; the MIX pilot figures are not recorded as a
 * contradiction; notes name their own document; a locator points to the
 * section where its claim stands; a location note claims no more than the
 * source gives. Needs the source texts (npm run test:sources).
 */
import { describe, expect, it } from 'vitest';
import type { Cluster, GuideLink, MethodologyNote, Partnership, ValueChainNode } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';
import { between, sourceText } from '../helpers/sources.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const notes = rows<MethodologyNote>('methodology-notes');
const note = (id: string) => {
  const n = notes.find((x) => x.id === id);
  if (!n) throw new Error(`no note ${id}`);
  return n;
};
// Quotation marks, apostrophes, bold markers and line breaks differ between the extraction and the data.
const fold = (s: string) =>
  s.replace(/\*\*/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
/** The «…» quotations of a text. */
const quotations = (s: string) => [...s.matchAll(/«([^«»]+)»/g)].map((m) => m[1] ?? '');

describe('recorded contradictions (methodology-notes.csv, topic contradiction)', () => {
  const contradictions = notes.filter((n) => n.topic === 'contradiction');

  // A side that is a count of the document's own parts cannot be quoted; the count is checked where it is made.
  const counted: Record<string, string> = {
    'hse-foreword-30-case-studies': 'the 31 «title» blocks of ch. 3, counted in knowledge-base.test.ts',
  };

  it('are few, and each quotes both sides (or one side and a count checked elsewhere)', () => {
    expect(contradictions.length).toBeGreaterThan(3);
    for (const n of contradictions) expect(quotations(n.description).length, n.id).toBeGreaterThanOrEqual(n.id in counted ? 1 : 2);
  });

  it('quote both sides verbatim', () => {
    const missing = contradictions.flatMap((n) => {
      const text = fold(sourceText(n.source));
      return quotations(n.description)
        .filter((q) => !text.includes(fold(q)))
        .map((q) => `${n.id}: «${q}»`);
    });
    expect(missing).toEqual([]);
  });

  it('do not include what the text reconciles: the MIX pilot counts, Company P’s vouchers, the bioXclusters dates, Madrid Network’s size, the Swiss member counts', () => {
    for (const id of ['h3-07', 'h3-06', 'h4-20', 'h4-12', 'hse-2019-ch3-16-htcs-member-count', 'hse-medicon-valley-double-listing'])
      expect(note(id).topic, id).not.toBe('contradiction');
  });
});

describe('the MIX pilot figures (mix-2016 sec. II.C, sec. III.B.3; issue 24 case 4)', () => {
  const mix = fold(sourceText('mix-2016'));

  it('count different steps per region, as the note now quotes them', () => {
    for (const q of quotations(note('h3-07').description)) expect(mix, q).toContain(fold(q));
    expect(mix).toContain(fold('In Auvergne Rhône Alpes, 34 promising projects were identified'));
    expect(mix).toContain(fold('In C3-Saxony 44 projects were submitted'));
  });

  it('are not summed against the combined figures anywhere in the data', () => {
    const node = rows<ValueChainNode>('value-chain-nodes').find((n) => n.id === 'total-projects-identified');
    expect(node?.note).not.toMatch(/reconcile|34 \+ 44|= 78/);
    for (const n of notes) expect(n.description, n.id).not.toMatch(/34 \+ 44|78 for two regions/);
  });
});

describe('notes about the MIX clusters and CEBR name their own document (issue 24 case 2)', () => {
  it('the MIX note on missing sizes is about the six MIX clusters, not CEBR', () => {
    const h312 = note('h3-12');
    expect(h312.source).toBe('mix-2016');
    expect(h312.affects).not.toContain('cebr');
    expect(h312.description).not.toMatch(/cebr/i);
    expect(h312.topic).not.toBe('missing-figure');
  });

  it('CEBR’s own note quotes cebr-2020 and says what it lacks', () => {
    const cebr = fold(sourceText('cebr-2020'));
    const h326 = note('h3-26');
    expect(h326.source).toBe('cebr-2020');
    for (const q of quotations(h326.description)) expect(cebr, q).toContain(fold(q));
    for (const missing of ['founded', 'legal form', 'staff', 'budget']) expect(cebr).not.toContain(missing);
  });

  it('the home-region note quotes the source and says the filing is the atlas’s', () => {
    const h325 = note('h3-25');
    expect(fold(sourceText('mix-2016'))).toContain('respectively');
    expect(h325.description).not.toMatch(/\bspec\b|collide|this folder/i);
    expect(h325.description).toMatch(/atlas/);
  });
});

describe('locators and notes that claim no more than the source (issue 24 cases 5 and 9)', () => {
  const ami = sourceText('ami4europe-d2.2');
  const iii4 = fold(between(ami, '# 4. Legal Forms and Funding', '# IV. Operational Management'));

  it('guide link legal-form-and-funding-pharmapolis cites ch. III.4, where Pharmapolis is a company with limited liability that charges fees', () => {
    const link = rows<GuideLink>('guide-links').find((l) => l.id === 'legal-form-and-funding-pharmapolis');
    expect(link?.locator).toBe('ch. III.4 «Legal Forms and Funding»');
    expect(iii4).toContain(fold('Pharmapolis is a company with limited liability (Ltd.)'));
    expect(iii4).toContain(fold('Madrid Network (Spain) and Pharmapolis (Hungary) both have established member'));
  });

  it('the strategy links cite ch. III.3, where the goals they point to are printed', () => {
    const iii3 = fold(between(ami, '# 3. Strategy', '# 4. Legal Forms and Funding'));
    for (const [id, heading] of [
      ['strategy-madrid-network', 'Major goals of the cluster management of "Madrid Network"'],
      ['strategy-imago-mol', 'Major goals of the cluster management of "Imago-MOL"'],
    ] as const) {
      expect(rows<GuideLink>('guide-links').find((l) => l.id === id)?.locator, id).toMatch(/^ch\. III\.3 /);
      expect(iii3).toContain(fold(heading));
    }
  });

  it('CEBR’s location note says the source gives Belgium only, and claims no office', () => {
    const cebr = rows<Cluster>('clusters').find((c) => c.id === 'cebr');
    expect(sourceText('cebr-2020')).toContain('Council of European BioRegions (CEBR) – Belgium');
    expect(sourceText('cebr-2020')).not.toMatch(/Brussels|office/i);
    expect(cebr?.location_note).toMatch(/Belgium only/);
    expect(cebr?.location_note).not.toMatch(/office|seat|headquarter/i);
    expect(cebr?.location_basis).toBe('atlas');
  });

  it('Medicon Valley’s cross-border partnership says what the source says of the public bodies: involved and supporting, not running it', () => {
    const p = rows<Partnership>('partnerships').find((x) => x.id === 'medicon-valley-cross-border-cluster');
    const hse = fold(sourceText('hse-2019'));
    expect(p?.description).not.toMatch(/run by/);
    for (const q of quotations(p?.description ?? '')) expect(hse, q).toContain(fold(q));
    expect(hse).toContain(fold('From the public side, we have only regional bodies involved from both countries that support us.'));
  });
});
