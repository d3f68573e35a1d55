import { hashString } from './random';

/**
 * Ids look opaque (`acc_4k2m9x`), as the API promises, but the mock can turn one back into the
 * index of the seeded record in O(1): with 100,000 accounts generated lazily there is no table
 * to look an id up in. An affine map modulo 36^6 scrambles the index; its inverse undoes it.
 */

const width = 6;
const modulus = 36 ** width; // 2^12 · 3^12

/** Indexes an id can encode: 0 up to this, exclusive. */
export const idIndexLimit = modulus;
const bigModulus = BigInt(modulus);
/** Indices from here on are never seeded: records created at run time take a random one. */
const freshFrom = 1_000_000_000;

function modInverse(value: bigint, mod: bigint): bigint {
  let [oldR, r] = [value % mod, mod];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % mod) + mod) % mod;
}

function randomIndex(): number {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  return freshFrom + ((high * 4294967296 + low) % (modulus - freshFrom));
}

export interface IdCodec {
  readonly prefix: string;
  /** The id of the seeded record number `index`. */
  encode(index: number): string;
  /** The index behind an id, or `undefined` when it is not an id of this kind. */
  decode(id: string): number | undefined;
  /** A number that orders like `encode(index)` does as a string (the ids have a fixed width). */
  order(index: number): number;
  /** A new id for a record created at run time; never one of the seeded ones. */
  fresh(): string;
}

export function idCodec(prefix: string): IdCodec {
  const spread = hashString(prefix);
  // The multiplier must be coprime with 2 and 3; below 2^21 so index · multiplier stays exact.
  let multiplier = (spread % 1_048_576) + 1_048_576;
  while (multiplier % 2 === 0 || multiplier % 3 === 0) multiplier += 1;
  const offset = Math.floor(spread / 1_048_576) % modulus;
  const inverse = modInverse(BigInt(multiplier), bigModulus);
  const pattern = new RegExp(`^${prefix}_([0-9a-z]{${String(width)}})$`);

  const encode = (index: number): string => {
    if (!Number.isInteger(index) || index < 0 || index >= modulus)
      throw new Error(`${prefix}: bad index ${String(index)}`);
    const code = (index * multiplier + offset) % modulus;
    return `${prefix}_${code.toString(36).padStart(width, '0')}`;
  };

  return {
    prefix,
    encode,
    decode(id) {
      const match = pattern.exec(id);
      if (!match?.[1]) return undefined;
      const code = BigInt(parseInt(match[1], 36));
      const index =
        (((((code - BigInt(offset)) % bigModulus) + bigModulus) % bigModulus) * inverse) % bigModulus;
      return Number(index);
    },
    order: (index) => (index * multiplier + offset) % modulus,
    fresh: () => encode(randomIndex()),
  };
}

/** One codec per id prefix of the API; seeded record `n` of each kind has `ids.<kind>.encode(n)`. */
export const ids = {
  account: idCodec('acc'),
  alert: idCodec('alr'),
  incident: idCodec('inc'),
  policy: idCodec('pol'),
  disclosure: idCodec('dis'),
  inquiry: idCodec('inq'),
  auditEvent: idCodec('evt'),
  /** Not in the API's prefix list; the audit log names sessions and notices by these. */
  session: idCodec('ses'),
  notice: idCodec('ntc'),
  /** Notification batches of incident notices. */
  batch: idCodec('nbt'),
} as const;

/** Random, unguessable enough for a mock (session ids, journal entries). */
export function randomToken(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += (byte % 36).toString(36);
  return out;
}
