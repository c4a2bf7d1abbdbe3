/**
 * Binary min-heap of node numbers keyed by an external Float64Array, with decrease-key through a position
 * index, so Dijkstra keeps one entry per node and never allocates while it runs.
 */
export class IndexedMinHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity);
  }

  push(node: number): void {
    const at = this.size++;
    this.items[at] = node;
    this.position[node] = at;
    this.siftUp(at);
  }

  /** Call after lowering key[node] of a node that is in the heap. */
  decrease(node: number): void {
    this.siftUp(this.position[node]!);
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.size]!;
    if (this.size > 0) {
      items[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    this.size = 0;
  }

  private siftUp(start: number): void {
    const { items, position, key } = this;
    const node = items[start]!;
    const k = key[node]!;
    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = items[parentAt]!;
      if (key[parent]! <= k) break;
      items[at] = parent;
      position[parent] = at;
      at = parentAt;
    }
    items[at] = node;
    position[node] = at;
  }

  private siftDown(start: number): void {
    const { items, position, key } = this;
    const size = this.size;
    const node = items[start]!;
    const k = key[node]!;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && key[items[right]!]! < key[items[child]!]!) child = right;
      const c = items[child]!;
      if (key[c]! >= k) break;
      items[at] = c;
      position[c] = at;
      at = child;
    }
    items[at] = node;
    position[node] = at;
  }
}
