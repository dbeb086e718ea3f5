import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { formatProblem } from '../../src/lib/problem.ts';
import type { Cluster, MethodologyNote } from '../../src/lib/schema/tables.ts';
import { buildFixture, buildFrom, repoRoot } from '../helpers/dataset.ts';

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
    expect(problems.map(brief)).toEqual([{ file: file('missing-column'), line: 1, column: 19, rule: 'missing-column' }]);
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

  it('reports location fields that disagree, each at its column, all at once', () => {
    const { problems } = buildFixture('location-mismatch');
    expect(problems.map(brief)).toEqual([
      // precision city without a city (bioXclusters had neither)
      { file: file('location-mismatch'), line: 4, column: 6, rule: 'location' },
      // precision city while the note says the point is a region's capital (BiomeTI)
      { file: file('location-mismatch'), line: 5, column: 9, rule: 'location' },
      // a seat the atlas chose whose note does not say so (CEBR in Brussels)
      { file: file('location-mismatch'), line: 6, column: 18, rule: 'location' },
      // a city given with a coarser precision
      { file: file('location-mismatch'), line: 7, column: 9, rule: 'location' },
      // a short name that repeats the name («Biocat (Biocat)»)
      { file: file('location-mismatch'), line: 8, column: 3, rule: 'short-name' },
    ]);
    expect(problems[2]?.detail).toContain('atlas’s choice');
  });
});

describe('data build: an indicator value takes its value, source and locator from its fact', () => {
  const valuesOf = (name: string) => buildFixture(name).tables.get('cluster-indicator-values')?.rows.map(({ row }) => row);

  it('copies them from the fact fact_id names (test/fixtures/base/facts.csv), in the columns’ order', () => {
    const rows = valuesOf('base');
    expect(rows).toEqual([
      { cluster_id: 'medicon-valley', indicator_id: 'member-companies', fact_id: 'medicon-valley-members-1', value: '350', source: 'hse-2019', locator: 'ch. 2', note: null },
    ]);
    expect(Object.keys(rows?.[0] ?? {})).toEqual(['cluster_id', 'indicator_id', 'fact_id', 'value', 'source', 'locator', 'note']);
  });

  it('derives them again where the file holds them, as a download does: the fact’s win over the copy', () => {
    const { problems } = buildFixture('indicator-values-as-downloaded');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(valuesOf('indicator-values-as-downloaded')).toEqual([
      { cluster_id: 'medicon-valley', indicator_id: 'member-companies', fact_id: 'medicon-valley-members-1', value: '350', source: 'hse-2019', locator: 'ch. 2', note: 'Counts companies only.' },
    ]);
  });

  it('reports a fact_id that facts.csv lacks, at fact_id, and keeps no row without its value', () => {
    expect(buildFixture('indicator-fact-unknown').problems.map(formatProblem)).toEqual([
      'test/fixtures/indicator-fact-unknown/cluster-indicator-values.csv:2:3 reference: fact_id "medicon-valley-members-9" is not an id in facts.csv',
    ]);
    expect(valuesOf('indicator-fact-unknown')).toEqual([]);
  });

  it('reports a fact about another cluster, at cluster_id, naming the fact’s cluster', () => {
    expect(buildFixture('indicator-fact-of-another-cluster').problems.map(formatProblem)).toEqual([
      'test/fixtures/indicator-fact-of-another-cluster/cluster-indicator-values.csv:2:1 reference: fact_id "eurasante-members-1" names a row of facts.csv whose cluster_id is "eurasante", not "medicon-valley"',
    ]);
  });

  it('keeps no row whose fact is itself invalid, which is reported where it stands', () => {
    // bad-fact makes medicon-valley-members-1's number unreadable: the indicator value has nothing to copy.
    expect(buildFixture('bad-fact').problems.filter((p) => p.file.endsWith('cluster-indicator-values.csv'))).toEqual([]);
    expect(valuesOf('bad-fact')).toEqual([]);
  });
});

