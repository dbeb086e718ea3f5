// @ts-check
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/lib/security-policy.ts';

// ATLAS_OUT_DIR builds the site from another data build (scripts/build-data.ts
// with the same variable writes <dir>/generated and <dir>/public) into
// <dir>/dist, leaving src/generated, public/ and dist/ alone: the tests use it
// for a dataset of hostile strings and for a build under a sub-path.
const outRoot = process.env.ATLAS_OUT_DIR ? resolve(process.env.ATLAS_OUT_DIR) : undefined;

const srcGenerated = fileURLToPath(new URL('./src/generated', import.meta.url));

/** Reads the data build's JSON from <ATLAS_OUT_DIR>/generated instead of src/generated. */
function generatedDir(/** @type {string} */ dir) {
  return {
    name: 'atlas-generated-dir',
    enforce: /** @type {const} */ ('pre'),
    resolveId(/** @type {string} */ source, /** @type {string | undefined} */ importer) {
      if (!importer || !source.startsWith('.')) return null;
      const path = resolve(dirname(importer.split('?')[0] ?? importer), source);
      return path.startsWith(srcGenerated + sep) ? join(dir, relative(srcGenerated, path)) : null;
    },
  };
}

/** Writes `_headers` (the security headers, for static hosts that read the file) after the build. */
function securityHeaders() {
  let base = '/';
  return {
    name: 'atlas-security-headers',
    hooks: {
      /** @param {{ config: { base: string } }} options */
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        /** @type {(path: string) => boolean} */
        const hasHtml = (path) =>
          readdirSync(path, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasHtml(join(path, e.name)) : e.name.endsWith('.html')));
        const sections = readdirSync(out, { withFileTypes: true })
          .filter((e) => e.name !== 'embed' && (e.isDirectory() ? hasHtml(join(out, e.name)) : e.name.endsWith('.html') && e.name !== 'index.html'))
          .map((e) => e.name);
        writeFileSync(join(out, '_headers'), headersFile(base, sections));
      },
    },
  };
}

// SITE_URL and BASE_PATH let the atlas be hosted under a sub-path, e.g. BASE_PATH=/atlas/.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Every stylesheet and script a file of its own, so that the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: outRoot ? [generatedDir(join(outRoot, 'generated'))] : [],
  },
  ...(outRoot ? { outDir: join(outRoot, 'dist'), publicDir: join(outRoot, 'public'), cacheDir: join(outRoot, 'cache') } : {}),
  integrations: [securityHeaders()],
  devToolbar: { enabled: false },
});
