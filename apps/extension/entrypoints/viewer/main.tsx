import { render } from 'preact';
import { Statement } from '../../src/components/Statement.js';
import { t, uiLanguage } from '../../src/i18n.js';
import { knowledgeView } from '../../src/knowledge.js';
import { speakChosenLanguage } from '../../src/settings/language.js';

await speakChosenLanguage();

const params = new URLSearchParams(location.search);
const source = knowledgeView().source(params.get('source') ?? '');
const start = Number(params.get('start'));
const end = Number(params.get('end'));
document.documentElement.lang = uiLanguage();
document.title = source ? `${source.title} · Enlace` : `${t('viewerTitle')} · Enlace`;
render(
  <Statement source={source} quoted={params.has('start') && params.has('end') ? [start, end] : null} />,
  document.getElementById('app')!,
);
