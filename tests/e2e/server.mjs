// A tiny static server for the release build (dist/), on a free loopback port.
// Paths without a file extension get index.html, as a static host's SPA fallback would.
// With a `prefix` ("/sub") the build is served under that sub-path only: any other
// address is a 404 and is recorded in `server.outside`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function startServer(root, prefix = '') {
  const outside = [];
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (prefix) {
      if (path !== prefix && !path.startsWith(prefix + '/')) {
        outside.push(path);
        res.writeHead(404).end('not found');
        return;
      }
      path = path.slice(prefix.length) || '/';
    }
    const file = extname(path) ? join(root, path) : join(root, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  server.outside = outside;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
