import { describe, expect, it } from 'vitest';
import { soundKey } from '../../src/normalise/soundKey.js';

describe('soundKey', () => {
  it.each([
    ['ambah', 'amber'],
    ['josif', 'joseph'],
    ['elizabit', 'elizabeth'],
    ['verytie', 'verity'],
    ['olyva', 'oliver'],
    ['octavyyah', 'octavia'],
    ['feebee', 'phoebe'],
    ['kloey', 'chloe'],
    ['kaitlyn', 'caitlin'],
    ['jakson', 'jackson'],
  ])('%s sounds like %s', (respelt, name) => {
    expect(soundKey(respelt)).toBe(soundKey(name));
  });

  it.each([
    ['amber', 'amy'],
    ['oliver', 'olivia'],
    ['josie', 'joseph'],
    ['emma', 'emily'],
    ['harry', 'harvey'],
  ])('%s does not sound like %s', (a, b) => {
    expect(soundKey(a)).not.toBe(soundKey(b));
  });
});
