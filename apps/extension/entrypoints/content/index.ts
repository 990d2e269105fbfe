import { runOnPage } from '../../src/on-page.js';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Same-origin and cross-origin frames each get their own copy: an embedded article is read too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    runOnPage(ctx);
  },
});
