import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PupilIdsOnRoll } from '../../src/read/pupilIdsOnRoll.js';

describe('PupilIdsOnRoll', () => {
  const roll = new PupilIdsOnRoll(['00123', 'A123456789012', '0789', '00789', '5']);

  it('takes an id on the roll as it is, and an all-digit one without its leading zeros as the one roll id that fits', () => {
    expect(roll.resolve('00123')).toEqual({ id: '00123' });
    expect(roll.resolve('123')).toEqual({ id: '00123', assumedFrom: '123' });
    expect(roll.resolve('0123')).toEqual({ id: '00123', assumedFrom: '0123' });
    expect(roll.resolve('05')).toEqual({ id: '5', assumedFrom: '05' });
  });

  it('assumes nothing where several fit, for ids with letters, or for other digits', () => {
    expect(roll.resolve('789')).toEqual({ ambiguous: ['00789', '0789'] });
    expect(roll.resolve('A0123456789012')).toBeUndefined();
    expect(roll.resolve('1230')).toBeUndefined();
    expect(roll.resolve('')).toBeUndefined();
  });

  it('reads a kept file’s id, or a decision’s key, as the audit does: changed only where one roll id fits', () => {
    expect(roll.idOnRoll('123')).toBe('00123');
    expect(roll.idOnRoll('789')).toBe('789');
    expect(roll.idOnRoll('A123456789012')).toBe('A123456789012');
    expect(roll.keyOnRoll('S1|facebook|zoe clarke|123')).toBe('S1|facebook|zoe clarke|00123');
    expect(roll.keyOnRoll('S1|facebook|zoe|clarke|789')).toBe('S1|facebook|zoe|clarke|789');
    expect(new PupilIdsOnRoll([]).keyOnRoll('S1|x|y|123')).toBe('S1|x|y|123');
  });

  it('only ever answers with an id on the roll that differs from the one given by leading zeros alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[0-9]{1,6}$/), { maxLength: 30 }),
        fc.stringMatching(/^[0-9]{1,6}$/),
        (ids, given) => {
          const found = new PupilIdsOnRoll(ids).resolve(given);
          const strip = (id: string) => id.replace(/^0+(?=\d)/, '');
          if (ids.includes(given)) expect(found).toEqual({ id: given });
          else if (found === undefined) expect(ids.some((id) => strip(id) === strip(given))).toBe(false);
          else if ('ambiguous' in found) expect(found.ambiguous.length).toBeGreaterThan(1);
          else {
            expect(ids).toContain(found.id);
            expect(strip(found.id)).toBe(strip(given));
            expect(ids.filter((id) => strip(id) === strip(given))).toEqual(ids.filter((id) => id === found.id));
          }
        },
      ),
    );
  });
});
