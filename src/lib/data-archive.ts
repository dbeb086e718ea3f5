/** One zip with every download, built with fflate; files sit at the root so that datapackage.json describes its neighbours. */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** `mtime` is fixed by the caller so that the same data gives the same archive. */
export function dataArchive(files: ReadonlyMap<string, string | Uint8Array>, mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const [path, content] of files) entries[path] = [typeof content === 'string' ? strToU8(content) : content, { level: 9, mtime }];
  return zipSync(entries);
}
