/**
 * What a deploy uploads: the number of files and bytes of a built site
 * (`npm run build` prints it for dist/, after the search index is written).
 *
 * Usage: node scripts/upload-size.ts [dir]   (default dist)
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Bytes and files under a directory, recursively. */
export function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const { bytes, files } = directorySize(dir);
  console.log(`To upload: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes) in ${dir}`);
}
