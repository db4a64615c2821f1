import type { Connection, Pupil, StaffMember } from '../model/records.js';
import type { ReasonCode } from '../model/reasons.js';

/** A pupil an account may be, with the name evidence for it. */
export interface MatchCandidate {
  pupil: Pupil;
  /** 0..1 */
  score: number;
  /** `flag` only when the name evidence alone puts it beyond reasonable doubt. */
  level: 'flag' | 'review';
  reasons: ReasonCode[];
}

/**
 * Finds the pupils behind a connection. Built once per audit over the pupils in scope; `match`
 * is pure and is called once per connection, so it must stay cheap.
 */
export interface Matcher {
  match(connection: Connection, staff: StaffMember | undefined): MatchCandidate[];
}
