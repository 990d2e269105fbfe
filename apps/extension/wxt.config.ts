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
    // No permissions: the content script's matches are its only access, the badge and the
    // commands need none, and opening the statement page in a new tab needs none either.
    permissions: [],
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
