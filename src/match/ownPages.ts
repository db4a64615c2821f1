/** The typed arrays the audit grows or makes large. */
export type Growing = Float64Array | Int32Array | Uint8Array | Int8Array;

/** A typed array's constructor, of a length or over a buffer. */
export type TypedOf<T extends Growing> = (new (
  from: number | ArrayBuffer,
) => T) & { readonly BYTES_PER_ELEMENT: number };

/**
 * `length` zeros, a large array in pages of its own: a resizable ArrayBuffer, whose pages V8 maps itself,
 * given back to the system as soon as it is let go (`giveBack`) or collected. As malloc's, an array freed
 * stayed resident: past the first large array freed, glibc serves every array under that size from its heap
 * and keeps what is freed there, and a trust-wide audit's estimates grew it by 30 MB of holes (docs/performance.md,
 * speed47 and mem48). `room`: the length it may grow to in place (`outgrown`). Smaller arrays are malloc's small
 * blocks, reused as they are freed.
 */
export function ownPages<T extends Growing>(Typed: TypedOf<T>, length: number, room = length): T {
  const bytes = length * Typed.BYTES_PER_ELEMENT;
  if (bytes < OWN_PAGES_FROM) return new Typed(length);
  return new Typed(new ResizableBuffer(bytes, { maxByteLength: Math.max(bytes, room * Typed.BYTES_PER_ELEMENT) }));
}

/** What ES2024 adds to ArrayBuffer (the project's lib is ES2023; node 20 has them). */
export interface Resizable extends ArrayBuffer {
  readonly resizable?: boolean;
  readonly maxByteLength: number;
  resize(bytes: number): void;
}

const ResizableBuffer = ArrayBuffer as unknown as new (
  bytes: number,
  options: { maxByteLength: number },
) => ArrayBuffer;

/** From this size an array has pages of its own. */
const OWN_PAGES_FROM = 64 * 1024;
