import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { csv, inputsFromText } from '../helpers/sources.js';

describe('warnings name people, not ids', () => {
  it('names the member of staff and the pupil of a family link, and falls back to the id of one not found', async () => {
    const report = await runAudit(
      inputsFromText({
        rolls: {
          'roll.csv': csv(
            'UPN,Forename,Surname,DOB,Year',
            'P1,Harvey,Lewis,01/01/2016,Year  5',
            'P1,Harvey,Lewis,01/01/2016,Year  5',
          ),
        },
        staff: csv('staff_id,name,role', 'S1,Rebecca Lewis,Teacher'),
        exemptions: csv(
          'staff_id,pupil_id,relationship,review_on',
          'S1,P1,parent,2026-09-01',
          'S1,P9,parent,2027-09-01',
        ),
        connections: { 'connections.csv': csv('staff_id,platform,display_name', 'S1,facebook,Someone Else') },
      }),
      { auditDate: '2026-11-24' },
    );
    const args = Object.fromEntries(report.warnings.map((w) => [w.code, w.args]));
    expect(args.EXEMPTION_REVIEW_DUE).toEqual({
      staffId: 'S1',
      pupilId: 'P1',
      staffName: 'Rebecca Lewis',
      pupilName: 'Harvey Lewis',
      reviewOn: '2026-09-01',
    });
    expect(args.EXEMPTION_UNKNOWN_PUPIL).toEqual({ staffId: 'S1', pupilId: 'P9', staffName: 'Rebecca Lewis' });
    expect(args.DUPLICATE_PUPIL).toEqual({ pupilId: 'P1', pupilName: 'Harvey Lewis', firstAt: 'roll.csv:2' });
  });
});
