/**
 * The one place where UTF-16 indices (JavaScript strings, regex matches, remark,
 * compromise, transformers.js) become the code-point offsets of the output contract.
 */

/** Converts between UTF-16 indices and code-point offsets of one text. */
export class TextIndex {
  readonly text: string;
  /** UTF-16 index of each code point, plus the text length; null when the text is all BMP. */
  private readonly units: Uint32Array | null;
  /** Code-point length of the text. */
  readonly length: number;

  constructor(text: string) {
    this.text = text;
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.units = null;
      this.length = text.length;
      return;
    }
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) {
      units.push(i);
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    units.push(text.length);
    this.units = Uint32Array.from(units);
    this.length = units.length - 1;
  }

  /** Code-point offset of a UTF-16 index (an index inside a pair maps to its pair). */
  toCodePoint(unit: number): number {
    if (this.units === null) return unit;
    let low = 0;
    let high = this.units.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.units[mid] as number) <= unit) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** UTF-16 index of a code-point offset. */
  toUnit(codePoint: number): number {
    if (this.units === null) return codePoint;
    return this.units[Math.min(Math.max(codePoint, 0), this.length)] as number;
  }

  /** The text of a code-point span. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }

  /** Whether a UTF-16 index falls between two code points (not inside a surrogate pair). */
  isBoundary(unit: number): boolean {
    if (this.units === null) return true;
    return this.units[this.toCodePoint(unit)] === unit;
  }
}

/** Code-point length of a string. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
