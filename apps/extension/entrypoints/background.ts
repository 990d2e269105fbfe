import { buildCard } from '../src/cards/card-data.js';
import { cardStyles } from '../src/components/card-styles.js';
import { t, uiLanguage, useMessages } from '../src/i18n.js';
import { knowledgeView } from '../src/knowledge.js';
import { type FoundEntity, isToBackground, type ToContent } from '../src/messages.js';
import { idOfRef } from '../src/page-ref.js';
import { mergeFound } from '../src/popup/group-found.js';
import { loadMessages } from '../src/settings/language.js';
import { loadSettings, watchSettings } from '../src/settings/settings.js';
import { cardView } from '../src/ui/card-view.js';
import { viewerPage, viewerUrl } from '../src/viewer-url.js';

export default defineBackground(() => {
  // Mentions per frame per tab: the badge shows the tab's total.
  const counts = new Map<number, Map<number, number>>();
  // What each frame found, by tab, for the popup's list: the same frames the badge counts.
  const found = new Map<number, Map<number, FoundEntity[]>>();
  const action = browser.action ?? browser.browserAction;
  // Cards and the badge title speak the reader's chosen language.
  const speak = async (language: Parameters<typeof loadMessages>[0]) =>
    useMessages(await loadMessages(language));
  loadSettings().then((settings) => speak(settings.language));
  watchSettings((settings) => speak(settings.language));

  const showCount = (tabId: number) => {
    const total = [...(counts.get(tabId)?.values() ?? [])].reduce((sum, count) => sum + count, 0);
    action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' }).catch(() => {});
    action.setTitle({ tabId, title: total > 0 ? t('badgeTitle', total) : '' }).catch(() => {});
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isToBackground(message)) return;
    const tab = sender.tab;
    switch (message.type) {
      case 'card': {
        // The content script names entities by page reference (see page-ref.ts).
        const view = knowledgeView();
        const idOf = (ref: string) => idOfRef(view.kb.entities, ref) ?? '';
        const data = buildCard(view, idOf(message.entityId), message.matched, {
          language: uiLanguage(),
          viewerUrl,
          entityIds: message.entityIds?.map(idOf),
        });
        sendResponse(data && cardView(data));
        return;
      }
      case 'card-styles':
        sendResponse(cardStyles);
        return;
      case 'messages':
        loadMessages(message.language).then(sendResponse);
        return true;
      case 'open-viewer':
        // Only our own statement page: a message is no way to open arbitrary addresses.
        if (!message.url.startsWith(`${viewerPage()}?`)) return;
        browser.tabs
          .create({
            url: message.url,
            openerTabId: tab?.id,
            ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
          })
          .catch(() => {});
        return;
      case 'mentions': {
        if (tab?.id === undefined) return;
        const frames = message.reset
          ? new Map<number, number>()
          : (counts.get(tab.id) ?? new Map<number, number>());
        frames.set(sender.frameId ?? 0, message.count);
        counts.set(tab.id, frames);
        const lists = message.reset ? new Map<number, FoundEntity[]>() : (found.get(tab.id) ?? new Map());
        lists.set(sender.frameId ?? 0, message.found ?? []);
        found.set(tab.id, lists);
        showCount(tab.id);
        return;
      }
      case 'tab-found': {
        const lists = [...(found.get(message.tabId)?.values() ?? [])].flat();
        sendResponse(mergeFound(lists));
        return;
      }
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    counts.delete(tabId);
    found.delete(tabId);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (direction === 0) return;
    const message: ToContent = { type: 'step', direction };
    // The top frame steps through its own mentions; a page without our script has none.
    browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {});
  });
});
