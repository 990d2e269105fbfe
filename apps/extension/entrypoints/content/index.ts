import { runOnPage } from '../../src/on-page.js';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Same-origin and cross-origin frames each get their own copy: an embedded article is read too.
  allFrames: true,
  matchAboutBlank: true,
  // At the start, so the highlight style sheet is adopted before the page exists: adopted later, it
  // restyles the whole page at once (hundreds of ms on a large one). Reading still waits for the DOM.
  runAt: 'document_start',
  main(ctx) {
    runOnPage(ctx);
  },
});
