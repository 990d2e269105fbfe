/** Messages between the content script (in each frame) and the background. */
export type ToBackground =
  /** A frame's mention count changed; the top frame sends `reset` when a new page starts. */
  | { type: 'mentions'; count: number; reset?: boolean }
  /** The card for a mention; answered with `CardData` or null. Statements stay in the background. */
  | { type: 'card'; entityId: string; matched: string; entityIds?: string[] }
  /** A card's "read the statement" link: pages cannot open extension pages themselves. */
  | { type: 'open-viewer'; url: string };

export type ToContent = { type: 'step'; direction: 1 | -1 };

export function isToBackground(message: unknown): message is ToBackground {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'mentions' || type === 'card' || type === 'open-viewer';
}

export function isToContent(message: unknown): message is ToContent {
  return (message as { type?: unknown } | null)?.type === 'step';
}
