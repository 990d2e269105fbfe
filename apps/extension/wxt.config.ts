import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchDataPlugin } from './scripts/match-data.js';
import { terserPass } from './scripts/terser-pass.js';

export default defineConfig({
  srcDir: '.',
  modules: [],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only storage, for the reader's settings. The content script's matches are its only access
    // to pages; the popup talks to the tab's content script by tab id, which needs no permission,
    // and the badge, the commands and opening our own pages in new tabs need none either.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+E' }, description: '__MSG_commandNext__' },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandPrevious__',
      },
    },
    // Firefox refuses storage to an add-on without an explicit id (a temporary one is not enough),
    // and asks new add-ons to declare what data they collect: none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'enlace@enlace.invalid',
              // The first with the CSS Custom Highlight API, which paints without touching the page.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), matchDataPlugin(), terserPass()] }),
  hooks: {
    // The background draws a page's cards as markup for the content script (see src/ui/markup-jsx.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'background')) return;
      const markupJsx = fileURLToPath(new URL('./src/ui/markup-jsx.ts', import.meta.url));
      const alias = config.resolve?.alias ?? [];
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^preact(\/jsx-runtime)?$/, replacement: markupJsx },
          ...(Array.isArray(alias)
            ? alias
            : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
    },
  },
  zip: {
    sourcesRoot: '../..',
    excludeSources: ['**/dist/**', '**/.output/**', '**/node_modules/**', '**/.turbo/**'],
  },
});
