/** A copy of `array` with room for `capacity` elements. */
export function grown<T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
