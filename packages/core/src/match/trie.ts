/**
 * Build time: lays a set of folded patterns out as the breadth-first trie `CompiledMatcher` ships.
 * Each pattern carries a payload triple; patterns with the same folded text share a state.
 */

export interface TriePattern {
  folded: string;
  payload: [number, number, number];
}

export interface TrieLayout {
  childCounts: number[];
  labels: string;
  acceptStates: number[];
  acceptFirst: number[];
  patterns: number[];
}

interface Node {
  children: Map<number, Node>;
  payloads: Array<[number, number, number]>;
}

const node = (): Node => ({ children: new Map(), payloads: [] });

export function buildTrie(patterns: TriePattern[]): TrieLayout {
  const root = node();
  for (const { folded, payload } of patterns) {
    if (folded.length === 0) continue;
    let current = root;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let next = current.children.get(code);
      if (!next) {
        next = node();
        current.children.set(code, next);
      }
      current = next;
    }
    if (!current.payloads.some((p) => p[0] === payload[0] && p[1] === payload[1] && p[2] === payload[2])) {
      current.payloads.push(payload);
    }
  }

  const childCounts: number[] = [];
  const labels: number[] = [];
  const acceptStates: number[] = [];
  const acceptFirst: number[] = [];
  const flat: number[] = [];
  const queue: Node[] = [root];
  for (let state = 0; state < queue.length; state++) {
    const current = queue[state]!;
    const codes = [...current.children.keys()].sort((x, y) => x - y);
    childCounts.push(codes.length);
    for (const code of codes) {
      labels.push(code);
      queue.push(current.children.get(code)!);
    }
    if (current.payloads.length > 0) {
      acceptStates.push(state);
      acceptFirst.push(flat.length / 3);
      for (const payload of current.payloads) flat.push(...payload);
    }
  }
  acceptFirst.push(flat.length / 3);

  let labelText = '';
  const CHUNK = 4096;
  for (let i = 0; i < labels.length; i += CHUNK) {
    labelText += String.fromCharCode(...labels.slice(i, i + CHUNK));
  }
  return { childCounts, labels: labelText, acceptStates, acceptFirst, patterns: flat };
}
