/**
 * A minimal static file server for dist/ on 127.0.0.1, used by the browser
 * tests and the screenshot script. Serves 404.html for unknown paths, like
 * static hosts do, and can mount the site under a base path.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

export function startStaticServer(root: string, opts: { port?: number; base?: string } = {}): Promise<RunningServer> {
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
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
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
