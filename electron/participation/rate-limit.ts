/** Token buckets by key: `capacity` at once, refilled at `perSecond`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  take(key: string, now = Date.now()): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** True while the key has nothing left (without spending anything). */
  exhausted(key: string, now = Date.now()): boolean {
    const b = this.buckets.get(key);
    if (!b) return false;
    return Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.perSecond) < 1;
  }
}
