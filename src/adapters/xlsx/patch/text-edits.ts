interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly seq: number;
}

/**
 * Replacements and insertions at offsets of one original text, written out in order so that
 * every byte outside them stays as it was. A large text is written out a stretch at a time
 * (`writeUpTo`): only the edits not yet written are kept.
 */
export class TextEdits {
  private pending: TextEdit[] = [];
  private seq = 0;
  /** Where the original has been written up to. */
  private written = 0;

  get size(): number {
    return this.pending.length;
  }

  replace(start: number, end: number, text: string): void {
    if (start < this.written) throw new Error(`edit at ${start}, before ${this.written} already written`);
    this.pending.push({ start, end, text, seq: this.seq++ });
  }

  /** Insertions at the same offset keep the order they were made in, before any replacement there. */
  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /** Where the original has been written out up to. */
  get writtenUpTo(): number {
    return this.written;
  }

  /** The whole edited text, for a part small enough to hold (none of it written out before). */
  apply(original: string): string {
    if (this.pending.length === 0 && this.written === 0) return original;
    let out = '';
    this.writeUpTo(original, 0, original.length, (piece) => {
      out += piece;
    });
    return out;
  }

  /**
   * Hands `emit` the edited text from where the last call stopped up to offset `end` of the
   * original: unchanged runs of the original and edit texts, in order. `text` holds the original
   * from offset `base` on (a part read in chunks); every pending edit must end by `end`.
   */
  writeUpTo(text: string, base: number, end: number, emit: (piece: string) => void): void {
    const sorted = this.pending.length < 2 ? this.pending : this.pending.sort(
      (a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.seq - b.seq,
    );
    let pos = this.written;
    for (const e of sorted) {
      if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
      if (e.end > end) throw new Error(`edit at ${e.start} runs past ${end}`);
      if (e.start > pos) emit(text.slice(pos - base, e.start - base));
      if (e.text !== '') emit(e.text);
      pos = e.end;
    }
    if (pos < end) emit(text.slice(pos - base, end - base));
    this.written = Math.max(pos, end);
    this.pending = [];
  }
}
