const encoder = new TextEncoder();

/** Text gathered before it is encoded: large enough that encoding calls are few, small enough to stay cheap to join. */
const BATCH_CHARS = 1 << 16;

/**
 * Encodes many pieces of text to UTF-8 into one fixed buffer, handing each full buffer to
 * `onChunk`: a patched 17 MB sheet never exists whole, neither as one string nor as bytes.
 * A chunk never ends inside a character.
 */
export class Utf8ChunkWriter {
  private readonly buffer: Uint8Array;
  private length = 0;
  private pending = '';

  /** `onChunk` gets a view of the writer's buffer, valid until it returns. */
  constructor(
    chunkBytes: number,
    private readonly onChunk: (bytes: Uint8Array) => void,
  ) {
    // Room for the longest character (4 bytes) whatever the caller asks.
    this.buffer = new Uint8Array(Math.max(16, chunkBytes));
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= BATCH_CHARS) this.encodePending();
  }

  /** Hands over what is left. */
  end(): void {
    this.encodePending();
    this.emit();
  }

  private encodePending(): void {
    let text = this.pending;
    this.pending = '';
    while (text !== '') {
      const { read, written } = encoder.encodeInto(text, this.buffer.subarray(this.length));
      this.length += written;
      if (read === text.length) return;
      text = text.slice(read);
      this.emit();
    }
  }

  private emit(): void {
    if (this.length === 0) return;
    this.onChunk(this.buffer.subarray(0, this.length));
    this.length = 0;
  }
}
