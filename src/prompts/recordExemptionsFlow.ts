import type { Exemption } from '../model/records.js';
import type { Finding } from '../model/report.js';
import { describeFinding } from './describeFinding.js';
import { askLinkDetails, askRecordedBy, linkSummary, toExemption } from './linkDetails.js';
import type { PromptKit } from './PromptKit.js';

type Answer = 'no' | 'yes' | 'stop';

export interface RecordedLink {
  exemption: Exemption;
  finding: Finding;
}

/**
 * After an audit at a terminal: for each member of staff and pupil it found connected, ask
 * whether a family link has been declared and, if so, its details. One link covers every
 * platform, so each pair is asked about once; the head can stop part-way and keep what was
 * answered. Nothing is written here; the links are returned after a summary and a yes.
 */
export async function recordExemptionsFlow(
  kit: PromptKit,
  context: {
    findings: readonly Finding[];
    existing: readonly Exemption[];
    today: string;
    /** The audit's own date (--date): the review date offered is a year after it. */
    auditDate?: string;
    rememberedRecorder?: string;
    fileName: string;
  },
): Promise<RecordedLink[]> {
  const asked = new Set(context.existing.map((e) => `${e.staffId}\u0000${e.pupilId}`));
  const pairs = context.findings.filter((finding) => {
    const key = `${finding.staff.id}\u0000${finding.pupil.id}`;
    if (asked.has(key)) return false;
    asked.add(key);
    return true;
  });
  if (pairs.length === 0) return [];
  kit.say(
    `\nRecording declared family links: ${pairs.length} pair${pairs.length === 1 ? '' : 's'} of a member of staff and a pupil to go through. "Stop here" saves what you have answered so far; Esc or Ctrl+C stops without saving.`,
  );
  let recordedBy: string | undefined;
  const links: RecordedLink[] = [];
  for (const [index, finding] of pairs.entries()) {
    kit.say(describeFinding(finding, `${index + 1} of ${pairs.length}`));
    const declared = await kit.select<Answer>({
      message: `Has ${finding.staff.name} declared a family link with ${finding.pupil.name}?`,
      choices: [
        { value: 'no', name: 'No' },
        { value: 'yes', name: 'Yes: record it' },
        {
          value: 'stop',
          name: `Stop here${links.length > 0 ? ` and save the ${links.length === 1 ? 'link' : `${links.length} links`} recorded so far` : ''}`,
        },
      ],
    });
    if (declared === 'stop') break;
    if (declared === 'no') continue;
    recordedBy ??= await askRecordedBy(kit, context.rememberedRecorder);
    const details = await askLinkDetails(
      kit,
      { recordedBy },
      { today: context.today, ...(context.auditDate ? { auditDate: context.auditDate } : {}) },
    );
    links.push({ finding, exemption: toExemption(finding.staff.id, finding.pupil.id, details, context.today) });
  }
  if (links.length === 0) {
    kit.say('No family links were recorded.');
    return [];
  }
  kit.say(
    `\nAbout to record ${links.length === 1 ? 'this family link' : `these ${links.length} family links`} in ${context.fileName}:`,
  );
  for (const { finding, exemption } of links) {
    kit.say(
      linkSummary(
        `${finding.staff.name} (${finding.staff.id})`,
        `${finding.pupil.name} (${finding.pupil.id})`,
        exemption,
      ).join('\n'),
    );
    kit.say('');
  }
  if (!(await kit.confirm({ message: links.length === 1 ? 'Record it?' : 'Record them?', default: true }))) {
    kit.say('Nothing was recorded.');
    return [];
  }
  return links;
}
