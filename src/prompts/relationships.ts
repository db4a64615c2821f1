import { quote, UserError } from '../errors.js';

/** The family links the policy has in mind, as the Headteacher picks them. */
export const FAMILY_RELATIONSHIPS = [
  'parent',
  'step-parent',
  'carer/guardian',
  'sibling',
  'grandparent',
  'aunt/uncle',
  'cousin',
] as const;

const ALIASES: Record<string, string> = {
  parent: 'parent',
  mother: 'parent',
  father: 'parent',
  mum: 'parent',
  dad: 'parent',
  stepparent: 'step-parent',
  stepmother: 'step-parent',
  stepfather: 'step-parent',
  carerguardian: 'carer/guardian',
  carer: 'carer/guardian',
  guardian: 'carer/guardian',
  sibling: 'sibling',
  brother: 'sibling',
  sister: 'sibling',
  grandparent: 'grandparent',
  grandmother: 'grandparent',
  grandfather: 'grandparent',
  auntuncle: 'aunt/uncle',
  aunt: 'aunt/uncle',
  uncle: 'aunt/uncle',
  cousin: 'cousin',
};

/**
 * `--relationship` as scripts give it: one of the list (spaces, case and punctuation aside, and
 * a few everyday words such as "mother" or "uncle"), or `other: WORDS` for another family link,
 * which is recorded as WORDS.
 */
export function parseRelationship(raw: string): string {
  const other = /^other(?:\s+family)?\s*:\s*(.+)$/i.exec(raw.trim());
  if (other) return other[1]!.trim();
  const known = ALIASES[raw.toLowerCase().replace(/[^a-z]/g, '')];
  if (known) return known;
  throw new UserError(`--relationship ${quote(raw)} is not one of ${FAMILY_RELATIONSHIPS.join(', ')}`, {
    hint: 'For another family link, give its words after "other:", e.g. --relationship "other: godparent".',
  });
}
