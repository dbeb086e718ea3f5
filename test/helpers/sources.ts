/**
 * The source documents: SOURCES_DIR if set, else the project's shared folder
 * beside the repository (../shared/sources), else where these machines keep it
 * (/work/shared/sources), so that a clone anywhere (CI clones to /tmp) still
 * tests against the real texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './dataset.ts';

const candidates = process.env['SOURCES_DIR']
  ? [process.env['SOURCES_DIR']]
  : [join(repoRoot, '..', 'shared', 'sources'), '/work/shared/sources'];

function sourcesDir(): string {
  const found = candidates.find((d) => existsSync(join(d, 'README.md')));
  if (!found) throw new Error(`The source documents are in none of ${candidates.join(', ')}: set SOURCES_DIR to their folder.`);
  return found;
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
