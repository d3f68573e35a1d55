import { describe, expect, it } from 'vitest';
import { encodeDisclosurePack, decodeDisclosurePack } from './pack-file';
import { seedDisclosures } from './seed';
import { settings } from '@mocks/settings';

describe('disclosures pack file', () => {
  it('reads back every column, at the reader’s anchor, and is the same ledger whatever anchor it was built at', () => {
    const pack = seedDisclosures(settings.seed, Date.UTC(2026, 10, 30, 12));
    const bytes = encodeDisclosurePack(pack);
    const anchor = Date.UTC(2027, 0, 1);
    const read = decodeDisclosurePack(bytes.buffer, anchor);
    expect(read.anchor).toBe(anchor);
    expect(read.seed).toBe(pack.seed);
    expect(read.count).toBe(pack.count);
    for (const [name, column] of Object.entries(pack)) {
      if (!ArrayBuffer.isView(column)) continue;
      const other: unknown = Reflect.get(read, name);
      expect(other, name).toBeInstanceOf(column.constructor);
      expect(Array.from(other as ArrayLike<number>), name).toEqual(
        Array.from(column as unknown as ArrayLike<number>),
      );
    }
    // Times are offsets from the anchor: a pack built at another anchor is the same file.
    expect(encodeDisclosurePack(seedDisclosures(settings.seed, Date.UTC(2027, 5, 1, 3, 17)))).toEqual(bytes);
  }, 60_000);

  it('refuses bytes that are not a pack file', () => {
    const header = new TextEncoder().encode(JSON.stringify({ seed: 1, count: 12, columns: [] }));
    const bytes = new Uint8Array(4 + header.length);
    new DataView(bytes.buffer).setUint32(0, header.length, true);
    bytes.set(header, 4);
    expect(() => decodeDisclosurePack(bytes.buffer, 0)).toThrow(/not a pack file/);
  });
});
