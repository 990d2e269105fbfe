import type { EntityType } from '@enlace/core';

/** Messages between the content script (in each frame) and the background. */
export type ToBackground =
  /** A frame's mention count changed; the top frame sends `reset` when a new page starts. */
  | { type: 'mentions'; count: number; reset?: boolean; found?: FoundEntity[] }
  /** The popup asks what every frame of a tab found; answered with `FoundEntity[]`. */
  | { type: 'tab-found'; tabId: number }
  /**
   * The card for a mention; answered with a `CardView` (the card drawn as markup) or null.
   * Statements, and the components that draw them, stay in the background.
   * Here, in `reveal` and in `FoundEntity`, entities go by page reference (see page-ref.ts).
   */
  | { type: 'card'; entityId: string; matched: string; entityIds?: string[] }
  /**
   * The card's stylesheet, answered with its text: asked once, when the first card or announcement
   * needs it, so the pages where nobody opens a card do not carry it in their content script.
   */
  | { type: 'card-styles' }
  /** A card's "read the statement" link: pages cannot open extension pages themselves. */
  | { type: 'open-viewer'; url: string }
  /** The strings for a chosen interface language: a page's script cannot read `_locales` itself. */
  | { type: 'messages'; language: 'en' | 'es' };

export type ToContent =
  | { type: 'step'; direction: 1 | -1 }
  /** The popup asks the top frame what it found; answered with `PageFound`. */
  | { type: 'found' }
  /**
   * The popup asks the top frame to scroll to an entity's next mention and flash it; answered with
   * whether it could. `inFrames` asks the other frames instead, for names only a frame holds.
   */
  | { type: 'reveal'; entityId: string; inFrames?: boolean };

/** One entity found on a page, with how many times it is mentioned there. */
export interface FoundEntity {
  entityId: string;
  type: EntityType;
  count: number;
}

/** What the popup learns from a page: its host, whether it runs there, and what it found. */
export interface PageFound {
  host: string;
  running: boolean;
  found: FoundEntity[];
}

export function isToBackground(message: unknown): message is ToBackground {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'mentions' ||
    type === 'card' ||
    type === 'card-styles' ||
    type === 'open-viewer' ||
    type === 'messages' ||
    type === 'tab-found'
  );
}

export function isToContent(message: unknown): message is ToContent {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'step' || type === 'found' || type === 'reveal';
}
