/**
 * Memoizes a pure function of a non-negative integer for the keys used last: direct-mapped on
 * `key % size`, so a lookup is one comparison and memory stays at `size` entries.
 */
export function recentCache<T>(size: number, compute: (key: number) => T): (key: number) => T {
  const keys = new Float64Array(size).fill(NaN);
  const values = new Array<T>(size);
  return (key) => {
    const at = key % size;
    if (keys[at] === key) return values[at] as T;
    const value = compute(key);
    keys[at] = key;
    values[at] = value;
    return value;
  };
}
