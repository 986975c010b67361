import { Utf8Builder } from '../xml/utf8-builder';

interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly seq: number;
}

/**
 * Replacements and insertions at offsets of one original text, applied in one pass so that
 * every byte outside them stays as it was.
 */
export class TextEdits {
  private readonly edits: TextEdit[] = [];

  get size(): number {
    return this.edits.length;
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, seq: this.edits.length });
  }

  /** Insertions at the same offset keep the order they were made in, before any replacement there. */
  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  apply(original: string): string {
    if (this.edits.length === 0) return original;
    let out = '';
    this.eachPiece(original, (piece) => {
      out += piece;
    });
    return out;
  }

  /** The edited text as UTF-8, for a large part: the edited text itself is never made. */
  applyAsUtf8(original: string): Uint8Array {
    let added = 0;
    for (const e of this.edits) added += e.text.length;
    // Sheet XML is nearly all ASCII: one byte a character, and the builder grows for the rest.
    const out = new Utf8Builder(original.length + added + (added >> 3));
    this.eachPiece(original, (piece) => out.append(piece));
    return out.bytes();
  }

  /** The pieces of the edited text in order: unchanged runs of the original and edit texts. */
  private eachPiece(original: string, emit: (piece: string) => void): void {
    const sorted = [...this.edits].sort(
      (a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.seq - b.seq,
    );
    let pos = 0;
    for (const e of sorted) {
      if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
      if (e.start > pos) emit(original.slice(pos, e.start));
      if (e.text !== '') emit(e.text);
      pos = e.end;
    }
    if (pos < original.length) emit(original.slice(pos));
  }
}
