import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface FixtureServer {
  /** The port on 127.0.0.1. */
  port: number;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /**
   * When given, only these host names (and 127.0.0.1 itself) are served; any other gets a 404. For a
   * browser that uses the server as its HTTP proxy (Firefox: no --host-resolver-rules), which then sends
   * absolute-form request lines (`GET http://www.example-news.in/page.html HTTP/1.1`) for every host.
   */
  hosts?: readonly string[];
}

/**
 * Serves fixture files on 127.0.0.1 at a free port. `/<name>` is looked up as a plain file name in each
 * directory in turn, whatever the Host header, so one server stands in for every mapped news host. Only
 * flat names are served (no subdirectories, no `..`). Absolute-form request lines (the server as a
 * proxy) are served like origin-form ones.
 */
export async function startFixtureServer(
  dirs: readonly string[],
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = requestUrl(req.url, req.headers.host);
    const pathname = url.pathname;
    if (options.hosts && url.hostname !== '127.0.0.1' && !options.hosts.includes(url.hostname)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('unknown host');
      return;
    }
    void serve(dirs, pathname).then(
      (found) => {
        if (found) {
          res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' });
          res.end(found.body);
        } else {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('not found');
        }
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request's URL: absolute-form as sent, origin-form against the Host header; never throws. */
function requestUrl(target: string | undefined, host: string | undefined): URL {
  for (const base of [`http://${host ?? 'fixture.invalid'}`, 'http://fixture.invalid']) {
    try {
      return new URL(target ?? '/', base);
    } catch {
      // A malformed Host header or request target: try the next base.
    }
  }
  return new URL('http://fixture.invalid/');
}

async function serve(
  dirs: readonly string[],
  pathname: string,
): Promise<{ type: string; body: Buffer } | null> {
  let name: string;
  try {
    name = decodeURIComponent(pathname.replace(/^\/+/, ''));
  } catch {
    return null;
  }
  if (!/^[\w][\w.-]*$/.test(name) || name.includes('..')) return null;
  for (const dir of dirs) {
    try {
      const body = await readFile(join(dir, name));
      return { type: TYPES[extname(name)] ?? 'application/octet-stream', body };
    } catch {
      // Not in this directory; try the next.
    }
  }
  return null;
}
