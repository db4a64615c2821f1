import { describe, expect, it } from 'vitest';
import { MODEL_PARAMETERS } from '../../src/match/data/modelParameters.js';
import { MiddleNameBearers } from '../../src/match/middleBearers.js';
import { monthOf } from '../../src/match/monthOf.js';
import { NameWords } from '../../src/match/NameWords.js';
import { nameFrequencyWeight } from '../../src/match/nameFrequency.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { pupil } from './fixtures/pupils.js';

// Adults bearing a pupil's middle name with the surname, counted on the accounts connected before the pupil was 4
// (weak44). Invented pupils.
describe('the bearers of pupils’ middle names', () => {
  const withMiddle = Array.from({ length: 30 }, (_, i) => ({
    pupil: pupil(`M${i}`, 'Thomas', `Standcliffe${'abcdefghijklmnopqrstuvwxyzABCD'[i]}`, { middleNames: 'James Rose' }),
  }));
  const without = Array.from({ length: 30 }, (_, i) => ({ pupil: pupil(`N${i}`, 'Amy', `Quiney${i}`) }));
  const early = monthOf('2014-01-01')!;

  it('counts an early account bearing a pupil’s middle name and surname, not the forename’s', () => {
    const bearers = new MiddleNameBearers(withMiddle, new NameWords());
    for (let at = 0; at < 30; at += 2)
      bearers.noteAccount(at, ['james', `standcliffe${'abcdefghijklmnopqrstuvwxyzabcd'[at]}`], early);
    for (let at = 1; at < 30; at += 2)
      bearers.noteAccount(at, ['thomas', `standcliffe${'abcdefghijklmnopqrstuvwxyzabcd'[at]}`], early);
    const estimate = bearers.estimate(
      () => 1,
      () => 0.001,
    );
    expect(estimate.seen).toBe(15);
    expect(estimate.beyond).toBeGreaterThan(0.4);
  });

  it('leaves pupils with no middle name out of the count: they would only dilute it', () => {
    const bearers = new MiddleNameBearers([...withMiddle, ...without], new NameWords());
    for (let at = 0; at < 30; at++)
      bearers.noteAccount(at, ['rose', `standcliffe${'abcdefghijklmnopqrstuvwxyzabcd'[at]}`], early);
    expect(
      bearers.estimate(
        () => 1,
        () => 0.001,
      ).exposure,
    ).toBe(30);
  });

  it('weighs a middle name the less, the more its bearers beyond chance', () => {
    const facts = { accounts: 20_000, forenameShare: 0.001, surnameShare: 0.0001, otherAccounts: undefined };
    const levels = { ...WHOLE_NAME_LEVELS, fore: 'middleName', sur: 'full' };
    const none = nameFrequencyWeight(MODEL_PARAMETERS, levels, facts)!;
    const many = nameFrequencyWeight(MODEL_PARAMETERS, levels, { ...facts, namesakes: { beyond: 0.5, rate: 0.5 } })!;
    expect(many).toBeLessThan(none - 2);
  });
});
