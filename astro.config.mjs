// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let the atlas be hosted under a sub-path, e.g. BASE_PATH=/atlas/.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
