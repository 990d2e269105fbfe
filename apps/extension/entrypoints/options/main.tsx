import { knowledgeBase } from '@enlace/core';
import { render } from 'preact';
import { Options } from '../../src/components/Options.js';
import { t } from '../../src/i18n.js';
import { loadSettings, updateSettings } from '../../src/settings/settings.js';

document.title = t('optionsTitle');
render(
  <Options
    initial={await loadSettings()}
    save={async (change) => {
      await updateSettings(() => change);
    }}
    kb={{ version: knowledgeBase.version, builtAt: knowledgeBase.builtAt }}
  />,
  document.getElementById('app')!,
);
