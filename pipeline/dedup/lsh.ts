/**
 * Locality-sensitive hashing of MinHash signatures by banding: a signature is cut into
 * `bands` bands of `rows` values; two items become candidates when any band is equal,
 * which happens with probability 1 − (1 − J^rows)^bands for Jaccard similarity J.
 */

/** An index of signatures that returns candidate neighbours. */
export class LshIndex {
  private readonly bands: number;
  private readonly rows: number;
  private readonly buckets = new Map<number, number[]>();

  /**
   * @param bands number of bands
   * @param rows values per band (`bands × rows` must equal the signature length)
   * @example new LshIndex(16, 4) // candidates from Jaccard ≈ 0.5 on
   */
  constructor(bands: number, rows: number) {
    if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands <= 0 || rows <= 0) {
      throw new Error(`LSH bands and rows must be positive integers, got ${bands} × ${rows}`);
    }
    this.bands = bands;
    this.rows = rows;
  }

  private keys(signature: Uint32Array): number[] {
    if (signature.length !== this.bands * this.rows) {
      throw new Error(`Signature length ${signature.length} does not match ${this.bands} bands × ${this.rows} rows`);
    }
    const keys: number[] = [];
    for (let band = 0; band < this.bands; band++) {
      let h = 0x811c9dc5;
      for (let row = band * this.rows; row < (band + 1) * this.rows; row++) {
        h = Math.imul(h ^ (signature[row] as number), 0x01000193);
      }
      keys.push(band * 0x100000000 + (h >>> 0)); // the band is part of the key
    }
    return keys;
  }

  /** Adds an item (ids should grow with insertion order). */
  add(id: number, signature: Uint32Array): void {
    for (const key of this.keys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  /**
   * Ids sharing at least one band with the signature.
   *
   * @returns ids in ascending order, each once
   */
  candidates(signature: Uint32Array): number[] {
    const found = new Set<number>();
    for (const key of this.keys(signature)) {
      for (const id of this.buckets.get(key) ?? []) found.add(id);
    }
    return [...found].sort((a, b) => a - b);
  }
}
