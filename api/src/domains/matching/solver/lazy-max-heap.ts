/**
 * Max-heap of (key, node) entries that never updates in place: a changed key is pushed again and the caller
 * drops stale entries when they surface. Used for the sink, whose reverse arcs reach every unmatched need,
 * so that finding its best arc costs a logarithm instead of a scan of all needs.
 */
export class LazyMaxHeap {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  size = 0;

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const { keys, nodes } = this;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (keys[parent]! >= key) break;
      keys[at] = keys[parent]!;
      nodes[at] = nodes[parent]!;
      at = parent;
    }
    keys[at] = key;
    nodes[at] = node;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  topNode(): number {
    return this.nodes[0]!;
  }

  pop(): void {
    const { keys, nodes } = this;
    const size = --this.size;
    if (size === 0) return;
    const key = keys[size]!;
    const node = nodes[size]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[child + 1]! > keys[child]!) child += 1;
      if (keys[child]! <= key) break;
      keys[at] = keys[child]!;
      nodes[at] = nodes[child]!;
      at = child;
    }
    keys[at] = key;
    nodes[at] = node;
  }

  clear(): void {
    this.size = 0;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
