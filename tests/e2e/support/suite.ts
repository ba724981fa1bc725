import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * One browser with the built extension and one local server for a whole test
 * file: started before its tests, closed after them (even when a test failed).
 * The fields are filled in `beforeAll`, so read them inside tests and hooks only.
 */
export function useExtensionSuite<S extends { close: () => Promise<void> }>(
  startServer: () => Promise<S>,
  options?: Parameters<typeof launchWithExtension>[0],
): { readonly ext: ExtensionBrowser; readonly server: S } {
  const suite = {} as { ext: ExtensionBrowser; server: S };
  beforeAll(async () => {
    suite.server = await startServer();
    suite.ext = await launchWithExtension(options);
  });
  afterAll(async () => {
    await suite.ext?.close();
    await suite.server?.close();
  });
  return suite;
}
