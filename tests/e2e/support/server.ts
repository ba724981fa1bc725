import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = { body: string | Buffer; type?: string };
export type Routes = Record<string, Route | ((url: URL) => Route | null)>;

/**
 * A static server on 127.0.0.1 for test pages. Pages are served as UTF-8; anything
 * not in `routes` is a 404, so a test page can never reach beyond this machine.
 */
export async function serve(routes: Routes | ((url: URL) => Route | null)): Promise<{ origin: string; close: () => Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const entry = typeof routes === 'function' ? routes(url) : routes[url.pathname];
    const route = typeof entry === 'function' ? entry(url) : entry;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
