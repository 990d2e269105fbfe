import type { Country, FrameworkKind } from '@enlace/core';
import type { AgreementCard, CardData, FrameworkCard, OfficialCard } from '../cards/card-data.js';
import { formatDate } from '../cards/format-date.js';
import { type MessageKey, t, uiLanguage } from '../i18n.js';
import { publisherName } from './publisher-name.js';
import { Quote } from './Quote.js';

export interface CardProps {
  data: CardData;
  openViewer?: (url: string) => void;
  /**
   * Shown in a list (the viewer's entities) rather than over a page: not a dialog, and with no
   * "why this matched" line or keyboard hint, which are about a page's mention.
   */
  inList?: boolean;
}

const TYPE_LABEL: Record<CardData['type'], MessageKey> = {
  official: 'typeOfficial',
  framework: 'typeFramework',
  agreement: 'typeAgreement',
};

const COUNTRY: Record<Country | FrameworkCard['country'], MessageKey> = {
  MX: 'countryMX',
  US: 'countryUS',
  binational: 'countryBinational',
  multilateral: 'countryMultilateral',
};

const KIND: Record<FrameworkKind, MessageKey> = {
  framework: 'kindFramework',
  dialogue: 'kindDialogue',
  group: 'kindGroup',
  program: 'kindProgram',
  declaration: 'kindDeclaration',
  strategy: 'kindStrategy',
  law: 'kindLaw',
  understanding: 'kindUnderstanding',
};

const EVENT: Record<FrameworkCard['dates'][number]['event'], MessageKey> = {
  adopted: 'eventAdopted',
  installed: 'eventInstalled',
  signed: 'eventSigned',
  released: 'eventReleased',
  met: 'eventMet',
};

/** Statements listed under an official; the quotes below carry the detail. */
const MAX_STATEMENTS = 4;

/** A context card for one official, framework or agreement. Every value is rendered as text. */
export function Card({ data, openViewer, inList = false }: CardProps) {
  const type = t(TYPE_LABEL[data.type]);
  const label = t('cardLabel', type, data.name);
  return (
    <div
      class={`card card--${data.type}`}
      {...(inList
        ? { role: 'region', 'aria-label': label }
        : { role: 'dialog', 'aria-label': label, 'aria-describedby': 'enlace-card-why', tabIndex: -1 })}
    >
      <header class="card__header">
        <p class="card__type">{type}</p>
        <h2 class="card__name">{data.name}</h2>
        {/* Over a page, where the card layer closes the card on a click here. */}
        {!inList && (
          <button type="button" class="card__close" aria-label={t('cardClose')} title={t('cardClose')}>
            ×
          </button>
        )}
      </header>
      {!inList && (
        <p class="card__why" id="enlace-card-why">
          {t('cardWhyMatched', data.matched)}
        </p>
      )}
      {data.type === 'official' && <OfficialDetails data={data} />}
      {data.type === 'framework' && <FrameworkDetails data={data} />}
      {data.type === 'agreement' && <AgreementDetails data={data} />}
      <section class="card__quotes">
        <h3>{t('cardQuotes')}</h3>
        {data.quotes.length === 0 ? (
          <p>{t('cardNoQuotes')}</p>
        ) : (
          <ul>
            {data.quotes.map((quote) => (
              <li key={`${quote.sourceId}:${quote.before.length}`}>
                <Quote quote={quote} openViewer={openViewer} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {!inList && <p class="card__hint">{t('cardKeyboardHint')}</p>}
    </div>
  );
}

function OfficialDetails({ data }: { data: OfficialCard }) {
  const language = uiLanguage();
  const span = (from: string, to: string) =>
    from === to ? formatDate(from, language) : `${formatDate(from, language)} – ${formatDate(to, language)}`;
  return (
    <dl class="card__facts">
      <dt class="visually-hidden">{t('cardCountry')}</dt>
      <dd class="card__country">{t(COUNTRY[data.country])}</dd>
      {data.roles.length > 0 && (
        <>
          <dt>{t('cardRoles')}</dt>
          <dd>
            <ul class="card__roles">
              {data.roles.map((role, index) => (
                <li key={`${role.title}:${role.from}`}>
                  <span class="card__role">{role.title}</span>
                  {role.organization && !role.title.includes(role.organization) && (
                    <span>, {role.organization}</span>
                  )}
                  <span class="card__date"> ({span(role.from, role.to)})</span>
                  {index === data.roles.length - 1 && data.roles.length > 1 && (
                    <span class="card__latest"> · {t('cardRoleLatest')}</span>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {data.statements.length > 0 && (
        <>
          <dt>{t('cardNamedIn')}</dt>
          <dd>
            <ul class="card__statements">
              {data.statements.slice(0, MAX_STATEMENTS).map((statement) => (
                <li key={statement.id}>
                  {t(
                    'quoteSourceLine',
                    statement.title,
                    publisherName(statement.publisher),
                    formatDate(statement.date, language),
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function FrameworkDetails({ data }: { data: FrameworkCard }) {
  const language = uiLanguage();
  const names = (['en', 'es'] as const).flatMap((lang) => {
    const name = data.names[lang];
    return name ? [{ lang, name }] : [];
  });
  return (
    <dl class="card__facts">
      <dt>{t('frameworkNames')}</dt>
      <dd>
        <ul class="card__names">
          {names.map(({ lang, name }) => (
            <li key={lang} lang={lang}>
              {name}
            </li>
          ))}
          {data.acronyms.length > 0 && <li>{data.acronyms.join(' · ')}</li>}
        </ul>
      </dd>
      <dt>{t('frameworkKind')}</dt>
      <dd>
        {t(KIND[data.kind])} · {t(COUNTRY[data.country])}
      </dd>
      {data.dates.length > 0 && (
        <>
          <dt>{t('frameworkDates')}</dt>
          <dd>
            <ul>
              {data.dates.map(({ event, date }) => (
                <li key={`${event}:${date}`}>
                  {t(EVENT[event])}: {formatDate(date, language)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {data.agreements.length > 0 && (
        <>
          <dt>{t('frameworkAgreements')}</dt>
          <dd>
            <ul>
              {data.agreements.map((agreement) => (
                <li key={agreement.id}>{agreement.summary}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function AgreementDetails({ data }: { data: AgreementCard }) {
  const language = uiLanguage();
  return (
    <>
      {data.summary !== data.name && <p class="card__summary">{data.summary}</p>}
      <dl class="card__facts">
        <dt>{t('agreementParties')}</dt>
        <dd>{data.parties.map((party) => t(COUNTRY[party])).join(' · ')}</dd>
        <dt>{t('agreementDate')}</dt>
        <dd>{formatDate(data.date, language)}</dd>
        {data.meeting && (
          <>
            <dt>{t('agreementMeeting')}</dt>
            <dd>
              {[data.meeting.name, formatDate(data.meeting.date, language), data.meeting.place]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        )}
        {data.framework && (
          <>
            <dt>{t('agreementFramework')}</dt>
            <dd>{data.framework.name}</dd>
          </>
        )}
        {data.alsoAgreed.length > 0 && (
          <>
            <dt>{t('agreementAlso')}</dt>
            <dd>
              <ul class="card__also">
                {data.alsoAgreed.map((other) => (
                  <li key={other.id}>{other.summary}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
