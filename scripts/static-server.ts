/**
 * A minimal static file server for dist/ on 127.0.0.1, used by the browser
 * tests, the screenshot script and the bench. Serves 404.html for unknown
 * paths, like static hosts do, and can mount the site under a base path. With
 * `gzip`, text responses are compressed as a real host would, so the bench
 * measures the bytes a visitor would transfer.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript)|image\/svg\+xml)/;

export function startStaticServer(
  root: string,
  opts: { port?: number; base?: string; gzip?: boolean } = {},
): Promise<RunningServer> {
  const base = opts.base ?? '/';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const inBase = pathname.startsWith(base);
    pathname = inBase ? `/${pathname.slice(base.length)}` : '';
    let file = inBase ? normalize(join(root, pathname)) : '';
    if (file && !file.startsWith(root + sep) && file !== root) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file !== '' && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip = opts.gzip === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    if (req.method === 'HEAD') res.end();
    else if (gzip) createReadStream(served).pipe(createGzip()).pipe(res);
    else createReadStream(served).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
