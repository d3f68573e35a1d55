/**
 * Deterministic randomness for the seed: the same seed gives the same data on every machine and
 * in every tab, which is what lets a test name a record and a reload find it again.
 */

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for fake data, never for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** cyrb53: a fast 53-bit string hash with good spread (not cryptographic). */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A seed for one part of the data (`deriveSeed(seed, 'account', 4711)`), so a big per-record
 * history can be generated on demand without generating everything before it.
 */
export function deriveSeed(seed: number, ...labels: readonly (string | number)[]): number {
  return hashString(labels.join('\u0000'), seed >>> 0) >>> 0;
}

/** A 32-bit integer hash (murmur3's finalizer): a cheap per-record seed from a base seed and an index. */
export function mixSeed(base: number, index: number): number {
  let h = (base ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Weighted choices prepared once (cumulative weights), for draws made 100,000 times: no array or
 * sum is built per draw. `Random.weighted` gives the same pick for the same entries and roll.
 */
export class WeightedTable<T> {
  readonly values: readonly T[];
  private readonly bounds: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('WeightedTable: empty list');
    this.values = entries.map(([value]) => value);
    this.bounds = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], index) => {
      sum += weight;
      this.bounds[index] = sum;
    });
    this.total = sum;
  }

  pick(random: Random): T {
    const roll = random.float() * this.total;
    const { bounds, values } = this;
    for (let index = 0; index < bounds.length; index += 1) {
      if (roll < (bounds[index] ?? 0)) return values[index] as T;
    }
    return values[values.length - 1] as T;
  }
}

/** mulberry32 (as above) with its state in a field, so one instance can be re-seeded per record. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Starts over from `seed`, as `new Random(seed)` would, without allocating. */
  reseed(seed: number): this {
    this.state = seed >>> 0;
    return this;
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Random.pick: empty list');
    return item;
  }

  /** Picks by weight: `weighted([['low', 6], ['high', 1]])`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries.at(-1);
    if (last === undefined) throw new Error('Random.weighted: empty list');
    return last[0];
  }

  /** Roughly normal (sum of three uniforms), centred on `mean`. */
  around(mean: number, spread: number): number {
    return mean + ((this.next() + this.next() + this.next()) / 1.5 - 1) * spread;
  }
}
