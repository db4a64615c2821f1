import type { Warning } from '../model/warnings.js';

/** What a pupil id in exemptions.csv or decisions.csv is taken to be on the roll. */
export type RollId =
  | { id: string }
  /** Not on the roll, but one all-digit roll id differs from it only by leading zeros: taken as that one. */
  | { id: string; assumedFrom: string }
  /** Not on the roll, and several roll ids differ from it only by leading zeros: applied to none. */
  | { ambiguous: string[] };

/**
 * The roll's pupil ids, for the files the tool keeps: Excel reads an admission number `00123` as the
 * number 123 and saves it so, and a family link or a review decision must not be lost for that. Only
 * all-digit ids are taken so (a UPN keeps its letter), and only where one roll id fits.
 */
export class PupilIdsOnRoll {
  private readonly ids: ReadonlySet<string>;
  private readonly byDigits = new Map<string, string[]>();

  constructor(ids: Iterable<string>) {
    this.ids = new Set(ids);
    for (const id of this.ids) {
      if (!/^\d+$/.test(id)) continue;
      const digits = withoutLeadingZeros(id);
      const list = this.byDigits.get(digits);
      if (list) list.push(id);
      else this.byDigits.set(digits, [id]);
    }
  }

  /** Undefined where the id is neither on the roll nor a leading-zero form of one on it (an unknown pupil). */
  resolve(id: string): RollId | undefined {
    if (this.ids.has(id) || !/^\d+$/.test(id)) return this.ids.has(id) ? { id } : undefined;
    const near = this.byDigits.get(withoutLeadingZeros(id));
    if (!near) return undefined;
    return near.length === 1 ? { id: near[0]!, assumedFrom: id } : { ambiguous: [...near].sort() };
  }

  /** The roll's id for a pupil id as a kept file gives it, as the audit takes it: the id as given where none fits, or several. */
  idOnRoll(given: string): string {
    const found = this.resolve(given);
    return found && 'id' in found ? found.id : given;
  }

  /** A decision's connection key with its pupil id (its last part) as the audit takes it: rows are matched so. */
  keyOnRoll(key: string): string {
    const at = key.lastIndexOf('|') + 1;
    const tail = key.slice(at);
    const id = this.idOnRoll(tail);
    return id === tail ? key : key.slice(0, at) + id;
  }

  /**
   * The roll's id for a record's pupil id, with the warning that says what was assumed (or, where
   * several roll ids fit, that none was); the id as given where nothing fits.
   */
  align(
    given: string,
    about: { file: string; kind: 'exemption' | 'decision'; staffId: string },
  ): { id: string; warning?: Warning } {
    const found = this.resolve(given);
    if (!found) return { id: given };
    if ('ambiguous' in found)
      return {
        id: given,
        warning: {
          code: 'PUPIL_ID_LEADING_ZEROS',
          args: { ...about, given, rollIds: found.ambiguous, applied: false },
        },
      };
    if (!('assumedFrom' in found)) return { id: found.id };
    return {
      id: found.id,
      warning: { code: 'PUPIL_ID_LEADING_ZEROS', args: { ...about, given, rollIds: [found.id], applied: true } },
    };
  }
}

function withoutLeadingZeros(id: string): string {
  return id.replace(/^0+(?=\d)/, '');
}
