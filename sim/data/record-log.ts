/** Position of a record in Twilio's list order: newest first, then SID descending. */
export interface Key {
  sec: number;
  sid: string;
}

/** Inclusive bounds on a record's key second; filters narrow it before anything is generated. */
export interface SecRange {
  minSec: number;
  maxSec: number;
}

/** Negative when `a` is listed before `b`. */
export function compareListOrder(a: Key, b: Key): number {
  if (a.sec !== b.sec) return b.sec - a.sec;
  return a.sid === b.sid ? 0 : a.sid < b.sid ? 1 : -1;
}

/** Records 0..count-1, oldest first: `secOf` never decreases with the index. */
export interface GeneratedSeries<T> {
  count: number;
  secOf(index: number): number;
  make(index: number): T;
  indexOf(sid: string): number | null;
}

/** How many records of the series start at or before `sec` (binary search on the index). */
function countAtOrBefore(series: GeneratedSeries<unknown>, sec: number): number {
  let lo = 0;
  let hi = series.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (series.secOf(mid) <= sec) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the pager walks: records strictly after (or before) a cursor, in list order. */
export interface PageSource<T> {
  forward(after: Key | null): Iterable<T>;
  backward(before: Key | null): Iterable<T>;
  keyOf(item: T): Key;
}

/**
 * One account's calls or messages: a lazily generated series merged with the few records added
 * at run time, plus patches that tests apply to either.
 */
export class RecordLog<T extends { sid: string }> {
  private readonly added: T[] = [];
  private readonly addedBySid = new Map<string, T>();
  private readonly patches = new Map<string, Partial<T>>();
  private readonly listeners: ((changed: readonly T[]) => void)[] = [];

  constructor(
    private readonly series: GeneratedSeries<T>,
    readonly keyOf: (item: T) => Key,
  ) {}

  get generatedCount(): number {
    return this.series.count;
  }

  get addedCount(): number {
    return this.added.length;
  }

  /** Generated records that start at or before `sec` (a binary search: nothing is generated). */
  generatedAtOrBefore(sec: number): number {
    return countAtOrBefore(this.series, sec);
  }

  /**
   * `listener` hears of every record an add, patch or restore touches (a patched one as it was and
   * as it is), so what is derived from records (usage) can drop exactly what went stale.
   */
  onChange(listener: (changed: readonly T[]) => void): void {
    this.listeners.push(listener);
  }

  get(sid: string): T | null {
    const added = this.addedBySid.get(sid);
    if (added) return this.patched(added);
    const index = this.series.indexOf(sid);
    return index === null ? null : this.patched(this.series.make(index));
  }

  /** Records added at run time; one sort per batch keeps large batches cheap. */
  addAll(items: readonly T[]): void {
    this.added.push(...items);
    this.added.sort((a, b) => compareListOrder(this.keyOf(a), this.keyOf(b)));
    for (const item of items) this.addedBySid.set(item.sid, item);
    this.notify(items);
  }

  /** What was added or patched at run time, for saving; `restoreRuntime` takes it back. */
  runtime(): { added: T[]; patches: [string, Partial<T>][] } {
    return { added: [...this.added], patches: [...this.patches] };
  }

  restoreRuntime(runtime: { added: readonly T[]; patches: readonly [string, Partial<T>][] }): void {
    if (runtime.added.length > 0) this.addAll(runtime.added);
    const before = runtime.patches.map(([sid]) => this.get(sid));
    for (const [sid, patch] of runtime.patches) this.patches.set(sid, patch);
    const after = runtime.patches.map(([sid]) => this.get(sid));
    this.notify([...before, ...after].filter((item): item is T => item !== null));
  }

  patch(sid: string, patch: Partial<T>): T | null {
    const before = this.get(sid);
    if (!before) return null;
    this.patches.set(sid, { ...this.patches.get(sid), ...patch });
    const after = this.get(sid);
    this.notify(after ? [before, after] : [before]);
    return after;
  }

  private notify(changed: readonly T[]): void {
    for (const listener of this.listeners) listener(changed);
  }

  source(range: SecRange, keep: (item: T) => boolean): PageSource<T> {
    const inRange = (item: T) => {
      const { sec } = this.keyOf(item);
      return sec >= range.minSec && sec <= range.maxSec;
    };
    const order = (a: T, b: T) => compareListOrder(this.keyOf(a), this.keyOf(b));
    const select = (items: Iterable<T>) => keepPatched(items, (item) => this.patched(item), keep);
    return {
      keyOf: this.keyOf,
      forward: (after) => {
        const added = this.added.filter((a) => inRange(a) && (!after || compareListOrder(this.keyOf(a), after) > 0));
        return select(merge(this.generatedForward(after, range), added, order));
      },
      backward: (before) => {
        const added = this.added.filter((a) => inRange(a) && (!before || compareListOrder(this.keyOf(a), before) < 0));
        return select(merge(this.generatedBackward(before, range), added.reverse(), (a, b) => order(b, a)));
      },
    };
  }

  private patched(item: T): T {
    const patch = this.patches.get(item.sid);
    return patch ? { ...item, ...patch } : item;
  }

  private *generatedForward(after: Key | null, range: SecRange): Generator<T> {
    const series = this.series;
    const top = Math.min(range.maxSec, after ? after.sec : Infinity);
    let hi = top === Infinity ? series.count : countAtOrBefore(series, top);
    while (hi > 0) {
      const sec = series.secOf(hi - 1);
      if (sec < range.minSec) return;
      let lo = hi - 1;
      while (lo > 0 && series.secOf(lo - 1) === sec) lo--;
      for (const item of this.sameSecond(lo, hi, 1)) {
        if (!after || compareListOrder(this.keyOf(item), after) > 0) yield item;
      }
      hi = lo;
    }
  }

  private *generatedBackward(before: Key | null, range: SecRange): Generator<T> {
    const series = this.series;
    const bottom = Math.max(range.minSec, before ? before.sec : -Infinity);
    let lo = bottom === -Infinity ? 0 : countAtOrBefore(series, bottom - 1);
    while (lo < series.count) {
      const sec = series.secOf(lo);
      if (sec > range.maxSec) return;
      let hi = lo + 1;
      while (hi < series.count && series.secOf(hi) === sec) hi++;
      for (const item of this.sameSecond(lo, hi, -1)) {
        if (!before || compareListOrder(this.keyOf(item), before) < 0) yield item;
      }
      lo = hi;
    }
  }

  /** Records sharing one start second are ordered by SID, so they are generated as a group. */
  private sameSecond(lo: number, hi: number, direction: 1 | -1): T[] {
    const group: T[] = [];
    for (let i = lo; i < hi; i++) group.push(this.series.make(i));
    return group.sort((a, b) => direction * compareListOrder(this.keyOf(a), this.keyOf(b)));
  }
}

function* merge<T>(a: Iterable<T>, b: Iterable<T>, order: (x: T, y: T) => number): Generator<T> {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  let l = left.next();
  let r = right.next();
  while (!l.done || !r.done) {
    if (r.done || (!l.done && order(l.value, r.value) <= 0)) {
      yield l.value as T;
      l = left.next();
    } else {
      yield r.value;
      r = right.next();
    }
  }
}

function* keepPatched<T>(items: Iterable<T>, view: (item: T) => T, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) {
    const patched = view(item);
    if (keep(patched)) yield patched;
  }
}
