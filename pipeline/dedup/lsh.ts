/**
 * Locality-sensitive hashing of MinHash signatures by banding: a signature is cut into
 * `bands` bands of `rows` values; two items become candidates when any band is equal,
 * which happens with probability 1 − (1 − J^rows)^bands for Jaccard similarity J.
 */

/** An index of signatures that returns candidate neighbours. */
export class LshIndex {
  private readonly bands: number;
  private readonly rows: number;
  /** One table per band: band hash → the first id, or every id once several share it. */
  private readonly tables: Map<number, number | number[]>[];

  /**
   * @param bands number of bands
   * @param rows values per band (`bands × rows` values of each signature are used; it may be longer)
   * @example new LshIndex(10, 3) // candidates from Jaccard ≈ 0.46 on
   */
  constructor(bands: number, rows: number) {
    if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands <= 0 || rows <= 0) {
      throw new Error(`LSH bands and rows must be positive integers, got ${bands} × ${rows}`);
    }
    this.bands = bands;
    this.rows = rows;
    this.tables = Array.from({ length: bands }, () => new Map<number, number | number[]>());
  }

  private key(signature: Uint32Array, band: number): number {
    let h = 0x811c9dc5;
    for (let row = band * this.rows; row < (band + 1) * this.rows; row++) {
      h = Math.imul(h ^ (signature[row] as number), 0x01000193);
    }
    return h >>> 2; // 30 bits: a small integer key, cheap in a Map
  }

  private check(signature: Uint32Array): void {
    if (signature.length < this.bands * this.rows) {
      throw new Error(`Signature length ${signature.length} is shorter than ${this.bands} bands × ${this.rows} rows`);
    }
  }

  /** Adds an item; ids must grow with each call (candidates come back oldest first). */
  add(id: number, signature: Uint32Array): void {
    this.check(signature);
    for (let band = 0; band < this.bands; band++) {
      const table = this.tables[band] as Map<number, number | number[]>;
      const key = this.key(signature, band);
      const entry = table.get(key);
      if (entry === undefined) table.set(key, id);
      else if (typeof entry === 'number') table.set(key, [entry, id]);
      else entry.push(id);
    }
  }

  /**
   * Ids sharing at least one band with the signature, lazily and oldest first: a caller
   * that stops at its first confirmed match never walks a crowded bucket to its end.
   * Ids must have been added in ascending order.
   *
   * @returns ids in ascending order, each once
   */
  *candidates(signature: Uint32Array): Generator<number> {
    this.check(signature);
    const buckets: number[][] = [];
    for (let band = 0; band < this.bands; band++) {
      const entry = (this.tables[band] as Map<number, number | number[]>).get(this.key(signature, band));
      if (entry !== undefined) buckets.push(typeof entry === 'number' ? [entry] : entry);
    }
    const positions = buckets.map(() => 0);
    let last = -1;
    for (;;) {
      let next = -1;
      buckets.forEach((bucket, b) => {
        const id = bucket[positions[b] as number];
        if (id !== undefined && (next < 0 || id < next)) next = id;
      });
      if (next < 0) return;
      buckets.forEach((bucket, b) => {
        if (bucket[positions[b] as number] === next) positions[b] = (positions[b] as number) + 1;
      });
      if (next !== last) yield next;
      last = next;
    }
  }
}
