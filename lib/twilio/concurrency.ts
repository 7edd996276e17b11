/**
 * A concurrency cap per Twilio account that adapts: Twilio limits concurrent requests per
 * account (the number is unpublished) and answers 429/20429 above it. Each 429 halves the cap;
 * a run of successes raises it by one again, up to the maximum.
 */
export class AdaptiveLimiter {
  private active = 0;
  private successes = 0;
  private readonly waiting: (() => void)[] = [];
  limit: number;

  constructor(
    private readonly max: number,
    private readonly min = 1,
    private readonly successesToGrow = 20,
  ) {
    this.limit = max;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** Twilio said "too many": back off multiplicatively. */
  throttled(): void {
    this.limit = Math.max(this.min, Math.floor(this.limit / 2));
    this.successes = 0;
  }

  succeeded(): void {
    this.successes += 1;
    if (this.successes >= this.successesToGrow && this.limit < this.max) {
      this.limit += 1;
      this.successes = 0;
      this.wakeUp();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    this.active -= 1;
    this.wakeUp();
  }

  private wakeUp(): void {
    while (this.active < this.limit && this.waiting.length > 0) {
      this.active += 1;
      this.waiting.shift()?.();
    }
  }
}
