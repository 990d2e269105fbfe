import type { CardData } from '../cards/card-data.js';
import { Card } from '../components/Card.js';
import type { MarkupElement } from './markup.js';

/** A card as the background sends it to a page: drawn, and named for the screen reader's announcement. */
export interface CardView {
  name: string;
  markup: MarkupElement;
}

/** The card over a page. Only in the background's build, where JSX evaluates to markup (see `markup-jsx.ts`). */
export function cardView(data: CardData): CardView {
  return { name: data.name, markup: (<Card data={data} />) as unknown as MarkupElement };
}
