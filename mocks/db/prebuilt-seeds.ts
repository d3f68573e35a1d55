/**
 * The seeds the demo build computed at build time, by family: the seed they are of and the URL of
 * the file (`disclosures/pack-file.ts`). `null` here — in the dev server, the tests and Node,
 * where the seeding worker builds every seed — and replaced by `prebuiltSeeds` in
 * `vite.config.ts` for `npm run build:demo` (decision 68).
 */
export interface PrebuiltSeed {
  readonly seed: number;
  readonly url: string;
}

export const prebuiltDisclosures: PrebuiltSeed | null = null;
