import { describe, expect, it } from 'vitest';
import { hashFile, type HashProgress } from './hash-file';
import { hashChunkBytes, sha256OfBlob } from './sha256';

describe('document hashing', () => {
  it('gives the known SHA-256 of a small document', async () => {
    // FIPS 180-2 test vector: SHA-256("abc").
    expect(await hashFile(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives the known SHA-256 of an empty document', async () => {
    expect(await hashFile(new Blob([]))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('reads a document larger than one chunk piece by piece and still hashes all of it', async () => {
    const size = hashChunkBytes * 2 + 17;
    const bytes = new Uint8Array(size).map((_, index) => index % 251);
    const progress: HashProgress[] = [];
    const digest = await hashFile(new Blob([bytes]), (step) => progress.push(step));
    const expected = await crypto.subtle.digest('SHA-256', bytes);
    expect(digest).toBe(
      Array.from(new Uint8Array(expected), (b) => b.toString(16).padStart(2, '0')).join(''),
    );
    expect(progress.map((step) => step.readBytes)).toEqual([hashChunkBytes, hashChunkBytes * 2, size]);
    expect(progress.every((step) => step.totalBytes === size)).toBe(true);
  });

  it('differs when one byte differs', async () => {
    expect(await sha256OfBlob(new Blob(['abd']))).not.toBe(await sha256OfBlob(new Blob(['abc'])));
  });
});
