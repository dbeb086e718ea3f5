/**
 * The source documents, which are not part of the repository: read from the
 * folder SOURCES_DIR names (relative to the working directory, or absolute).
 * Only the tests of test/sources/ (`npm run test:sources`) read them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder of the source texts; throws a message saying what to set when SOURCES_DIR is missing or wrong. */
export function sourcesDir(): string {
  const dir = process.env['SOURCES_DIR'];
  if (!dir) throw new Error('SOURCES_DIR is not set: set it to the folder of the source texts (the one with their README.md), e.g. SOURCES_DIR=../shared/sources npm run test:sources');
  const full = resolve(dir);
  if (!existsSync(join(full, 'README.md'))) throw new Error(`SOURCES_DIR=${dir} (${full}) holds no README.md: it must name the folder of the source texts`);
  return full;
}

const files: Record<string, string> = {
  'hse-2019': '001_b1714d05f2fe4c3c.txt',
  bioxclusters: '000_9a49979d18db9890.txt',
  'cebr-2020': '002_8a481d9a0077a604.txt',
  'mix-2016': '003_1651dd7107d1eb0a.txt',
  'ami4europe-d2.2': '004_38ea3894b2ee1e7c.txt',
};

export function sourceText(id: string): string {
  const file = files[id];
  if (!file) throw new Error(`unknown source ${id}`);
  return readFileSync(join(sourcesDir(), file), 'utf8');
}

/** The text between two markers, whitespace folded. */
export function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`markers not found: ${start} … ${end}`);
  return text.slice(from, to).replace(/\s+/g, ' ');
}

/** Lists like fig. 2.1: "- 4 DENMARK**" headings followed by member names. Returns heading → text under it. */
export function countryBlocks(block: string): Map<string, string> {
  const parts = block.split(/- \d+ ([A-Z ]+)\*\*/);
  const out = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) out.set((parts[i] ?? '').trim(), parts[i + 1] ?? '');
  return out;
}
