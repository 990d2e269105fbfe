import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `browser.i18n` as the browser implements it for our message files: named placeholders over $1…$9. */
export function fakeI18n(locale: 'en' | 'es') {
  const messages: Record<string, Message> = locale === 'es' ? es : en;
  return {
    i18n: {
      getMessage(name: string, substitutions: string[] = []) {
        const entry = messages[name];
        if (!entry) return '';
        return entry.message.replace(/\$(\w+)\$/g, (_all, placeholder: string) => {
          const content = entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
          return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
        });
      },
      getUILanguage: () => locale,
    },
    runtime: { getURL: (path: string) => `chrome-extension://enlace-test${path}` },
  };
}
