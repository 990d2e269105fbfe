import type { QuoteData } from '../cards/card-data.js';
import { formatDate } from '../cards/format-date.js';
import { t, uiLanguage } from '../i18n.js';
import { publisherName } from './publisher-name.js';

export interface QuoteProps {
  quote: QuoteData;
  /**
   * Opens the extension's statement page in place of the link's own navigation. On a news page the
   * card layer does this for `.quote__statement` links (a page cannot open extension pages itself).
   */
  openViewer?: (url: string) => void;
}

/** One sentence from a statement, the matched span marked, with links to its sources. */
export function Quote({ quote, openViewer }: QuoteProps) {
  const onViewer = openViewer
    ? (event: MouseEvent) => {
        event.preventDefault();
        openViewer(quote.viewerUrl);
      }
    : undefined;
  return (
    <figure class="quote">
      <blockquote class="quote__text" lang={quote.language}>
        {quote.before}
        <mark class="quote__focus">{quote.focus}</mark>
        {quote.after}
      </blockquote>
      <figcaption class="quote__source">
        <span>
          {t(
            'quoteSourceLine',
            quote.title,
            publisherName(quote.publisher),
            formatDate(quote.date, uiLanguage()),
          )}
        </span>
        <span class="quote__links">
          <a
            class="quote__statement"
            href={quote.viewerUrl}
            target="_blank"
            rel="noopener"
            onClick={onViewer}
          >
            {t('quoteReadStatement')}
          </a>
          {quote.originalUrl && (
            <a href={quote.originalUrl} target="_blank" rel="noopener noreferrer">
              {t('quoteOriginal')}
            </a>
          )}
        </span>
      </figcaption>
    </figure>
  );
}
