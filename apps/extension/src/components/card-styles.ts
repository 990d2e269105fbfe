/**
 * The card's styles, kept with the components and put inside the card's shadow root, where the
 * page's CSS cannot reach and from where ours cannot leak. A stylesheet imported as a string, so the
 * build minifies it: the content script carries it on every page.
 */
import cardCss from './card.css?inline';

export const cardStyles: string = cardCss;
