import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleFromUrl } from '../../src/match/handleOf.js';

/** `handleFromUrl` as it read before the last segment was found by hand and handles without `%` left undecoded. */
function handleFromUrlBefore(url: string | undefined): string | undefined {
  if (!url || url.includes('profile.php')) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const segment = path.split('/').filter(Boolean).pop();
  if (!segment || /^(profile\.php|people|pages|groups|in|user|u)$/i.test(segment) || /^\d+$/.test(segment))
    return undefined;
  const text = segment.replace(/^@/, '');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Links made of the pieces real ones have, and of the characters that trip parsers. */
const piece = fc.oneof(
  fc.constantFrom('https://', 'http://', 'www.instagram.com', 'tiktok.com', '/', '//', '@', '?', '#', 'profile.php'),
  fc.constantFrom('in', 'u', 'people', '123', 'jack.smith09', '%20', '%E2%9C%A8', '%', '%zz', '\n', 'é', '\uD83D'),
  fc.string({ unit: fc.constantFrom(...'ab09_.-/?#%@:'.split('')), maxLength: 8 }),
);

describe('handleFromUrl', () => {
  it('reads every link as before', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const url = pieces.join('');
        expect(handleFromUrl(url)).toBe(handleFromUrlBefore(url));
      }),
      { numRuns: 5_000 },
    );
  });

  it('finds the handle at the end of a link, slash or none', () => {
    expect(handleFromUrl('https://www.instagram.com/jack.smith09/')).toBe('jack.smith09');
    expect(handleFromUrl('https://www.tiktok.com/@amy_j?lang=en')).toBe('amy_j');
    expect(handleFromUrl('https://x.com/caf%C3%A9_lou')).toBe('café_lou');
    expect(handleFromUrl('https://www.facebook.com/')).toBeUndefined();
  });
});
