import { InputError } from '../errors.js';
import type { Pupil } from '../model/records.js';
import { pupilScope } from '../policy/pupilScope.js';
import type { FileSource } from '../read/rolls/TableImporter.js';

/**
 * An audit whose rolls hold no current pupil checks nothing the policy asks first (a roll exported
 * as its header alone, or leavers only): exit 2, never a clean report of nobody.
 */
export function requireCurrentPupils(pupils: readonly Pupil[], rolls: readonly FileSource[], auditDate: string): void {
  if (pupils.some((pupil) => pupilScope(pupil, auditDate).status === 'current')) return;
  throw new InputError(
    rolls.map((roll) => roll.name).join(', '),
    undefined,
    pupils.length === 0
      ? 'holds no pupils (a header and no rows)'
      : `holds no current pupil (${pupils.length} leavers)`,
    'Export the roll of current pupils from your MIS again: an audit without them checks nothing.',
  );
}
