import { Parser } from 'htmlparser2';

/**
 * The visible text of an HTML document, as a reader sees it: script, style and other non-rendered
 * elements skipped, so are elements hidden by `hidden`, `aria-hidden="true"`, `display:none` or
 * `visibility:hidden` inline styles; a blank line at every block boundary, so a name never joins
 * across paragraphs; whitespace runs collapsed outside `pre`.
 */

const NOT_RENDERED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'datalist',
  'svg',
  'math',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function hides(name: string, attributes: Record<string, string>): boolean {
  if (NOT_RENDERED.has(name)) return true;
  if ('hidden' in attributes) return true;
  if (attributes['aria-hidden']?.toLowerCase() === 'true') return true;
  if (name === 'input' && attributes.type?.toLowerCase() === 'hidden') return true;
  return HIDING_STYLE.test(attributes.style ?? '');
}

/** The visible text of an HTML document, and its declared language (`<html lang>`). */
export function readHtml(html: string): { text: string; lang: string | undefined } {
  let out = '';
  let lang: string | undefined;
  // Per open element: whether it hides its content, whether it keeps whitespace.
  const stack: Array<{ hidden: boolean; pre: boolean }> = [];
  let hiddenDepth = 0;
  let preDepth = 0;

  const separate = (separator: string) => {
    const trimmed = out.replace(/[ \t]+$/, '');
    if (trimmed.length === 0) {
      out = '';
      return;
    }
    const existing = /\n*$/.exec(trimmed)![0].length;
    out = trimmed + (existing >= separator.length ? '' : '\n'.repeat(separator.length - existing));
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') lang = attributes.lang;
        const hidden = hides(name, attributes);
        const pre = name === 'pre' || name === 'textarea';
        stack.push({ hidden, pre });
        if (hidden) hiddenDepth++;
        if (pre) preDepth++;
        if (hiddenDepth > 0) return;
        if (name === 'br') separate('\n');
        else if (BLOCKS.has(name)) separate('\n\n');
      },
      onclosetag(name) {
        const top = stack.pop();
        if (!top) return;
        if (top.hidden) hiddenDepth--;
        if (top.pre) preDepth--;
        if (hiddenDepth === 0 && BLOCKS.has(name)) separate('\n\n');
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        if (preDepth > 0) {
          out += text;
          return;
        }
        const collapsed = text.replace(/[ \t\r\n\f]+/g, ' ');
        out += /(^|[ \n])$/.test(out) ? collapsed.replace(/^ /, '') : collapsed;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: out.trim(), lang };
}
