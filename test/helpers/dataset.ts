/** Runs the data build on CSV directories (relative to the repository, or absolute): the first directory holding a table wins. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset } from '../../src/lib/data-build.ts';
import { atlasOf, type Atlas } from '../../src/lib/table-access.ts';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');
const shapes = loadCountryShapes();

export function buildFrom(...dirs: string[]) {
  return buildDataset((name) => {
    for (const dir of dirs) {
      const path = resolve(repoRoot, dir, `${name}.csv`);
      // Bytes, as scripts/build-data.ts reads them: decoding here would turn a bad byte into U+FFFD before the build sees it.
      if (existsSync(path)) return { path: relative(repoRoot, path), bytes: readFileSync(path) };
    }
    return undefined;
  }, shapes);
}

/** The fixture case over the minimal valid base dataset. */
export const buildFixture = (name: string) => buildFrom(`test/fixtures/${name}`, 'test/fixtures/base');

/** The accessor over a build's rows (what src/lib/atlas-data.ts gives the pages, over these tables). */
export function atlasFrom(built: ReturnType<typeof buildDataset>): Atlas {
  return atlasOf((name) => built.tables.get(name)?.rows.map(({ row }) => row as object) ?? []);
}
