import type { Finding, PupilRef } from '../model/report.js';
import {
  describeAccount,
  describeCandidatesLeftOut,
  describeConfirmed,
  describeHeldAtReview,
  describeProfileLink,
  describePupilStatus,
  describeReasons,
  describeRelationship,
  describeSameAccount,
  describeSameAccountElsewhere,
  describeWeighing,
  LEVEL_TEXT,
  LEVEL_VERB,
  longDate,
} from './wording.js';

/** A pupil as a finding names them: the name, and what the policy goes by (status, year, age). */
export interface PupilWords {
  name: string;
  status: string;
}

/**
 * What a finding says, each part in the reports' words: the text report, the PDF and the review prompt lay these
 * out and style them each their own way, but none of them words a part of a finding itself.
 */
export interface FindingWords {
  /** FLAG or REVIEW. */
  level: string;
  /** The level's claim: the account is the pupil, or may be. */
  verb: string;
  pupil: PupilWords;
  /** The account as the platform shows it: `Instagram: "Zoë L" (@zoe.l)`. */
  account: string;
  relationship: string;
  /** `Profile link: https://…`, where the list gave a link to the account beside its name or handle. */
  link: string | undefined;
  /** `since 6 June 2026`, where the list dates the connection. */
  since: string | undefined;
  /** The reasons, one after another. */
  why: string;
  /** The evidence weighed most, for and against, with how likely it makes the finding. */
  weighed: string | undefined;
  /** Why a REVIEW at FLAG's bar is not a FLAG. */
  held: string | undefined;
  /** The other pupils the account may be. */
  others: PupilWords[];
  /** A school's copy: how many of those are other schools' pupils, not named. */
  leftOut: string | undefined;
  sameAccount: string | undefined;
  sameAccountElsewhere: string | undefined;
  /** Who confirmed it at an earlier review, and when. */
  confirmed: string | undefined;
  source: string;
}

export function findingWords(finding: Finding): FindingWords {
  const { connection } = finding;
  const decision = finding.decision?.decision === 'confirm' ? finding.decision : undefined;
  return {
    level: LEVEL_TEXT[finding.level],
    verb: LEVEL_VERB[finding.level],
    pupil: pupilWords(finding.pupil),
    account: describeAccount(connection),
    relationship: describeRelationship(connection.relationship),
    link: describeProfileLink(connection),
    since: connection.connectedOn ? `since ${longDate(connection.connectedOn)}` : undefined,
    why: describeReasons(finding.reasons),
    weighed: describeWeighing(finding),
    held: describeHeldAtReview(finding),
    others: (finding.otherCandidates ?? []).map((other) => pupilWords(other.pupil)),
    leftOut: finding.otherCandidatesLeftOut ? describeCandidatesLeftOut(finding.otherCandidatesLeftOut) : undefined,
    sameAccount: finding.sameAccount?.length ? describeSameAccount(finding.sameAccount) : undefined,
    sameAccountElsewhere: finding.sameAccountElsewhere?.length
      ? describeSameAccountElsewhere(finding.sameAccountElsewhere)
      : undefined,
    confirmed: decision && describeConfirmed(decision),
    source: connection.source,
  };
}

/** The account, how it is connected and since when, on one line: `TikTok: "Oguz Yilmaz" · friends · since 6 June 2026`. */
export function connectionLine(words: FindingWords): string {
  return [words.account, words.relationship, words.since].filter(Boolean).join(' · ');
}

function pupilWords(pupil: PupilRef): PupilWords {
  return { name: pupil.name, status: describePupilStatus(pupil) };
}
