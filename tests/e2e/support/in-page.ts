/**
 * Scripts that run inside the tested page, shared by the Chromium (Playwright) and
 * Firefox (Puppeteer) suites: each driver serialises the function and runs it in
 * the page, so these must not reach anything outside their own body.
 */

/**
 * Records DOM mutations from DOMContentLoaded on, in the page's own world, so a
 * test can prove the extension changed nothing in the page's markup. Before that
 * event the parser itself is building the page; our listener is the page's first,
 * and the content script runs later (document_idle).
 */
export function recordMutations(): void {
  const w = window as unknown as { __mutations: string[] };
  w.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) w.__mutations.push(`${r.type}:${(r.target as Element).nodeName}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** The mutations `recordMutations` has seen. */
export const recordedMutations = (): string[] => (window as unknown as { __mutations: string[] }).__mutations;
