import type { DisclosurePack } from './seed';

/**
 * The disclosures pack as one binary file, so the demo build can ship the default seed's ledger
 * computed at build time (`vite.config.ts`, `prebuiltSeeds`) and a first visit fetches it instead
 * of building it (decision 68). Layout: a 4-byte little-endian length, that many bytes of UTF-8
 * JSON (`{ seed, count, columns: [name, type, byteOffset, length][] }`), then the columns' bytes,
 * each at an offset that is a multiple of 8 from the start of the file. Times stay offsets from
 * the pack's anchor, so the file serves any anchor: the reader gives the one it holds.
 */

const columnTypes = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int32Array,
  Float64Array,
} as const;
type ColumnType = keyof typeof columnTypes;

type Column = [name: string, type: ColumnType, byteOffset: number, length: number];

interface Header {
  seed: number;
  count: number;
  columns: Column[];
}

function typeOf(view: ArrayBufferView): ColumnType | undefined {
  for (const [name, constructor] of Object.entries(columnTypes)) {
    if (view instanceof constructor) return name as ColumnType;
  }
  return undefined;
}

const align = (offset: number) => Math.ceil(offset / 8) * 8;

/** The pack as the file's bytes (see the layout above). Throws on a column of an unknown type. */
export function encodeDisclosurePack(pack: DisclosurePack): Uint8Array<ArrayBuffer> {
  const views = Object.entries(pack).filter((entry): entry is [string, ArrayBufferView] =>
    ArrayBuffer.isView(entry[1]),
  );
  // The header's length depends on the offsets, which depend on the header's length: lay the
  // columns out after a generous header first, then write the header at the start.
  const columns: Column[] = [];
  let bodyLength = 0;
  for (const [name, view] of views) {
    const type = typeOf(view);
    if (!type) throw new Error(`disclosures pack: column ${name} has an unknown type`);
    columns.push([name, type, bodyLength, view.byteLength / columnTypes[type].BYTES_PER_ELEMENT]);
    bodyLength = align(bodyLength + view.byteLength);
  }
  const headerFor = (bodyStart: number) =>
    new TextEncoder().encode(
      JSON.stringify({
        seed: pack.seed,
        count: pack.count,
        columns: columns.map(([name, type, offset, length]) => [name, type, bodyStart + offset, length]),
      } satisfies Header),
    );
  let bodyStart = align(4 + headerFor(0).length + 64);
  let header = headerFor(bodyStart);
  if (4 + header.length > bodyStart) {
    bodyStart = align(4 + header.length + 64);
    header = headerFor(bodyStart);
  }
  const bytes = new Uint8Array(bodyStart + bodyLength);
  new DataView(bytes.buffer).setUint32(0, header.length, true);
  bytes.set(header, 4);
  for (const [index, [, view]] of views.entries()) {
    const offset = columns[index]?.[2] ?? 0;
    bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), bodyStart + offset);
  }
  return bytes;
}

/**
 * The pack in `buffer` (the file's bytes), its columns viewing that buffer (no copy), anchored at
 * `anchor` (epoch ms). Throws when the bytes are not a disclosures pack (a column outside the
 * file, or no header). Imports nothing at run time, so the page's start-up chunk can read it.
 */
export function decodeDisclosurePack(buffer: ArrayBuffer, anchor: number): DisclosurePack {
  const length = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as Header;
  if (!Array.isArray(header.columns) || header.columns.length === 0)
    throw new Error('disclosures pack: not a pack file');
  const pack: Record<string, unknown> = { seed: header.seed, count: header.count, anchor };
  for (const [name, type, byteOffset, columnLength] of header.columns) {
    const constructor = columnTypes[type];
    if (byteOffset % 8 !== 0 || byteOffset + columnLength * constructor.BYTES_PER_ELEMENT > buffer.byteLength)
      throw new Error(`disclosures pack: column ${name} lies outside the file`);
    pack[name] = new constructor(buffer, byteOffset, columnLength);
  }
  return pack as unknown as DisclosurePack;
}
