/**
 * «Compare my answers with…»: which rows of /compare/ the answers of /assess/ stand in, the column they
 * make, and the answers carried in /compare/'s address by the assessment's own facets.
 */
import { describe, expect, it } from 'vitest';
import { questionnaire, answersOf } from '../../src/lib/assessment.ts';
import { ANSWERS_COLUMN, answerRows, answersColumn } from '../../src/lib/compare-answers.ts';
import { compareSearch, compareStateSpec } from '../../src/lib/compare-state.ts';
import { compareRows } from '../../src/lib/compare-view.ts';
import { readState } from '../../src/lib/url-state.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const a = atlasFrom(buildFrom('data'));
const questions = questionnaire(a.indicators.rows);
const rows = compareRows(a.comparableIndicators.rows);
const matched = answerRows(a.groupProfilePoints.rows, questions);
const byRow = new Map(matched);

describe('answerRows', () => {
  it('puts each answer beside the table 2.1 row its profile point reads it against, in questionnaire order', () => {
    // group-profile-points.csv: characteristic «size» holds cluster-size; «specialisation» biomedical R&D and medical services.
    expect(byRow.get('group-size')).toEqual(['cluster-size']);
    expect(byRow.get('group-specialisation')).toEqual(['biomedical-rd', 'medical-services']);
    expect(byRow.get('group-public-agencies-involvement')).toEqual(['ppp-based-management']);
    expect(byRow.get('group-home-country')).toEqual([
      'medical-tourism-revenue',
      'foreign-patients',
      'bloomberg-healthcare-efficiency',
      'pwc-medical-tourism-destinations',
      'home-country',
    ]);
  });

  it('also beside the countries and the member total, and nowhere else', () => {
    expect(byRow.get('countries')).toEqual(['home-country']);
    expect(byRow.get('indicator-members-total')).toEqual(['cluster-size']);
    for (const row of ['layer', 'group', 'models', 'factors', 'indicator-staff', 'partnerships', 'quotes']) expect(byRow.has(row), row).toBe(false);
    // Every matched row is a row of the comparison.
    const ids = new Set(rows.map((r) => r.id));
    expect(matched.map(([row]) => row).filter((row) => !ids.has(row))).toEqual([]);
  });
});

describe('answersColumn', () => {
  const cells = (answers: Record<string, string>) => answersColumn(answers, questions, matched, rows, '/assess/').cells;

  it('holds the answers where a question matches, «Not comparable» elsewhere', () => {
    const c = cells({ 'cluster-size': 'no', 'home-country': 'asia', 'biomedical-rd': 'yes' });
    expect(c['indicator-members-total']?.items).toEqual([
      { text: 'No', detail: 'Have 100 or more organisations officially confirmed their membership of the cluster?' },
    ]);
    expect(c['countries']?.items.map((i) => i.text)).toEqual(['Another Asian country']);
    // Medical services unanswered: only the R&D answer in the specialisation row.
    expect(c['group-specialisation']?.items.map((i) => i.text)).toEqual(['Yes']);
    expect(c['layer']).toEqual({ items: [], empty: 'Not comparable' });
    expect(c['indicator-founded']).toEqual({ items: [], empty: 'Not comparable' });
  });

  it('says «Not answered» where the row matches but its questions are unanswered; a row for every row of the comparison', () => {
    const c = cells({});
    expect(Object.keys(c)).toEqual(rows.map((r) => r.id));
    expect(c['group-size']).toEqual({ items: [], empty: 'Not answered' });
    const col = answersColumn({}, questions, matched, rows, '/assess/?cluster-size=yes');
    expect(col).toMatchObject({ id: ANSWERS_COLUMN, name: 'Your answers', href: '/assess/?cluster-size=yes' });
  });

  it('all rows answered where they can be: every matched row holds an answer', () => {
    const all = Object.fromEntries(questions.map((q) => [q.id, q.options[0]?.value ?? '']));
    const c = cells(all);
    for (const [row] of matched) expect(c[row]?.items.length, row).toBeGreaterThan(0);
  });
});

describe('the answers in /compare/’s address', () => {
  const spec = compareStateSpec(['medicon-valley', 'eurasante', 'biocat'], questions);

  it('follow the clusters in questionnaire order and read back with the assessment’s facets', () => {
    const search = compareSearch(['medicon-valley', 'eurasante'], { 'home-country': 'europe', 'cluster-size': 'yes' }, questions);
    expect(search).toBe('?clusters=medicon-valley,eurasante&cluster-size=yes&home-country=europe');
    const read = readState(search, spec);
    expect(read.state.clusters).toEqual(['medicon-valley', 'eurasante']);
    expect(answersOf(read.state, questions)).toEqual({ 'cluster-size': 'yes', 'home-country': 'europe' });
  });

  it('names and drops a bad answer, and leaves the clusters alone without answers', () => {
    const read = readState('?clusters=medicon-valley,eurasante&cluster-size=maybe', spec);
    expect(read.search).toBe('?clusters=medicon-valley,eurasante');
    expect(read.ignored.map((i) => i.key)).toEqual(['cluster-size']);
    expect(compareSearch(['medicon-valley'])).toBe('?clusters=medicon-valley');
  });
});
