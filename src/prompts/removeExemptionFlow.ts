import type { Exemption } from '../model/records.js';
import { askRecordedBy, describeExisting } from './linkDetails.js';
import type { PromptKit } from './PromptKit.js';
import { searchable, searchChoices } from './searchChoices.js';

/** A recorded link as the person sees it in the list. */
export interface LinkChoice {
  exemption: Exemption;
  staff: string;
  pupil: string;
  /** Their names alone, as the answered question and the consequence show them: the labels above run past 80 columns. */
  staffName: string;
  pupilName: string;
  /** Where several rows of the file record the link, what that means (`describeLinkRows`). */
  rowsNote?: string;
  /** On neither the roll nor the leavers list: the link exempts nothing now. */
  pupilUnknown?: boolean;
}

export type RemoveExemptionResult = { kind: 'remove'; exemption: Exemption; removedBy: string } | { kind: 'declined' };

/**
 * `exemptions remove` at a terminal: find the link by typing a name, say who is removing it,
 * see it, and confirm (the default is not to remove). Nothing is written here.
 */
export async function removeExemptionFlow(
  kit: PromptKit,
  links: readonly LinkChoice[],
  given: { link?: LinkChoice; removedBy?: string; yes?: boolean; rememberedRecorder?: string },
): Promise<RemoveExemptionResult> {
  const items = links.map((link) =>
    searchable(
      {
        value: link,
        name: `${link.staff} — ${link.pupil} · ${link.exemption.relationship}`,
        short: `${link.staffName} — ${link.pupilName}`,
      },
      [link.staff, link.pupil, link.exemption.staffId, link.exemption.pupilId, link.exemption.relationship],
      `${link.staff} ${link.pupil}`,
    ),
  );
  const link =
    given.link ??
    (await kit.search({
      message: 'Family link to remove (type a staff or pupil name)',
      source: (term) => searchChoices(items, term),
    }));
  const removedBy = given.removedBy ?? (await askRecordedBy(kit, given.rememberedRecorder));
  const { note } = link.exemption;
  kit.say(
    `\nAbout to remove this family link:\n  ${link.staff} — ${link.pupil}\n  ${describeExisting(link.exemption)}${note ? `\n  Note: ${note}` : ''}${link.rowsNote ? `\n  ${link.rowsNote}` : ''}`,
  );
  // What removing it changes: nothing now, for a pupil the school does not know (yet).
  kit.say(
    link.pupilUnknown
      ? `${link.pupilName} is on neither the roll nor the leavers list, so the link exempts nothing now; should the pupil join, audits would report ${link.staffName}’s connections with them.`
      : `Audits from then on report ${link.staffName}’s connections with ${link.pupilName} again.`,
  );
  if (!given.yes && !(await kit.confirm({ message: 'Remove it?', default: false }))) {
    kit.say('Nothing was removed.');
    return { kind: 'declined' };
  }
  return { kind: 'remove', exemption: link.exemption, removedBy };
}
