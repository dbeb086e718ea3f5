import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problem.ts';
import { buildFixture, buildFrom } from '../helpers/dataset.ts';

const brief = (p: { file: string; line: number; column: number; rule: string }) => ({
  file: p.file,
  line: p.line,
  column: p.column,
  rule: p.rule,
});

describe('data build on the curated data', () => {
  it('finds no problem in data/', () => {
    const { problems } = buildFrom('data');
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('finds no problem in the fixture base dataset', () => {
    expect(buildFixture('base').problems.map(formatProblem)).toEqual([]);
  });
});

describe('data build on bad input', () => {
  const file = (name: string) => `test/fixtures/${name}/clusters.csv`;

  it('reports a missing column once, at the header, naming the column', () => {
    const { problems } = buildFixture('missing-column');
    expect(problems.map(brief)).toEqual([{ file: file('missing-column'), line: 1, column: 17, rule: 'missing-column' }]);
    expect(problems[0]?.detail).toContain('"lon"');
  });

  it('reports a duplicate id on the second occurrence, naming the first', () => {
    const { problems } = buildFixture('duplicate-id');
    expect(problems.map(brief)).toEqual([{ file: file('duplicate-id'), line: 4, column: 1, rule: 'unique' }]);
    expect(problems[0]?.detail).toContain('line 2');
  });

  it('reports a group that groups.csv does not define', () => {
    const { problems } = buildFixture('unknown-group');
    expect(problems.map(brief)).toEqual([{ file: file('unknown-group'), line: 3, column: 11, rule: 'reference' }]);
    expect(problems[0]?.detail).toContain('group-four');
  });

  it('reports a country code that is not ISO 3166-1 alpha-2', () => {
    const { problems } = buildFixture('unknown-country-code');
    // The point check needs a known country, so the row reports only its code.
    expect(problems.map(brief)).toEqual([{ file: file('unknown-country-code'), line: 4, column: 5, rule: 'country-code' }]);
  });

  it('reports a point outside its country', () => {
    const { problems } = buildFixture('point-outside-country');
    expect(problems.map(brief)).toEqual([{ file: file('point-outside-country'), line: 2, column: 7, rule: 'inside-country' }]);
    expect(problems[0]?.detail).toContain('eurasante');
  });

  it('reports a latitude that is not a number', () => {
    const { problems } = buildFixture('non-numeric-latitude');
    expect(problems.map(brief)).toEqual([{ file: file('non-numeric-latitude'), line: 4, column: 7, rule: 'type' }]);
  });

  it('reports an unterminated quote where the quote opens, and nothing else about that row', () => {
    const { problems } = buildFixture('unterminated-quote');
    expect(problems.map(brief)).toEqual([{ file: file('unterminated-quote'), line: 4, column: 2, rule: 'unterminated-quote' }]);
  });

  it('reports an empty file', () => {
    const { problems } = buildFixture('empty-file');
    expect(problems.map(brief)).toContainEqual({ file: file('empty-file'), line: 1, column: 1, rule: 'empty-file' });
  });

  it('accepts a UTF-8 byte-order mark: only the planted error on line 3 is reported', () => {
    const { problems } = buildFixture('utf8-bom');
    expect(problems.map(brief)).toEqual([{ file: file('utf8-bom'), line: 3, column: 7, rule: 'type' }]);
  });

  it('accepts CRLF line endings: no stray carriage return, the planted error keeps its line', () => {
    const { problems, tables } = buildFixture('crlf-line-endings');
    expect(problems.map(brief)).toEqual([{ file: file('crlf-line-endings'), line: 4, column: 13, rule: 'type' }]);
    const rows = tables.get('clusters')?.rows ?? [];
    expect(rows.map(({ row }) => row['note'])).toEqual([null, 'Listed under both Denmark and Sweden, "one cluster".']);
  });

  it('reports a case study whose success factor does not exist', () => {
    const { problems } = buildFixture('unknown-factor');
    expect(problems.map(brief)).toEqual([
      { file: 'test/fixtures/unknown-factor/case-studies.csv', line: 2, column: 2, rule: 'reference' },
    ]);
  });

  it('reports a value-chain link to a stage its chain does not have (a composite key)', () => {
    const { problems } = buildFixture('unknown-chain-node');
    expect(problems.map(brief)).toEqual([
      { file: 'test/fixtures/unknown-chain-node/value-chain-links.csv', line: 2, column: 3, rule: 'reference' },
    ]);
    expect(problems[0]?.detail).toContain('fixture-chain + third');
  });

  it('reports a fact with an unknown topic and a number that is not one', () => {
    const { problems } = buildFixture('bad-fact');
    expect(problems.map(brief)).toEqual([
      { file: 'test/fixtures/bad-fact/facts.csv', line: 2, column: 3, rule: 'enum' },
      { file: 'test/fixtures/bad-fact/facts.csv', line: 3, column: 6, rule: 'type' },
    ]);
  });

  it('reports a cluster actor without its cluster', () => {
    const { problems } = buildFixture('actor-without-cluster');
    expect(problems.map(brief)).toEqual([
      { file: 'test/fixtures/actor-without-cluster/value-chain-actors.csv', line: 2, column: 4, rule: 'actor-kind' },
    ]);
  });

  it('reports every problem at once, across files, sorted by file and line', () => {
    const many = buildFrom('test/fixtures/many-problems', 'test/fixtures/base').problems.map(formatProblem);
    expect(many).toEqual([
      'test/fixtures/many-problems/clusters.csv:2:5 country-code: countries: "FRA" not an ISO 3166-1 alpha-2 code',
      'test/fixtures/many-problems/clusters.csv:3:8 range: lon: 212.56 is outside -180…180',
      'test/fixtures/many-problems/clusters.csv:4:11 sample-group: group: only clusters of the sample have a group',
      'test/fixtures/many-problems/group-characteristics.csv:2:1 reference: group_id "group-nine" is not an id in groups.csv',
    ]);
  });
});
