/** Collects items and gives back the best of them, best first. */
export interface TopK<T> {
  add(item: T): void;
  sorted(): T[];
  /** How many items were added, kept or not. */
  readonly added: number;
}

/**
 * Keeps the best `limit` (a whole number) of the items added to it: a query that matches 40,000
 * offers but shows 50 then costs 40,000 comparisons with the worst hit kept instead of a sort of
 * all 40,000. Once `limit` items are in, they form a binary heap with the worst on top, which a
 * better item replaces. `before(a, b) < 0` when a comes before b; with a total order (ties
 * broken, as the search does by id) the result is exactly the first `limit` of a full sort.
 * Without a limit every item is kept and sorted once at the end.
 */
export function topK<T>(before: (a: T, b: T) => number, limit = Infinity): TopK<T> {
  const heap: T[] = [];
  let added = 0;
  /** The item at `i` goes down below every child that comes after it, so the worst stays on top. */
  const down = (i: number) => {
    const item = heap[i]!;
    for (let child = 2 * i + 1; child < heap.length; i = child, child = 2 * i + 1) {
      if (child + 1 < heap.length && before(heap[child + 1]!, heap[child]!) > 0) child++;
      if (before(heap[child]!, item) <= 0) break;
      heap[i] = heap[child]!;
    }
    heap[i] = item;
  };
  return {
    add(item) {
      added++;
      if (heap.length < limit) {
        // full now: order the items as a heap, once
        if (heap.push(item) === limit) for (let i = limit >> 1; i--;) down(i);
      } else if (limit && before(item, heap[0]!) < 0) {
        heap[0] = item;
        down(0);
      }
    },
    sorted: () => heap.sort(before),
    get added() {
      return added;
    },
  };
}
