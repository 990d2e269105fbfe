export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Where the card sits relative to the mention. */
  side: 'below' | 'above';
}

/** Space kept between the mention and the card, and between the card and the viewport's edge. */
const GAP = 8;

/**
 * Places a card of `size` next to the line box `anchor` (viewport coordinates): below it when it
 * fits, above when the space there is larger, and always inside the viewport horizontally.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP;
  const above = anchor.top - GAP;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const top =
    side === 'below'
      ? Math.min(anchor.top + anchor.height + GAP, Math.max(GAP, viewport.height - size.height - GAP))
      : Math.max(GAP, anchor.top - GAP - size.height);
  const maxLeft = Math.max(GAP, viewport.width - size.width - GAP);
  const left = Math.min(Math.max(GAP, anchor.left), maxLeft);
  return { left, top, side };
}
