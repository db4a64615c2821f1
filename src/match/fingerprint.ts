/**
 * Two independent 32-bit hashes of `key` (FNV-1a and a Murmur-like one, each finished with
 * Murmur3's mixer), written into `out`: a 64-bit fingerprint that the caches and tallies keep in
 * typed arrays in place of the string. Written into an array so that a million rows allocate nothing.
 */
export function fingerprint(key: string, out: Int32Array): void {
  fingerprintWithout(key, -1, out);
}

/**
 * `fingerprint` of `key` with its code unit at `skip` left out (`key.slice(0, skip) + key.slice(skip + 1)`), or of
 * `key` whole when `skip` is outside it: the typo index asks for every deletion of a word, a string each before.
 */
export function fingerprintWithout(key: string, skip: number, out: Int32Array): void {
  const length = skip >= 0 && skip < key.length ? key.length - 1 : key.length;
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ length;
  for (let i = 0; i < key.length; i++) {
    if (i === skip) continue;
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  out[0] = mix(a);
  out[1] = mix(b ^ 0x2545f491);
}

/** Murmur3's finaliser: every input bit moves every output bit, so the low bits index well. */
function mix(seed: number): number {
  let h = seed ^ (seed >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
