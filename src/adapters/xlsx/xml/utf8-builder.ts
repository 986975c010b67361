const encoder = new TextEncoder();

/** Text gathered before it is encoded: large enough that encoding calls are few, small enough to stay cheap to join. */
const BATCH_CHARS = 1 << 16;

/**
 * UTF-8 bytes built from many pieces of text without ever joining all the text: a patched 17 MB
 * sheet was a rope of 100,000s of slices, flattened into one string and then encoded into a
 * third copy. Here the pieces are joined a batch at a time and encoded into one growing buffer.
 */
export class Utf8Builder {
  private buffer: Uint8Array;
  private length = 0;
  private pending = '';

  /** `expectedBytes`: the likely final size, so that the buffer seldom grows. */
  constructor(expectedBytes: number) {
    this.buffer = new Uint8Array(Math.max(64, expectedBytes));
  }

  append(text: string): void {
    this.pending += text;
    if (this.pending.length >= BATCH_CHARS) this.flush();
  }

  bytes(): Uint8Array {
    this.flush();
    return this.buffer.subarray(0, this.length);
  }

  private flush(): void {
    let text = this.pending;
    this.pending = '';
    while (text !== '') {
      const { read, written } = encoder.encodeInto(text, this.buffer.subarray(this.length));
      this.length += written;
      if (read === text.length) return;
      // A UTF-8 character takes at most 3 bytes per UTF-16 unit: this much room fits the rest.
      text = text.slice(read);
      this.grow(text.length * 3);
    }
  }

  private grow(atLeast: number): void {
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + atLeast));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}
