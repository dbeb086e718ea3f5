/**
 * The version of the dataset, by the rules of semantic versioning applied to
 * data: a changed or added value raises the minor number (1.2.0 → 1.3.0); a
 * changed column (added, removed or renamed) or a changed or removed id (a
 * row's primary key that is gone) raises the major one (1.2.0 → 2.0.0).
 * The release's state is kept as a snapshot (columns and a hash of each row
 * by primary key) in data/VERSION.json; `npm run data-version` compares the
 * tables with it and writes the next version.
 */
import { createHash } from 'node:crypto';

export interface TableSnapshot {
  columns: string[];
  /** Hash of every row (its cells as written in the CSV), by primary key joined with «|». */
  rows: Record<string, string>;
}

/** table name → its snapshot. */
export type DataSnapshot = Record<string, TableSnapshot>;

export interface VersionFile {
  version: string;
  /** Date of the release, YYYY-MM-DD. */
  released: string;
  snapshot: DataSnapshot;
}

export interface SnapshotInput {
  name: string;
  primaryKey: readonly string[];
  columns: readonly string[];
  /** Rows as CSV cells (strings), by column name. */
  rows: readonly Record<string, string>[];
}

/** A table's snapshot: its columns, and a 16-hex-digit SHA-256 of each row's cells by key (the row number when it has no key). */
export function snapshotOf(tables: readonly SnapshotInput[]): DataSnapshot {
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      {
        columns: [...t.columns],
        rows: Object.fromEntries(
          t.rows.map((row, i) => [
            t.primaryKey.length > 0 ? t.primaryKey.map((k) => row[k] ?? '').join('|') : String(i + 1),
            createHash('sha256')
              .update(JSON.stringify(t.columns.map((c) => row[c] ?? '')))
              .digest('hex')
              .slice(0, 16),
          ]),
        ),
      },
    ]),
  );
}

export type ChangeLevel = 'major' | 'minor' | 'none';

export interface DataChanges {
  level: ChangeLevel;
  /** One line per change, e.g. «clusters: column `city` added» or «facts: 2 rows added». */
  changes: string[];
}

/** What changed from one snapshot to the next, and how much that weighs. */
export function compareSnapshots(before: DataSnapshot, after: DataSnapshot): DataChanges {
  const major: string[] = [];
  const minor: string[] = [];
  for (const name of Object.keys(before)) if (!(name in after)) major.push(`${name}: table removed`);
  for (const [name, now] of Object.entries(after)) {
    const was = before[name];
    if (!was) {
      minor.push(`${name}: table added (${Object.keys(now.rows).length} rows)`);
      continue;
    }
    for (const c of was.columns) if (!now.columns.includes(c)) major.push(`${name}: column \`${c}\` removed or renamed`);
    for (const c of now.columns) if (!was.columns.includes(c)) major.push(`${name}: column \`${c}\` added`);
    if (was.columns.join(',') !== now.columns.join(',') && was.columns.every((c) => now.columns.includes(c)) && now.columns.length === was.columns.length)
      major.push(`${name}: columns reordered`);
    const removed = Object.keys(was.rows).filter((k) => !(k in now.rows));
    const added = Object.keys(now.rows).filter((k) => !(k in was.rows));
    const changed = Object.keys(now.rows).filter((k) => k in was.rows && was.rows[k] !== now.rows[k]);
    if (removed.length > 0) major.push(`${name}: ${removed.length} id${removed.length === 1 ? '' : 's'} removed or changed (${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''})`);
    if (added.length > 0) minor.push(`${name}: ${added.length} row${added.length === 1 ? '' : 's'} added`);
    if (changed.length > 0) minor.push(`${name}: values changed in ${changed.length} row${changed.length === 1 ? '' : 's'} (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`);
  }
  return { level: major.length > 0 ? 'major' : minor.length > 0 ? 'minor' : 'none', changes: [...major, ...minor] };
}

/** «1.2.3» raised by a change level; throws on a version that is not MAJOR.MINOR.PATCH. */
export function bumpVersion(version: string, level: ChangeLevel): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`data version "${version}" is not MAJOR.MINOR.PATCH`);
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return version;
}

/**
 * CITATION.cff's text with its `version` and `date-released` set to a
 * release's (both quoted, as the file writes them; every other line kept).
 * @throws Error if the text lacks either key at the start of a line
 */
export function citationFileFor(cff: string, version: string, released: string): string {
  for (const key of ['version', 'date-released'])
    if (!new RegExp(`^${key}:`, 'm').test(cff)) throw new Error(`CITATION.cff has no «${key}:» line to set`);
  return cff.replace(/^version:.*$/m, `version: "${version}"`).replace(/^date-released:.*$/m, `date-released: "${released}"`);
}
