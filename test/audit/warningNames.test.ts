import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { csv, inputsFromText } from '../helpers/sources.js';

describe('warnings name people, not ids', () => {
  it('names the member of staff and the pupil of a family link, and falls back to the id of one not found', async () => {
    const report = await runAudit(
      inputsFromText({
        rolls: { 'roll.csv': csv('UPN,Forename,Surname,DOB,Year', 'P1,Harvey,Lewis,01/01/2016,Year  5', 'P1,Harvey,Lewis,01/01/2016,Year  5') },
        staff: csv('staff_id,name,role', 'S1,Rebecca Lewis,Teacher'),
        exemptions: csv('staff_id,pupil_id,relationship,review_on', 'S1,P1,parent,2026-09-01', 'S1,P9,parent,2027-09-01'),
        connections: { 'connections.csv': csv('staff_id,platform,display_name', 'S1,facebook,Someone Else') },
      }),
      { auditDate: '2026-11-24' },
    );
    const messages = Object.fromEntries(report.warnings.map((w) => [w.code, w.message]));
    expect(messages.EXEMPTION_REVIEW_DUE).toContain('the family link between Rebecca Lewis and Harvey Lewis');
    expect(messages.EXEMPTION_UNKNOWN_PUPIL).toContain('the family link between Rebecca Lewis and pupil id P9');
    expect(messages.DUPLICATE_PUPIL).toContain('Harvey Lewis (pupil P1)');
  });
});
