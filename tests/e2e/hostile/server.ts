import { serve } from '../support/server';
import { fixture } from './support';

export const HOSTILE_PAGES = ['prototypes.html', 'card-removal.html', 'mutation-flood.html', 'deep.html', 'many-nodes.html', 'shadow-frames.html', 'frame.html', 'plain.txt', 'drawing.svg'];

const TYPES: Record<string, string> = { txt: 'text/plain; charset=utf-8', svg: 'image/svg+xml', html: 'text/html; charset=utf-8' };

/** Serves the hostile fixtures by name (query strings pass through to the page's script). */
export function serveHostile() {
  return serve((url) => {
    const name = url.pathname.slice(1);
    return HOSTILE_PAGES.includes(name) ? { body: fixture(name), type: TYPES[name.split('.').pop()!] } : null;
  });
}

/** Paths a run may request: the fixtures themselves and the browser's favicon probe. */
export const isExpectedPath = (path: string) => HOSTILE_PAGES.includes(path.slice(1)) || path === '/favicon.ico';
