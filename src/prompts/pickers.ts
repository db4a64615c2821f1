import { format } from 'date-fns/format';
import { describePupilStatus, longDate } from '../audit/display.js';
import type { Pupil, StaffMember } from '../model/records.js';
import { toLocalDate } from '../normalise/dates.js';
import { foldName, nameTokens } from '../normalise/names.js';
import { pupilDisplayName, pupilScope, toPupilRef } from '../policy/pupilScope.js';
import type { Choice, PromptKit } from './PromptKit.js';
import { type Searchable, searchable, searchChoices } from './searchChoices.js';

/** Other forms of a folded forename people go by (Harry for Henry); the matcher's nickname table fits. */
export type NameForms = (forename: string) => Iterable<string>;

/** A member of staff as prompts name them: `Jo Bloggs (ST01, Teacher)`. */
export function staffLabel(member: Pick<StaffMember, 'id' | 'name' | 'role'>): string {
  return `${member.name} (${[member.id, member.role].filter(Boolean).join(', ')})`;
}

function staffChoices(staff: readonly StaffMember[]): Searchable<StaffMember>[] {
  return staff.map((member) =>
    searchable(
      {
        value: member,
        name: `${member.name} — ${member.role ?? 'no role given'} · ${member.id}`,
        short: staffLabel(member),
      },
      [member.name, member.forename, member.surname, member.role, member.id],
      foldName(member.surname ?? member.name),
    ),
  );
}

/** How a pupil is shown when picked or summarised: name, status, year and reg group, age. */
export function pupilLabel(pupil: Pupil, today: string): string {
  return `${pupilDisplayName(pupil)} (${describePupilStatus(toPupilRef(pupil, pupilScope(pupil, today)))})`;
}

/**
 * Roll and leavers as choices: name (with preferred name), current or left, year and reg group,
 * age and date of birth. Former pupils the policy no longer covers are shown but cannot be
 * chosen, since a family link to them would exempt nothing.
 */
export function pupilChoices(pupils: readonly Pupil[], today: string, nameForms?: NameForms): Searchable<Pupil>[] {
  return pupils.map((pupil) => {
    const scope = pupilScope(pupil, today);
    const born = pupil.dob ? ` · born ${longDate(pupil.dob)}` : '';
    const choice: Choice<Pupil> = {
      value: pupil,
      name: `${pupilDisplayName(pupil)} — ${describePupilStatus(toPupilRef(pupil, scope))}${born}`,
      short: pupilDisplayName(pupil),
      description: [
        pupil.upn && `UPN ${pupil.upn}`,
        pupil.admissionNumber && `admission no. ${pupil.admissionNumber}`,
        `from ${pupil.source.file}:${pupil.source.line}`,
      ]
        .filter(Boolean)
        .join(' · '),
    };
    if (!scope.inScope) choice.disabled = 'former pupil aged 18 or over: the policy no longer covers them';
    const forenames = [pupil.legalForename, pupil.preferredForename].flatMap((name) => nameTokens(name ?? ''));
    const forms = nameForms ? forenames.flatMap((name) => [...nameForms(name)]) : [];
    return searchable(
      choice,
      [
        pupil.legalForename,
        pupil.preferredForename,
        pupil.middleNames,
        pupil.legalSurname,
        pupil.preferredSurname,
        pupil.yearGroup,
        pupil.regGroup,
        pupil.upn,
        pupil.admissionNumber,
        // "2015" or "01/03/2015" finds a date of birth; "left" or "current" a status.
        pupil.dob,
        pupil.dob && format(toLocalDate(pupil.dob), 'dd/MM/yyyy'),
        scope.status === 'current' ? 'current' : 'former left',
        ...forms,
      ],
      `${scope.status === 'current' ? 0 : 1} ${foldName(pupil.preferredSurname ?? pupil.legalSurname)} ${foldName(pupil.preferredForename ?? pupil.legalForename)}`,
    );
  });
}

export async function pickStaff(kit: PromptKit, staff: readonly StaffMember[]): Promise<StaffMember> {
  const items = staffChoices(staff);
  return kit.search({
    message: 'Member of staff (type part of a name, role or id)',
    source: (term) => searchChoices(items, term),
  });
}

export async function pickPupil(
  kit: PromptKit,
  pupils: readonly Pupil[],
  today: string,
  nameForms?: NameForms,
): Promise<Pupil> {
  const items = pupilChoices(pupils, today, nameForms);
  return kit.search({
    message: 'Pupil (type part of a name, nickname, year or form)',
    source: (term) => searchChoices(items, term),
  });
}
