import { describe, expect, it } from 'vitest';
import { holdsRecipientRole, reportToFor } from '../../src/policy/reportTo.js';

describe('reportToFor', () => {
  it('sends a finding about the Headteacher to the Chair of Governors, however the role is written', () => {
    for (const role of [
      'Headteacher',
      'head teacher',
      'Head Teacher (Y6)',
      'Executive Head',
      'Executive Headteacher',
      'Principal',
      'Acting Headteacher',
      'Head',
      'Headteacher and DSL',
    ]) {
      expect(reportToFor(role), role).toEqual({ reportTo: 'Chair of Governors', about: 'Headteacher' });
    }
  });

  it('sends a finding about the DSL to the Headteacher', () => {
    for (const role of [
      'DSL',
      'Designated Safeguarding Lead',
      'Deputy Head, DSL',
      'Assistant Head / D.S.L.',
      'designated safeguarding lead (Y5 teacher)',
    ]) {
      expect(reportToFor(role), role).toEqual({ reportTo: 'Headteacher', about: 'Designated Safeguarding Lead' });
    }
  });

  it('sends every other finding to the DSL: deputies, heads of department and missing roles included', () => {
    for (const role of [
      'Deputy Headteacher (Year 6 teacher)',
      'Assistant Head',
      'Vice Principal',
      'Head of Maths',
      'Deputy DSL',
      'Teacher',
      'Governor (Chair of Governors)',
      'PTA Chair',
      '',
      undefined,
    ]) {
      expect(reportToFor(role).reportTo, String(role)).toBe('Designated Safeguarding Lead');
    }
  });
});

describe('holdsRecipientRole', () => {
  it('finds the Chair of Governors, the Headteacher and the DSL on the staff list', () => {
    expect(holdsRecipientRole('Governor (Chair of Governors)', 'Chair of Governors')).toBe(true);
    expect(holdsRecipientRole('Chair of the Governing Board', 'Chair of Governors')).toBe(true);
    expect(holdsRecipientRole('PTA Chair', 'Chair of Governors')).toBe(false);
    expect(holdsRecipientRole('Headteacher', 'Headteacher')).toBe(true);
    expect(holdsRecipientRole('Deputy Headteacher', 'Headteacher')).toBe(false);
    expect(holdsRecipientRole('Deputy Head, DSL', 'Designated Safeguarding Lead')).toBe(true);
    expect(holdsRecipientRole(undefined, 'Headteacher')).toBe(false);
  });
});