describe('data build on a file saved in another format', () => {
  const file = (name: string) => `test/fixtures/${name}/clusters.csv`;
  /** Every string the build gives back, rows and problems: where a U+FFFD would show. */
  const everything = (build: ReturnType<typeof buildFrom>) => JSON.stringify([[...build.tables], build.problems]);

  it('refuses a byte that is not UTF-8 with one problem at its line and field, naming the byte, and writes no U+FFFD', () => {
    const build = buildFixture('not-utf8');
    expect(build.problems.map(formatProblem)).toEqual([
      `${file('not-utf8')}:3:2 encoding: byte 0xFF after "Medicon " (character 24 of the line) is not UTF-8: ` +
        'other characters of the file are UTF-8, so this one was damaged or pasted in from another encoding; save it as CSV UTF-8 (comma-delimited)',
    ]);
    expect(build.tables.get('clusters')?.rows).toEqual([]);
    expect(everything(build)).not.toContain('\uFFFD');
  });

  it('names a file saved as Windows-1252 for what it is, at its first curly apostrophe (0x92)', () => {
    const build = buildFixture('windows-1252');
    expect(build.problems.map(brief)).toEqual([{ file: file('windows-1252'), line: 2, column: 10, rule: 'encoding' }]);
    expect(build.problems[0]?.detail).toContain('byte 0x92');
    expect(build.problems[0]?.detail).toContain('looks like Windows-1252');
    expect(build.problems[0]?.detail).toContain('"’"');
    expect(build.problems[0]?.detail).toContain('save it as CSV UTF-8 (comma-delimited)');
    expect(everything(build)).not.toContain('\uFFFD');
  });

  it('finds nothing else wrong with the Windows-1252 fixture once it is saved as UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-utf8-'));
    try {
      const text = new TextDecoder('windows-1252').decode(readFileSync(join(repoRoot, file('windows-1252'))));
      writeFileSync(join(dir, 'clusters.csv'), text);
      expect(buildFrom(dir, 'test/fixtures/base').problems.map(formatProblem)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('refuses a table separated by semicolons with one problem naming the separator, not one per missing column', () => {
    const { problems } = buildFixture('semicolon-separated');
    expect(problems.map(formatProblem)).toEqual([
      `${file('semicolon-separated')}:1:1 separator: the header row separates its columns with ";" (the first after "id"), not with commas, ` +
        'as a spreadsheet saves «CSV» where the decimal mark is a comma; save it as CSV UTF-8 (comma-delimited)',
    ]);
  });

  it('reports each refused file of the real data once, all at once, and no reference to them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-formats-'));
    try {
      cpSync(join(repoRoot, 'data'), dir, { recursive: true });
      const clusters = readFileSync(join(dir, 'clusters.csv'));
      const at = clusters.indexOf('Medicon Valley') + 'Medicon '.length;
      writeFileSync(join(dir, 'clusters.csv'), Buffer.concat([clusters.subarray(0, at), Buffer.from('\xFF ', 'latin1'), clusters.subarray(at)]));
      writeFileSync(join(dir, 'groups.csv'), toWindows1252(readFileSync(join(dir, 'groups.csv'), 'utf8')));
      const facts = Papa.parse<string[]>(readFileSync(join(dir, 'facts.csv'), 'utf8'), { skipEmptyLines: true }).data;
      writeFileSync(join(dir, 'facts.csv'), Papa.unparse(facts, { delimiter: ';' }));

      const build = buildFrom(dir);
      expect(build.problems.map((p) => `${basename(p.file)} ${p.rule}`)).toEqual(['clusters.csv encoding', 'facts.csv separator', 'groups.csv encoding']);
      expect(build.problems[0]?.detail).toContain('byte 0xFF');
      expect(build.problems[2]?.detail).toContain('looks like Windows-1252');
      expect(everything(build)).not.toContain('\uFFFD');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

/** Text as a spreadsheet saves it in Windows-1252; throws on a character that encoding lacks. */
function toWindows1252(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const byteOf = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const));
  return Uint8Array.from([...text], (ch) => {
    const b = byteOf.get(ch);
    if (b === undefined) throw new Error(`${ch} has no Windows-1252 byte`);
    return b;
  });
}

describe('the location fields of data/clusters.csv', () => {
  const clusters = buildFrom('data').tables.get('clusters')?.rows.map(({ row }) => row as unknown as Cluster) ?? [];

  it('give a city exactly where the precision is city, and mark every seat no source gives as the atlas’s choice', () => {
    expect(clusters.length).toBeGreaterThan(60);
    for (const c of clusters) {
      expect(c.location_precision === 'city', `${c.id}: city ${c.city} with precision ${c.location_precision}`).toBe(c.city !== null);
      if (c.location_basis === 'atlas') expect(c.location_note, c.id).toMatch(/atlas’s choice/);
    }
  });

  it('place the cases the issue names as the sources allow', () => {
    const byId = new Map(clusters.map((c) => [c.id, c]));
    expect(byId.get('bioxclusters')?.location_precision).not.toBe('city');
    expect(byId.get('biometi')?.location_precision).toBe(byId.get('bioregion')?.location_precision);
    expect(byId.get('cebr')?.location_basis).toBe('atlas');
    expect(byId.get('medicon-valley')?.location_basis).toBe('atlas');
    expect(byId.get('biocom')?.location_basis).toBe('atlas');
    // hse-2019 names Teknopark Istanbul as the coordinator; the point marks it, east of the Bosphorus (lon > 29.05).
    expect(byId.get('istanbul-health-industry-cluster')?.location_note).toContain('Teknopark Istanbul');
    expect(byId.get('istanbul-health-industry-cluster')?.lon).toBeGreaterThan(29.05);
  });
});

describe('data/methodology-notes.csv', () => {
  it('names only files that exist in the repository', () => {
    const notes = buildFrom('data').tables.get('methodology-notes')?.rows.map(({ row }) => row as unknown as MethodologyNote) ?? [];
    expect(notes.length).toBeGreaterThan(0);
    const named = notes.flatMap((n) =>
      n.affects
        .map((a) => a.split(':')[0] ?? a)
        .filter((a) => /\.(csv|md|json|ts|txt)$/.test(a) || /-extra\b/.test(a))
        .map((file) => ({ note: n.id, file })),
    );
    expect(named.length).toBeGreaterThan(0);
    const missing = named.filter(({ file }) => !existsSync(join(repoRoot, 'data', file)) && !existsSync(join(repoRoot, file)));
    expect(missing).toEqual([]);
  });
});

