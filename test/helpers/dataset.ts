/** Runs the data build on CSV directories: the first directory holding a table wins. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset } from '../../src/lib/data-build.ts';
import { loadCountryShapes } from '../../src/lib/geo/load-country-shapes.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');
const shapes = loadCountryShapes();

export function buildFrom(...dirs: string[]) {
  return buildDataset((name) => {
    for (const dir of dirs) {
      const path = join(repoRoot, dir, `${name}.csv`);
      if (existsSync(path)) return { path: relative(repoRoot, path), text: readFileSync(path, 'utf8') };
    }
    return undefined;
  }, shapes);
}

/** The fixture case over the minimal valid base dataset. */
export const buildFixture = (name: string) => buildFrom(`test/fixtures/${name}`, 'test/fixtures/base');
