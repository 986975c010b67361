/** Smaller buffers are not worth it, and Node cuts buffers under 4 KB from one shared pool. */
const MIN_RELEASED_BYTES = 1 << 16;

/**
 * Gives the memory of an inflated part back at the next young collection instead of the next
 * full one. A sheet lives through many young collections while it is patched, so its buffer is
 * promoted, and only a full collection frees it (decision 39 measured it for the read, which
 * no longer releases: decision 56). Transferring the buffer detaches it (its length becomes 0)
 * and hands its memory to a new, unreferenced buffer, which dies young.
 * Only a large view that covers its whole buffer (but for the inflater's spare byte) is
 * released: transferring a buffer shared with other views would empty them too.
 * `bytes` must not be used afterwards.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const transfer = (globalThis as { structuredClone?: (value: unknown, options: { transfer: ArrayBuffer[] }) => unknown }).structuredClone;
  const buffer = bytes.buffer;
  const ownsBuffer = bytes.byteOffset === 0 && buffer.byteLength <= bytes.byteLength + 1;
  if (!transfer || !(buffer instanceof ArrayBuffer) || !ownsBuffer || bytes.byteLength < MIN_RELEASED_BYTES) return;
  try {
    transfer(buffer, { transfer: [buffer] });
  } catch {
    // A buffer the runtime will not transfer keeps its memory until a collection finds it.
  }
}
