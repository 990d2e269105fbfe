import { knowledgeBase } from '@enlace/core';
import { render } from 'preact';
import { Options } from '../../src/components/Options.js';
import { t, uiLanguage } from '../../src/i18n.js';
import { speakChosenLanguage } from '../../src/settings/language.js';
import { loadSettings, updateSettings } from '../../src/settings/settings.js';

await speakChosenLanguage();
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(
  <Options
    initial={await loadSettings()}
    save={async (change) => {
      await updateSettings(() => change);
      // Every string on this page is already rendered: a new language needs a fresh page.
      if (change.language) location.reload();
    }}
    kb={{ version: knowledgeBase.version, builtAt: knowledgeBase.builtAt }}
  />,
  document.getElementById('app')!,
);
