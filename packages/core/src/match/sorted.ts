/**
 * The first index in `[0, count)` at which `before(index)` is false, where `before` holds up to some
 * index and not after it: the one binary search behind every sorted list the matcher keeps.
 */
export function firstNotBefore(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index of an ascending list whose value is at least `x`. */
export function firstAtOrAfter(list: number[], x: number): number {
  return firstNotBefore(list.length, (index) => list[index]! < x);
}

/** The index of the first item of a start-sorted list that starts at or after `from`. */
export function firstFrom(list: ReadonlyArray<readonly [number, ...number[]]>, from: number): number {
  return firstNotBefore(list.length, (index) => list[index]![0] < from);
}

/** The items of a start-sorted list that start in `[from, to)`. */
export function within<T extends readonly [number, ...number[]]>(
  list: readonly T[],
  from: number,
  to: number,
): T[] {
  const low = firstFrom(list, from);
  let end = low;
  while (end < list.length && list[end]![0] < to) end++;
  return list.slice(low, end);
}
