import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * One config for both stores. Chrome gets MV3 (WXT's default); Firefox gets WXT's
 * default MV2 build with the gecko settings AMO requires for new extensions.
 */
export default defineConfig({
  // Overridable so several builds (a developer's and a test run's) can coexist.
  outDir: process.env.SOURCELIGHT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact through its Vite preset rather than a WXT module: WXT ships no Preact
  // module, and the preset handles JSX and the react-compat aliases for us.
  vite: () => ({
    plugins: [preact()],
    // No modulepreload polyfill: it preloads chunks with fetch(), and the shipped
    // code must make no network calls at all (extension pages need no polyfill).
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Highlights the claims in a news article and shows who stands behind each one. Everything runs on your device.',
    // storage: the reader's options (utils/settings.ts). No `tabs`: the popup
    // messages the content script of its own tab by id. No host permission beyond
    // the content script's match patterns (why: README, "Permissions and privacy").
    permissions: ['storage'],
    action: { default_title: 'Sourcelight: who stands behind this article' },
    // A shortcut needs no permission; the reader can change it in the browser's shortcut settings.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide the highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
