import { InputError } from '../errors.js';
import type { Pupil } from '../model/records.js';
import { pupilScope } from '../policy/pupilScope.js';
import type { FileSource } from '../read/rolls/TableImporter.js';

const HINT = 'Export the roll of current pupils from your MIS again: an audit without them checks nothing.';

/**
 * An audit whose rolls hold no current pupil checks nothing the policy asks first (a roll exported
 * as its header alone, or leavers only): exit 2, never a clean report of nobody. The file named is
 * the one that held no pupils (not the leavers beside it), else the first roll.
 */
export function requireCurrentPupils(pupils: readonly Pupil[], rolls: readonly FileSource[], auditDate: string): void {
  if (rolls.length === 0 || pupils.some((pupil) => pupilScope(pupil, auditDate).status === 'current')) return;
  const read = new Set(pupils.map((pupil) => pupil.source.file));
  const empty = rolls.filter((roll) => !read.has(roll.name));
  if (empty.length > 0) {
    const others = empty.slice(1).map((roll) => roll.name);
    const nor = others.length > 0 ? `; nor do ${others.join(', ')}` : '';
    throw new InputError(empty[0]!.name, undefined, `holds no pupils (a header and no rows)${nor}`, HINT);
  }
  const where = rolls.length > 1 ? ` in ${rolls.map((roll) => roll.name).join(', ')}` : '';
  throw new InputError(rolls[0]!.name, undefined, `holds no current pupil (${pupils.length} leavers${where})`, HINT);
}
