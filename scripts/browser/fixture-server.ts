import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');

export function fixturePage(name: string): string {
  return readFileSync(join(PAGES_DIR, name), 'utf8');
}

/** The React fixture app, bundled in memory (React is a dev dependency; nothing is fetched). */
async function bundleReactApp(): Promise<string> {
  const result = await build({
    entryPoints: [join(PAGES_DIR, 'react-editor', 'app.jsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react',
    tsconfigRaw: {},
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** A file made in test setup (a printed PDF), served at its path beside the fixture pages. */
export interface ServedFile {
  type: string;
  body: Uint8Array;
}

/** Serves the fixture pages on 127.0.0.1 (a real local server: the on-demand path sees an http page). */
export async function startFixtureServer(
  files: Readonly<Record<string, ServedFile>> = {},
): Promise<FixtureServer> {
  const reactApp = await bundleReactApp();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (type: string, body: string) => {
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    const file = files[path];
    if (file) {
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
      res.end(file.body);
      return;
    }
    try {
      if (path === '/resume.html' || path === '/hostile.html' || path === '/ats-candidate.html')
        return send('text/html', fixturePage(path.slice(1)));
      if (path === '/react-editor/' || path === '/react-editor/index.html')
        return send('text/html', fixturePage('react-editor/index.html'));
      if (path === '/react-editor/app.js') return send('text/javascript', reactApp);
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
