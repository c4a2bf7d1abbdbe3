/**
 * Events per key (an IP) in a sliding window, in memory: one process only; scaling out needs a shared store.
 * Keys with nothing recent are dropped as they are touched, and a sweep bounds the map under a spray of new keys.
 */
export class WindowCounter {
  private readonly events = new Map<string, number[]>();
  private touches = 0;

  constructor(private readonly windowMs: number, private readonly max: number) {}

  /** True when the key already has `max` events in the window. */
  isFull(key: string, now: Date): boolean {
    return this.recent(key, now.getTime()).length >= this.max;
  }

  record(key: string, now: Date): void {
    const list = this.recent(key, now.getTime());
    list.push(now.getTime());
    this.events.set(key, list);
  }

  /** Records the event unless the key is full; true when it was let through. */
  take(key: string, now: Date): boolean {
    if (this.isFull(key, now)) return false;
    this.record(key, now);
    return true;
  }

  private recent(key: string, t: number): number[] {
    if (++this.touches % 10_000 === 0) this.sweep(t);
    const list = (this.events.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (list.length === 0) this.events.delete(key);
    else this.events.set(key, list);
    return list;
  }

  private sweep(t: number): void {
    for (const [key, list] of this.events) if (!list.some((at) => t - at < this.windowMs)) this.events.delete(key);
  }
}
