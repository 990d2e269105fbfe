import type { EntityType } from '@enlace/core';
import { useState } from 'preact/hooks';
import { formatDate } from '../cards/format-date.js';
import { type MessageKey, t, uiLanguage } from '../i18n.js';
import type { Settings } from '../settings/settings.js';
import { parseSites } from '../settings/sites.js';

const TYPES: Array<[EntityType, MessageKey]> = [
  ['official', 'groupOfficials'],
  ['framework', 'groupFrameworks'],
  ['agreement', 'groupAgreements'],
];

/** The look settings that are on or off. */
const SWITCHES: Array<['quiet' | 'clickOnly', MessageKey]> = [
  ['quiet', 'optionsQuiet'],
  ['clickOnly', 'optionsClickOnly'],
];

const LANGUAGES: Array<[Settings['language'], MessageKey]> = [
  ['auto', 'optionsLanguageAuto'],
  ['en', 'optionsLanguageEn'],
  ['es', 'optionsLanguageEs'],
];

export interface OptionsProps {
  initial: Settings;
  save(change: Partial<Settings>): Promise<void>;
  kb: { version: string; builtAt: string };
}

export function Options({ initial, save, kb }: OptionsProps) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    save(patch).then(() => setSaved(true));
  };
  const toggleType = (type: EntityType, on: boolean) =>
    change({
      types: TYPES.map(([each]) => each).filter((each) =>
        each === type ? on : settings.types.includes(each),
      ),
    });

  return (
    <main class="options" lang={uiLanguage()}>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsTypes')}</legend>
        {TYPES.map(([type, label]) => (
          <label key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.types.includes(type)}
              onChange={(event) => toggleType(type, event.currentTarget.checked)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsLook')}</legend>
        {SWITCHES.map(([name, label]) => (
          <label key={name}>
            <input
              type="checkbox"
              name={name}
              checked={settings[name]}
              onChange={(event) => change({ [name]: event.currentTarget.checked })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsSites')}</legend>
        <label class="options__block">
          {t('optionsNeverSites')}
          <textarea
            name="neverSites"
            rows={3}
            value={settings.neverSites.join('\n')}
            onChange={(event) => change({ neverSites: parseSites(event.currentTarget.value) })}
          />
        </label>
        <label class="options__block">
          {t('optionsOnlySites')}
          <textarea
            name="onlySites"
            rows={3}
            value={settings.onlySites.join('\n')}
            onChange={(event) => change({ onlySites: parseSites(event.currentTarget.value) })}
          />
        </label>
      </fieldset>
      <label class="options__block">
        {t('optionsLanguage')}
        <select
          name="language"
          value={settings.language}
          onChange={(event) => change({ language: event.currentTarget.value as Settings['language'] })}
        >
          {LANGUAGES.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <p class="options__status" role="status">
        {saved ? t('optionsSaved') : ''}
      </p>
      <p class="options__about">
        {t('optionsAbout', kb.version, formatDate(kb.builtAt.slice(0, 10), uiLanguage()))}
      </p>
    </main>
  );
}
