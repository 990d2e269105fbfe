import { browser } from 'wxt/browser';

/** The extension's statement page, at one sentence of one statement. */
export function viewerUrl(sourceId: string, start: number, end: number): string {
  const query = new URLSearchParams({ source: sourceId, start: String(start), end: String(end) });
  return `${viewerPage()}?${query}`;
}

export function viewerPage(): string {
  return browser.runtime.getURL('/viewer.html');
}
