/** Writes the hostile dataset of test/fixtures/xss: every table of data/, with the fixture's cells changed. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { CHANGES } from '../fixtures/xss/hostile-strings.ts';
import { repoRoot } from './dataset.ts';

export function writeHostileDataset(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const dataDir = join(repoRoot, 'data');
  for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.csv'))) {
    const table = name.slice(0, -'.csv'.length);
    const text = readFileSync(join(dataDir, name), 'utf8');
    const changes = CHANGES.filter((c) => c.table === table);
    if (changes.length === 0) {
      writeFileSync(join(dir, name), text);
      continue;
    }
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const columns = parsed.meta.fields ?? [];
    for (const change of changes) {
      const rows = parsed.data.filter((r) => Object.entries(change.where).every(([k, v]) => r[k] === v));
      if (rows.length !== 1) throw new Error(`${name}: ${JSON.stringify(change.where)} picks ${rows.length} rows, not 1`);
      for (const column of Object.keys(change.set))
        if (!columns.includes(column)) throw new Error(`${name}: no column ${column}`);
      Object.assign(rows[0] as Record<string, string>, change.set);
    }
    writeFileSync(join(dir, name), `${Papa.unparse(parsed.data, { columns, newline: '\n' })}\n`);
  }
}
