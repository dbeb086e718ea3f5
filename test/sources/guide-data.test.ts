/**
 * The guide's data checked against the text of the sources: the roadmap's
 * steps and checkpoints in the order and with the pages of ami4europe-d2.2
 * ch. V, the marketing matrix of fig. 4, every support instrument's figures
 * as mix-2016 ch. II.D states them, and the CEBR recommendations. Needs the
 * source texts (npm run test:sources); the links' references are checked in
 * test/unit/guide-links.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type {
  MarketingMeasure,
  Quote,
  Recommendation,
  RoadmapCheckpoint,
  RoadmapMeasure,
  RoadmapStep,
  SupportInstrument,
} from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';
import { between, sourceText } from '../helpers/sources.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const fold = (s: string) => s.replace(/\*\*/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const ami = sourceText('ami4europe-d2.2');
const conclusion = ami.slice(ami.indexOf('# V. Conclusion'));
const mix = sourceText('mix-2016');
const iid = between(mix, 'In the MIX model support offered to SMEs', 'E. Application of creativity');

describe('the roadmap (ami4europe-d2.2 ch. V)', () => {
  const steps = rows<RoadmapStep>('roadmap-steps').sort((a, b) => a.number - b.number);
  const checkpoints = rows<RoadmapCheckpoint>('roadmap-checkpoints').sort((a, b) => a.number - b.number);

  // The summary's own structure: a heading «Title (page N)» followed by its ✓ lines.
  const summary: { title: string; page: number; checks: string[] }[] = [];
  for (const line of conclusion.split('\n')) {
    const heading = /^[#\s•]*(.+?) \(page (\d+)\)\s*$/.exec(line.replace(/^#+\s*/, ''));
    if (heading) summary.push({ title: (heading[1] ?? '').replace(/^•\s*/, ''), page: Number(heading[2]), checks: [] });
    const check = /(?:[✓√]|\$\\checkmark\$)\s+(.+?)\s*$/.exec(line);
    if (check && summary.length) summary.at(-1)?.checks.push(check[1] ?? '');
  }

  it('has the eight headed steps of the summary, in order, with the page it gives for each', () => {
    expect(summary).toHaveLength(8);
    expect(steps.map((s) => [s.title, s.page])).toEqual(summary.map((s) => [s.title, s.page]));
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('puts the four set-up steps (ch. III) before the four operational activities (ch. IV)', () => {
    expect(steps.map((s) => s.phase)).toEqual(['set-up', 'set-up', 'set-up', 'set-up', 'operation', 'operation', 'operation', 'operation']);
    // ch. V introduces the second half: «Activities that should be done in order to have a successful cluster are:»
    expect(conclusion.indexOf('Activities that should be done')).toBeGreaterThan(conclusion.indexOf('Legal Forms and Funding (page 20)'));
    expect(conclusion.indexOf('Activities that should be done')).toBeLessThan(conclusion.indexOf('Meeting the Members (page 23)'));
  });

  it('has the 24 checkpoints of the summary, verbatim, in order, under their steps', () => {
    expect(summary.flatMap((s) => s.checks)).toHaveLength(24);
    expect(checkpoints.map((c) => c.text)).toEqual(summary.flatMap((s) => s.checks));
    const stepOf = new Map(steps.map((s) => [s.id, s.number]));
    expect(checkpoints.map((c) => stepOf.get(c.step_id))).toEqual(summary.flatMap((s, i) => s.checks.map(() => i + 1)));
    expect(checkpoints.map((c) => c.number)).toEqual(checkpoints.map((_, i) => i + 1));
  });

  it('finds every checkpoint in the section of ch. III or IV it names', () => {
    for (const c of checkpoints) expect(fold(ami.slice(0, ami.indexOf('# V. Conclusion'))), c.id).toContain(fold(c.text));
  });

  it('has the ten networking measures, four communication processes and four consultation areas of ch. IV, in order', () => {
    const measures = rows<RoadmapMeasure>('roadmap-measures');
    const of = (kind: string) => measures.filter((m) => m.kind === kind).map((m) => m.name);
    const networking = between(ami, 'we propose the following measures:', 'Having build up strong relationships');
    expect(of('networking-measure')).toHaveLength(10);
    let at = 0;
    for (const name of of('networking-measure')) {
      const found = networking.indexOf(fold(name), at);
      expect(found, name).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(of('communication-process')).toEqual(['Intranet', 'Regular member meetings', 'Surveys', 'Internal newsletters']);
    for (const name of of('communication-process')) expect(ami).toContain(`**${name}:**`);
    expect(of('consultation-area')).toEqual(['Access to funding', 'Partner search', 'Applications', 'Business plans']);
  });

  it('has the marketing matrix of fig. 4 cell by cell', () => {
    const from = ami.indexOf('Measure\tTarget Group 1');
    const table = ami.slice(from, ami.indexOf('Figure 4: Marketing measures', from));
    const printed = table
      .split('\n')
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => l.split('\t').map((c) => c.trim()));
    const matrix = rows<MarketingMeasure>('marketing-measures').sort((a, b) => a.number - b.number);
    expect(matrix).toHaveLength(11);
    expect(matrix.map((m) => [m.measure, m.internal_group ?? '', m.specialised_community ?? '', m.regional_society ?? ''])).toEqual(
      printed.map(([measure, a, b, c]) => [measure, a ?? '', b ?? '', c ?? '']),
    );
  });
});

describe('support instruments (mix-2016 ch. II.D)', () => {
  const instruments = rows<SupportInstrument>('support-instruments');
  const byId = new Map(instruments.map((i) => [i.id, i]));

  /** Where an instrument's bullet starts, when the atlas's name is not the bullet's own first words. */
  const printedAs: Record<string, string> = {
    'fit-internationalisation-support': 'Financial support up to 75 000 Euro through',
    'icon-research-programs': 'Flemish Strategic Research Centers',
    'h2020-industrial-leadership': 'industrial leadership pillar of the Horizon 2020 program',
    irice: 'IRICE -Installations de Recherche',
    'h2020-innosup': 'H2020 Innosup program',
    interreg: 'three INTERREG strands',
  };
  const text = fold(iid);
  const startOf = (i: SupportInstrument) => text.toLowerCase().indexOf(fold(printedAs[i.id] ?? i.name).toLowerCase());
  /** From the instrument's name to the next instrument's. */
  const bulletOf = (i: SupportInstrument) => {
    const at = startOf(i);
    const next = instruments.map(startOf).filter((x) => x > at);
    return at < 0 ? '' : text.slice(at, next.length ? Math.min(...next) : undefined);
  };

  it('lists 6 Flemish, 6 Auvergne-Rhône-Alpes, 11 Saxon and 8 EU instruments, each named in its region’s part of the text, in order', () => {
    const count = (r: string) => instruments.filter((i) => i.region === r).length;
    expect([count('flanders'), count('auvergne-rhone-alpes'), count('saxony'), count('eu')]).toEqual([6, 6, 11, 8]);
    const heads: Record<string, string> = {
      flanders: 'Relevant measures/instrument in the Flemish region',
      'auvergne-rhone-alpes': 'Relevant measures/instrument in the region Auvergne',
      saxony: 'Relevant measures/instrument in the region Saxen',
      eu: 'EU Support Measures',
    };
    const sorted = [...instruments].sort((a, b) => a.number - b.number);
    let last = -1;
    for (const i of sorted) {
      const at = startOf(i);
      expect(at, i.id).toBeGreaterThan(last);
      expect(text.lastIndexOf(fold(heads[i.region] ?? '?'), at), i.id).toBeGreaterThanOrEqual(
        Math.max(...Object.values(heads).map((h) => text.lastIndexOf(fold(h), at))),
      );
      last = at;
    }
  });

  it('states every amount, share and duration exactly as the text does, in its instrument’s own bullet', () => {
    for (const i of instruments)
      for (const figure of [i.amount_as_stated, i.cost_share, i.duration]) if (figure) expect(bulletOf(i), `${i.id}: ${figure}`).toContain(figure);
  });

  it('has the figures the text gives (a few named in the issue)', () => {
    const expectAmount = (id: string, amount: number, unit: string, kind: string) =>
      expect([byId.get(id)?.amount, byId.get(id)?.amount_unit, byId.get(id)?.amount_kind], id).toEqual([amount, unit, kind]);
    expect(iid).toContain("'KMO-portefeuille' an instrument through which an SME can receive financial support up to 15 000 Euro");
    expectAmount('kmo-portefeuille', 15000, 'EUR', 'maximum');
    expectAmount('kmo-haalbaarheidsstudies', 50000, 'EUR', 'maximum');
    expectAmount('kmo-innovatie-projecten', 250000, 'EUR', 'maximum');
    expect(iid).toContain('financial support above 250 000 Euro');
    expectAmount('o-o-bedrijfsprojecten', 250000, 'EUR', 'minimum');
    expectAmount('fit-internationalisation-support', 75000, 'EUR', 'maximum');
    expect(iid).toContain('Horizon 2020 projects with up to 5000 Euro');
    expectAmount('horizon-praemie', 5000, 'EUR', 'maximum');
    expect(iid).toContain('supported for two years with 100,000 EUR/year (50% acquisition financing)');
    expectAmount('ina', 100000, 'EUR per year', 'fixed');
    expect(iid).toContain('50% of the personal costs limited to 50.000 Euro per year and person). The duration of the funding is between 12 and 30 month.');
    expectAmount('innoexpert', 50000, 'EUR per year and person', 'maximum');
    expect(iid).toContain('Acquisition financing 50% (maximum 20.000 Euro/year)');
    expectAmount('innovationspraemie', 20000, 'EUR per year', 'maximum');
    expect(iid).toContain('Acquisition financing up to 80% (limited to 20 Mio Euro)');
    expectAmount('kets-pilotlinien', 20_000_000, 'EUR', 'maximum');
    expect(iid).toContain('Acquisition financing 50% (limited to 100.000 Euro)');
    expectAmount('mep', 100000, 'EUR', 'maximum');
    expect(iid).toContain('50% of the personal costs (limited to 60.000 Euro per year and person). The duration of the funding is between 12 and 48 month.');
    expectAmount('transferassistent', 60000, 'EUR per year and person', 'maximum');
    expect([byId.get('transferassistent')?.cost_share, byId.get('transferassistent')?.duration]).toEqual(['50% of the personal costs', 'between 12 and 48 month']);
    expect(byId.get('transferassistent')?.funder).toBe('European Social Fund and the Free State of Saxony');
  });

  it('leaves the amount empty wherever the text states none', () => {
    const withAmount = instruments.filter((i) => i.amount !== null).map((i) => i.id).sort();
    expect(withAmount).toEqual(
      ['fit-internationalisation-support', 'horizon-praemie', 'ina', 'innoexpert', 'innovationspraemie', 'kets-pilotlinien', 'kmo-haalbaarheidsstudies', 'kmo-innovatie-projecten', 'kmo-portefeuille', 'mep', 'o-o-bedrijfsprojecten', 'transferassistent'].sort(),
    );
  });
});

describe('recommendations and lessons', () => {
  const recs = rows<Recommendation>('recommendations');

  it('has the four bullets and six paragraphs of CEBR’s «Key recommendations» slide, one row each', () => {
    const cebr = sourceText('cebr-2020');
    const slide = cebr.slice(cebr.indexOf('CEBR encourages counteractive'), cebr.indexOf('Key recommendations')).split('\n').filter((l) => l.trim());
    const bullets = slide.filter((l) => l.startsWith('- ')).length;
    const paragraphs = slide.slice(1).filter((l) => !l.startsWith('- ')).length;
    expect([bullets, paragraphs]).toEqual([4, 6]);
    expect(bullets + paragraphs).toBe(10);
    expect(recs.filter((r) => r.source === 'cebr-2020' && r.kind === 'recommendation')).toHaveLength(10);
  });

  it('locates every bioXclusters lesson in a paragraph whose opening words stand in the text', () => {
    const text = fold(sourceText('bioxclusters'));
    const lessons = recs.filter((r) => r.source === 'bioxclusters');
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    for (const l of lessons) {
      expect(l.kind).toBe('lesson');
      for (const [, opening] of l.locator.matchAll(/«([^»]+?)…?»/g)) expect(text, l.id).toContain(fold((opening ?? '').replace(/…$/, '')));
    }
  });
});

describe('hse-2019 ch. 4 expert statements', () => {
  it('are in quotes.csv for the MIMC, attributed, one per statement of the chapter save the unattributable one', () => {
    const ch4 = rows<Quote>('quotes').filter((q) => q.locator.startsWith('ch. 4'));
    expect(ch4).toHaveLength(17);
    const hse = sourceText('hse-2019');
    const chapter = hse.slice(hse.indexOf('THE MOSCOW INTERNATIONAL MEDICAL CLUSTER:'), hse.indexOf('IN LIEU OF CONCLUSION')).toUpperCase();
    for (const q of ch4) {
      expect(q.cluster_id).toBe('moscow-international-medical-cluster');
      expect(chapter, q.id).toContain(q.person.toUpperCase());
    }
  });
});
