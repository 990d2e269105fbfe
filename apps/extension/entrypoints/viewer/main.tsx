import { knowledgeBase } from '@enlace/core';
import { render } from 'preact';
import { buildCard } from '../../src/cards/card-data.js';
import { cardStyles } from '../../src/components/card-styles.js';
import { EntityList } from '../../src/components/EntityList.js';
import { Statement } from '../../src/components/Statement.js';
import { StatementList } from '../../src/components/StatementList.js';
import { t, uiLanguage } from '../../src/i18n.js';
import { knowledgeView } from '../../src/knowledge.js';
import { runOnPage } from '../../src/on-page.js';
import { speakChosenLanguage } from '../../src/settings/language.js';
import { viewerPage, viewerUrl } from '../../src/viewer-url.js';

await speakChosenLanguage();

const params = new URLSearchParams(location.search);
const app = document.getElementById('app')!;
document.documentElement.lang = uiLanguage();

const nav = (
  <nav class="viewer__nav">
    <a href={viewerPage()}>{t('viewerStatements')}</a>
    <a href={`${viewerPage()}?view=entities`}>{t('viewerEntities')}</a>
  </nav>
);

if (params.has('source')) {
  const source = knowledgeView().source(params.get('source') ?? '');
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  document.title = source ? `${source.title} · Enlace` : `${t('viewerTitle')} · Enlace`;
  render(
    <>
      {nav}
      <Statement source={source} quoted={params.has('start') && params.has('end') ? [start, end] : null} />
    </>,
    app,
  );
  // The statement is read like any page: the same highlighter and the same cards.
  runOnPage({ signal: new AbortController().signal, isInvalid: false, onInvalidated: () => () => {} });
} else if (params.get('view') === 'entities') {
  document.title = `${t('viewerEntities')} · Enlace`;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cardStyles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  render(
    <>
      {nav}
      <h1>{t('viewerEntities')}</h1>
      <EntityList
        entities={knowledgeBase.entities}
        cardOf={(entity) =>
          buildCard(knowledgeView(), entity.id, entity.name, { language: uiLanguage(), viewerUrl })
        }
        openViewer={(url) => {
          location.href = url;
        }}
      />
    </>,
    app,
  );
} else {
  document.title = `${t('viewerStatements')} · Enlace`;
  render(
    <>
      {nav}
      <h1>{t('viewerStatements')}</h1>
      <StatementList
        sources={knowledgeBase.sources}
        hrefOf={(id) => `${viewerPage()}?source=${encodeURIComponent(id)}`}
      />
    </>,
    app,
  );
}
