// Reads a JSON report too large for one string (a trust-wide audit's can pass 512 MB): the file is
// scanned in chunks and each finding is parsed on its own, keeping only what the scorer needs.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const ARRAYS = new Set(['findings', 'exempted']);

/** The few fields of a finding that scoring uses. */
export function slimFinding(f) {
  return {
    level: f.level,
    staff: { id: f.staff?.id },
    pupil: { id: f.pupil?.id },
    connection: { source: f.connection?.source },
    ...(f.score !== undefined ? { score: f.score } : {}),
    ...(f.otherCandidates
      ? {
          otherCandidates: f.otherCandidates.map((c) => ({
            pupil: { id: c.pupil?.id },
            ...(c.score !== undefined ? { score: c.score } : {}),
          })),
        }
      : {}),
  };
}

export function readReport(file, chunkBytes = 1 << 24) {
  const out = { findings: [], exempted: [] };
  const fd = openSync(file, 'r');
  const decoder = new StringDecoder('utf8');
  const buf = Buffer.allocUnsafe(chunkBytes);
  let depth = 0;
  let inStr = false;
  let esc = false;
  let expectKey = false;
  let key = null;
  let keyParts = null;
  let keyStart = 0;
  let arrayKey = null;
  let cap = null;
  let capStart = 0;
  let capKey = null;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      const text = n === 0 ? decoder.end() : decoder.write(buf.subarray(0, n));
      keyStart = 0;
      capStart = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inStr) {
          if (esc) esc = false;
          else if (c === 92) esc = true;
          else if (c === 34) {
            inStr = false;
            if (keyParts) {
              keyParts.push(text.slice(keyStart, i));
              key = keyParts.join('');
              keyParts = null;
            }
          }
          continue;
        }
        if (c === 34) {
          inStr = true;
          if (depth === 1 && expectKey) {
            keyParts = [];
            keyStart = i + 1;
          }
        } else if (c === 123 || c === 91) {
          depth++;
          if (depth === 1) expectKey = true;
          else if (depth === 2) {
            if (ARRAYS.has(key) && c === 91) arrayKey = key;
            else {
              cap = [];
              capStart = i;
              capKey = key;
            }
          } else if (depth === 3 && arrayKey) {
            cap = [];
            capStart = i;
            capKey = arrayKey;
          }
        } else if (c === 125 || c === 93) {
          if (cap && ((depth === 3 && arrayKey) || (depth === 2 && !arrayKey))) {
            cap.push(text.slice(capStart, i + 1));
            const value = JSON.parse(cap.join(''));
            if (arrayKey) out[arrayKey].push(slimFinding(value));
            else out[capKey] = value;
            cap = null;
          } else if (depth === 2 && arrayKey) arrayKey = null;
          depth--;
        } else if (depth === 1 && c === 44) expectKey = true;
        else if (depth === 1 && c === 58) expectKey = false;
      }
      if (keyParts) keyParts.push(text.slice(keyStart));
      if (cap) cap.push(text.slice(capStart));
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
  }
  return out;
}
