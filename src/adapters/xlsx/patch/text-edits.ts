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
    const sorted = [...this.edits].sort(
      (a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.seq - b.seq,
    );
    let out = '';
    let pos = 0;
    for (const e of sorted) {
      if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
      out += original.slice(pos, e.start) + e.text;
      pos = e.end;
    }
    return out + original.slice(pos);
  }
}
