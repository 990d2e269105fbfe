import { runOnPage } from '../../src/on-page.js';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Same-origin and cross-origin frames each get their own copy: an embedded article is read too.
  allFrames: true,
  matchAboutBlank: true,
  // At the start, so the highlight style sheet is adopted before the page exists: adopted later, it
  // restyles the whole page at once (hundreds of ms on a large one). Reading still waits for the DOM.
  runAt: 'document_start',
  // WXT would also announce the script to the page with window.postMessage, where any message
  // listener of the page's own (an embed, an ad script) receives it and may trip over it. Its
  // custom event on the document, which the page never sees as a message, is enough for a newer
  // copy of the script to stop this one.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runOnPage(ctx);
  },
});
