import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchDataPlugin } from './scripts/match-data.js';

export default defineConfig({
  srcDir: '.',
  modules: [],
  manifest: {
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
  },
  vite: () => ({ plugins: [preact(), matchDataPlugin()] }),
  zip: {
    sourcesRoot: '../..',
    excludeSources: ['**/dist/**', '**/.output/**', '**/node_modules/**', '**/.turbo/**'],
  },
});
