/** The data version rules (a changed or added value: minor; a changed column or id: major), the changelog, and the release on record. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogEntries } from '../../src/lib/data-changelog.ts';
import { ATLAS } from '../../src/lib/data-package.ts';
import { bumpVersion, citationFileFor, compareSnapshots, snapshotOf, type SnapshotInput, type VersionFile } from '../../src/lib/data-version.ts';
import { dataSnapshotInput } from '../../src/lib/data-version-input.ts';
import { repoRoot } from '../helpers/dataset.ts';

const clusters = (rows: Record<string, string>[], columns = ['id', 'name', 'city']): SnapshotInput => ({ name: 'clusters', primaryKey: ['id'], columns, rows });
const base = [
  { id: 'medicon-valley', name: 'Medicon Valley', city: 'Copenhagen' },
  { id: 'biocat', name: 'Biocat', city: 'Barcelona' },
];
const compare = (after: SnapshotInput[]) => compareSnapshots(snapshotOf([clusters(base)]), snapshotOf(after));

describe('data version rules', () => {
  it('no change keeps the version', () => {
    expect(compare([clusters(base)])).toEqual({ level: 'none', changes: [] });
    expect(bumpVersion('1.2.3', 'none')).toBe('1.2.3');
  });

  it('a changed or an added value is a minor change', () => {
    const changed = compare([clusters([{ ...(base[0] as Record<string, string>), city: 'Lund' }, base[1] as Record<string, string>])]);
    expect(changed).toEqual({ level: 'minor', changes: ['clusters: values changed in 1 row (medicon-valley)'] });
    const added = compare([clusters([...base, { id: 'bioregion', name: 'BioRegioN', city: 'Hanover' }])]);
    expect(added).toEqual({ level: 'minor', changes: ['clusters: 1 row added'] });
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
  });

  it('a changed id or a changed column is a major change', () => {
    const renamed = compare([clusters([{ ...(base[0] as Record<string, string>), id: 'medicon-valley-alliance' }, base[1] as Record<string, string>])]);
    expect(renamed.level).toBe('major');
    expect(renamed.changes).toContain('clusters: 1 id removed or changed (medicon-valley)');
    const column = compare([clusters(base.map(({ city, ...r }) => ({ ...r, town: city })), ['id', 'name', 'town'])]);
    expect(column).toEqual({ level: 'major', changes: ['clusters: column `city` removed or renamed', 'clusters: column `town` added'] });
    expect(compare([]).changes).toEqual(['clusters: table removed']);
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(() => bumpVersion('v1', 'minor')).toThrow(/MAJOR\.MINOR\.PATCH/);
  });
});

describe('the release on record', () => {
  const release = JSON.parse(readFileSync(join(repoRoot, 'data', 'VERSION.json'), 'utf8')) as VersionFile;

  it('is the version of the data package, its zip, and the first entry of the changelog', () => {
    expect(ATLAS.version).toBe(release.version);
    expect(ATLAS.archive).toBe(`biomedical-clusters-atlas-data-${release.version}.zip`);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'public', 'data', 'datapackage.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(release.version);
    const entries = changelogEntries(readFileSync(join(repoRoot, 'data', 'CHANGELOG.md'), 'utf8'));
    expect(entries[0]).toMatchObject({ version: release.version, date: release.released });
    expect(entries[0]?.items.length).toBeGreaterThan(0);
  });

  it('matches the tables in data/: a change to them needs npm run data-version', () => {
    const now = snapshotOf(dataSnapshotInput((name) => readFileSync(join(repoRoot, 'data', `${name}.csv`), 'utf8')));
    expect(compareSnapshots(release.snapshot, now)).toEqual({ level: 'none', changes: [] });
  });
});

describe('changelog', () => {
  it('reads version headings and their items, continued lines joined, the preamble left out', () => {
    const md = '# Changes\n\nIntro text.\n\n## 1.1.0 (2026-12-01)\n\n- facts: 2 rows added\n- clusters: `city` of\n  Medicon Valley corrected\n\n## 1.0.0 (2026-11-29)\n\n- First release.\n';
    expect(changelogEntries(md)).toEqual([
      { version: '1.1.0', date: '2026-12-01', items: ['facts: 2 rows added', 'clusters: `city` of Medicon Valley corrected'] },
      { version: '1.0.0', date: '2026-11-29', items: ['First release.'] },
    ]);
  });
});

describe('CITATION.cff at a release', () => {
  const cff = readFileSync(join(repoRoot, 'CITATION.cff'), 'utf8');

  it('gets the release\'s version and date, and keeps every other line', () => {
    const next = citationFileFor(cff, '9.8.7', '2031-02-03');
    expect(next).toMatch(/^version: "9\.8\.7"$/m);
    expect(next).toMatch(/^date-released: "2031-02-03"$/m);
    const others = (text: string) => text.split('\n').filter((l) => !/^(version|date-released):/.test(l));
    expect(others(next)).toEqual(others(cff));
  });

  it('refuses a file without the lines to set', () => {
    expect(() => citationFileFor('cff-version: 1.2.0\nversion: "1.0.0"\n', '1.1.0', '2031-02-03')).toThrow(/date-released/);
  });
});
