import { render } from 'preact';
import { browser } from 'wxt/browser';
import { displayName } from '../../src/cards/display-name.js';
import { Popup } from '../../src/components/Popup.js';
import { uiLanguage } from '../../src/i18n.js';
import { knowledgeView } from '../../src/knowledge.js';
import type { FoundEntity, PageFound, ToBackground, ToContent } from '../../src/messages.js';
import { idOfRef } from '../../src/page-ref.js';
import { speakChosenLanguage } from '../../src/settings/language.js';
import { updateSettings } from '../../src/settings/settings.js';
import { switchSite } from '../../src/settings/sites.js';

/**
 * The tab the popup is about: `?tab=` when opened as a page (tests do), else the active tab of
 * this window, whose id needs no permission.
 */
async function tabId(): Promise<number | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const send = async (message: ToContent) => {
  const id = await tabId();
  if (id === undefined) return null;
  // Browser pages, the store and PDFs have no content script: nothing answers there.
  return browser.tabs.sendMessage(id, message, { frameId: 0 }).catch(() => null);
};

await speakChosenLanguage();
document.documentElement.lang = uiLanguage();

const openPage = (path: '/viewer.html') => browser.tabs.create({ url: browser.runtime.getURL(path) });

render(
  <Popup
    ask={async () => {
      const page = ((await send({ type: 'found' })) as PageFound | undefined) ?? null;
      const id = await tabId();
      if (!page?.running || id === undefined) return page;
      // The background has every frame's findings, as the badge counts them; the top frame only its own.
      const request: ToBackground = { type: 'tab-found', tabId: id };
      const all = (await browser.runtime.sendMessage(request).catch(() => null)) as FoundEntity[] | null;
      return all && all.length > 0 ? { ...page, found: all } : page;
    }}
    nameOf={(ref) => {
      // Pages name entities by page reference (see page-ref.ts).
      const view = knowledgeView();
      const entity = view.entity(idOfRef(view.kb.entities, ref) ?? '');
      return entity && displayName(entity, uiLanguage());
    }}
    reveal={async (entityId) => {
      if (await send({ type: 'reveal', entityId })) return;
      const id = await tabId();
      const message: ToContent = { type: 'reveal', entityId, inFrames: true };
      if (id !== undefined) await browser.tabs.sendMessage(id, message).catch(() => {});
    }}
    setSite={async (host, on) => {
      await updateSettings((current) => switchSite(current, host, on));
    }}
    openOptions={() => browser.runtime.openOptionsPage()}
    openStatements={() => openPage('/viewer.html')}
  />,
  document.getElementById('app')!,
);
