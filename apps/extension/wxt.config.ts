import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: '.',
  modules: [],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
  zip: {
    sourcesRoot: '../..',
    excludeSources: ['**/dist/**', '**/.output/**', '**/node_modules/**', '**/.turbo/**'],
  },
});
