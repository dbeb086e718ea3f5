/** The long pages that open with a table of contents («On this page»): about, landscape, data, every profile and success factor. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './dataset.ts';

const ids = (name: string) => (JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as { id: string }[]).map((r) => r.id);

export const LONG_PAGES = ['/about/', '/landscape/', '/data/', ...ids('clusters').map((id) => `/clusters/${id}/`), ...ids('success-factors').map((id) => `/success-factors/${id}/`)];
