/**
 * `npm run data-version`: compares data/*.csv with the snapshot of the last
 * release in data/VERSION.json (src/lib/data-version.ts: a changed or added
 * value raises the minor number, a changed column or id the major one),
 * writes the new version and snapshot, sets it and its date in CITATION.cff,
 * and adds the changes to data/CHANGELOG.md under the new version's heading. With --check it only
 * prints what changed and the version it would give, and changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bumpVersion, citationFileFor, compareSnapshots, snapshotOf, type VersionFile } from '../src/lib/data-version.ts';
import { decodeCsv } from '../src/lib/csv-parse.ts';
import { dataSnapshotInput } from '../src/lib/data-version-input.ts';
import { formatProblem } from '../src/lib/problem.ts';

const dataDir = join(import.meta.dirname, '..', 'data');
const versionPath = join(dataDir, 'VERSION.json');
const changelogPath = join(dataDir, 'CHANGELOG.md');

const current = JSON.parse(readFileSync(versionPath, 'utf8')) as VersionFile;
// Decoded as the data build decodes: a byte that is not UTF-8 stops here instead of entering the snapshot as U+FFFD.
const snapshot = snapshotOf(
  dataSnapshotInput((name) => {
    const decoded = decodeCsv(`data/${name}.csv`, readFileSync(join(dataDir, `${name}.csv`)));
    if ('text' in decoded) return decoded.text;
    console.error(`${formatProblem(decoded.problem)}\nnothing was written: run npm run data, which lists every problem`);
    process.exit(1);
  }),
);
const { level, changes } = compareSnapshots(current.snapshot, snapshot);
const next = bumpVersion(current.version, level);

if (level === 'none') {
  console.log(`data version ${current.version}: the tables are as released on ${current.released}`);
  process.exit(0);
}
console.log(`${changes.map((c) => `  ${c}`).join('\n')}\n${level} change: data version ${current.version} → ${next}`);
if (process.argv.includes('--check')) process.exit(0);

const released = (process.env['SOURCE_DATE_EPOCH'] ? new Date(Number(process.env['SOURCE_DATE_EPOCH']) * 1000) : new Date()).toISOString().slice(0, 10);
writeFileSync(versionPath, `${JSON.stringify({ version: next, released, snapshot } satisfies VersionFile, null, 1)}\n`);
const citationPath = join(dataDir, '..', 'CITATION.cff');
writeFileSync(citationPath, citationFileFor(readFileSync(citationPath, 'utf8'), next, released));
const changelog = readFileSync(changelogPath, 'utf8');
const entry = `## ${next} (${released})\n\n${changes.map((c) => `- ${c}`).join('\n')}\n\n`;
const at = changelog.indexOf('\n## ');
writeFileSync(changelogPath, at < 0 ? `${changelog.trimEnd()}\n\n${entry}` : `${changelog.slice(0, at + 1)}${entry}${changelog.slice(at + 1)}`);
console.log(`wrote data/VERSION.json, CITATION.cff's version and a ${next} entry in data/CHANGELOG.md: describe the changes there in words`);
