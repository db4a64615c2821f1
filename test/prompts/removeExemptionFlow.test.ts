import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { Exemption } from '../../src/model/records.js';
import { type LinkChoice, removeExemptionFlow } from '../../src/prompts/removeExemptionFlow.js';
import { answerLast, testKit, until } from './harness.js';

/**
 * `exemptions remove` at a terminal showed the link without its note ("Niece, declared ahead of her
 * Reception place"), the one thing that says why it was recorded, and said "Audits from then on report their
 * connections again" also of a link naming no pupil on the roll, which exempts nothing now.
 */
const exemption = (more: Partial<Exemption> = {}): Exemption => ({
  staffId: 'S1',
  pupilId: 'A100000000009',
  relationship: 'aunt',
  recordedOn: '2026-10-12',
  recordedBy: 'H. Ashworth',
  note: 'Niece, declared ahead of her Reception place',
  ...more,
});
const link = (pupil: string | undefined, more: Partial<Exemption> = {}): LinkChoice => ({
  exemption: exemption(more),
  staff: 'Jane Doe (S1, Teacher)',
  pupil: pupil === undefined ? 'A100000000009' : `${pupil} (current pupil, Reception R, age 4)`,
  staffName: 'Jane Doe',
  pupilName: pupil ?? 'A100000000009',
  ...(pupil === undefined ? { pupilUnknown: true } : {}),
});

async function shownBeforeRemoving(choice: LinkChoice): Promise<string> {
  const { kit, said } = testKit();
  const result = removeExemptionFlow(kit, [choice], { link: choice, removedBy: 'K. Head' });
  await until('Remove it?');
  answerLast('n');
  expect(await result).toEqual({ kind: 'declined' });
  return said.join('');
}

describe('exemptions remove at a terminal, before asking', () => {
  it('shows the link’s note, and whose connections audits report again', async () => {
    const shown = await shownBeforeRemoving(link('Ava Smith'));
    expect(shown).toContain('Note: Niece, declared ahead of her Reception place');
    expect(shown).toContain('Audits from then on report Jane Doe’s connections with Ava Smith again.');
  });

  it('of a link naming no pupil on the roll or leavers list: it exempts nothing now', async () => {
    const { note: _note, ...unnoted } = exemption();
    const shown = await shownBeforeRemoving({ ...link(undefined), exemption: unnoted });
    expect(shown).not.toContain('Note:');
    expect(shown).toContain('A100000000009 is on neither the roll nor the leavers list');
    expect(shown).not.toContain('report their connections again');
    expect(screen.getScreen()).toContain('Remove it?');
  });
});
