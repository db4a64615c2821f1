import type { Presentation } from './ModelParameters.js';

/**
 * How pupils present, with u of being on several staff lists no lower than the share of the lists' other
 * accounts so held (`StaffListings`: every account with a handle, less the pupils' own the EM expects, as m
 * places them): an adult bearing a pupil's name is one of these lists' adults, known to several members of
 * staff as often as they are. The EM's u counts an account by how unlikely it is to be a pupil's, so an adult
 * bearing a rare whole name, which the model takes for the pupil's, counts for next to nothing, and the term
 * then vouches for the name instead of checking it (bar41, #14). `one` keeps the rest; unweighed stays unweighed.
 */
export function withListsShare(
  presentation: Presentation,
  listings: { handled: number; several: number },
  pupilsAccounts: number,
): Presentation {
  const u = presentation.listsShare;
  const m = presentation.lists?.several ?? u?.several;
  if (u?.several === undefined || m === undefined) return presentation;
  const others = listings.handled - pupilsAccounts;
  if (others < 1) return presentation;
  const several = Math.max(0, listings.several - m * pupilsAccounts) / others;
  if (!(several > u.several)) return presentation;
  return { ...presentation, listsShare: { ...u, one: Math.max(0, 1 - several), several } };
}
