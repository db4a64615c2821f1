import { FingerprintSlots } from './FingerprintSlots.js';
import { forenameEntry, forenameInitialKey, initialEntry, initialKey, pairEntry } from './indexEntries.js';
import { MiddlePairs } from './MiddlePairs.js';
import { type PupilNameForms, SUR_PART } from './pupilNameForms.js';
import { pushOnce } from './pushOnce.js';

/** The four kinds of key, told apart in a key's second half. */
const PAIR = 0;
const INITIAL_PAIR = 1;
const FORENAME = 2;
const FORENAME_INITIAL = 3;

/** `initialKey`'s and `forenameInitialKey`'s packing, undone when the lists are filed by (kind, x, y). */
const INITIAL_SHIFT = initialKey(1, 0);
const FORENAME_INITIAL_SHIFT = forenameInitialKey(1, 0);

/**
 * PupilIndex's blocking keys on whole name forms: forename × surname pairs, initial × surname,
 * forenames alone and forename × a surname's initial (the typo and sound keys are the index's own).
 * Filed in Maps while pupils are added; `trim` then files every list once in one table of numbers
 * (`FingerprintSlots`) and lets the Maps go: a trust-wide audit's 37 indexes kept 230,000 lists in
 * 16,000 Maps of Maps and four Maps each, 26 MiB of heap that lasted the whole audit (docs/performance.md, perf45).
 */
export class BlockingKeys {
  private building: Building | undefined = {
    pairs: new Map(),
    initialPairs: new Map(),
    forenames: new Map(),
    forenameInitials: new Map(),
  };
  /** Once trimmed: (kind, x, y), mixed (`keyOf`) → list number + 1. */
  private slots = new FingerprintSlots(2 ** 26, 16);
  private readonly lists: (readonly number[])[] = [];
  /** Middle name × surname form (a pupil going by their middle name): apart, so no other search meets them. */
  private readonly middlePairs = new MiddlePairs();

  /** Files the pupil at `at` under its forms (`initialOf`: the first letter of a forename form). Never after `trim`. */
  add(
    at: number,
    { fores, surs, surnames }: Pick<PupilNameForms, 'fores' | 'surs' | 'surnames'>,
    initialOf: (foreId: number) => string,
  ): void {
    const building = this.building;
    if (!building) throw new Error('BlockingKeys: a pupil filed after trim');
    for (const [foreId, foreKind] of fores) {
      pushOnce(building.forenames, foreId, forenameEntry.of(at, foreKind));
      let bySurname = building.pairs.get(foreId);
      if (!bySurname) {
        bySurname = new Map();
        building.pairs.set(foreId, bySurname);
      }
      for (const [surId, surKind] of surs) pushOnce(bySurname, surId, pairEntry.of(at, foreKind, surKind));
    }
    const initials = [...new Set(surnames.map((surname) => surname.charCodeAt(0) - 0x61))].filter(
      (letter) => letter >= 0 && letter < 26,
    );
    for (const [foreId, foreKind] of fores)
      for (const letter of initials)
        pushOnce(building.forenameInitials, forenameInitialKey(foreId, letter), forenameEntry.of(at, foreKind));
    for (const [foreId] of fores) {
      const initial = initialOf(foreId);
      for (const [surId, surKind] of surs)
        pushOnce(building.initialPairs, initialKey(initial.charCodeAt(0), surId), initialEntry.of(at, surKind));
    }
  }

  /** Files the pupil at `at` under each middle name beside each whole surname form (`pairEntry`, its fore kind 0). */
  addMiddles(at: number, middleIds: readonly number[], surs: PupilNameForms['surs']): void {
    for (const middleId of middleIds)
      for (const [surId, surKind] of surs)
        if (surKind !== SUR_PART) this.middlePairs.add(middleId, surId, pairEntry.of(at, 0, surKind));
  }

  /** Pupils (read with `pairEntry`) with this middle name and surname form. */
  middlePair(middleId: number, surId: number): Int32Array | undefined {
    return this.middlePairs.of(middleId, surId);
  }

  /**
   * Once every pupil is filed: each list, copied to its exact size (V8 leaves room for 17 once a second
   * number is pushed), filed in the table; look-ups read the same lists in the same order.
   */
  trim(): void {
    const building = this.building;
    if (!building) return;
    this.building = undefined;
    this.middlePairs.pack();
    let count = building.initialPairs.size + building.forenames.size + building.forenameInitials.size;
    for (const bySurname of building.pairs.values()) count += bySurname.size;
    // Room for every list before the table would grow: filled between three eighths and three quarters.
    let slots = 16;
    while (4 * (count + 1) > 3 * slots) slots *= 2;
    this.slots = new FingerprintSlots(2 ** 26, slots);
    for (const [foreId, bySurname] of building.pairs)
      for (const [surId, list] of bySurname) this.file(PAIR, foreId, surId, list);
    for (const [key, list] of building.initialPairs)
      this.file(INITIAL_PAIR, Math.floor(key / INITIAL_SHIFT), key % INITIAL_SHIFT, list);
    for (const [foreId, list] of building.forenames) this.file(FORENAME, foreId, 0, list);
    for (const [key, list] of building.forenameInitials)
      this.file(FORENAME_INITIAL, Math.floor(key / FORENAME_INITIAL_SHIFT), key % FORENAME_INITIAL_SHIFT, list);
  }

  /** Pupils (read with `pairEntry`) with this forename form and surname form. */
  pair(foreId: number, surId: number): readonly number[] | undefined {
    return this.lookUp(PAIR, foreId, surId);
  }

  /** Pupils (read with `initialEntry`) with a forename starting with `initial` and this surname form. */
  initialPair(initial: string, surId: number): readonly number[] | undefined {
    const code = initial.charCodeAt(0);
    return Number.isNaN(code) ? undefined : this.lookUp(INITIAL_PAIR, code, surId);
  }

  /** Pupils (read with `forenameEntry`) with this forename form and a surname starting with `initial`. */
  forenameWithInitial(foreId: number, initial: string): readonly number[] | undefined {
    const letter = initial.charCodeAt(0) - 0x61;
    return letter >= 0 && letter < 26 && initial.length === 1
      ? this.lookUp(FORENAME_INITIAL, foreId, letter)
      : undefined;
  }

  /** Pupils (read with `forenameEntry`) with this forename form. */
  forename(foreId: number): readonly number[] | undefined {
    return this.lookUp(FORENAME, foreId, 0);
  }

  private file(kind: number, x: number, y: number, list: number[]): void {
    this.lists.push(list.length > 1 ? list.slice() : list);
    this.slots.insert(keyOf(kind, x, y), x * 4 + kind, this.lists.length);
  }

  private lookUp(kind: number, x: number, y: number): readonly number[] | undefined {
    const at = this.slots.find(keyOf(kind, x, y), x * 4 + kind);
    return at < 0 ? undefined : this.lists[this.slots.value(at) - 1];
  }
}

interface Building {
  /** Forename form → surname form → entries: two small-integer keys, where one key of both would not be small. */
  pairs: Map<number, Map<number, number[]>>;
  initialPairs: Map<number, number[]>;
  forenames: Map<number, number[]>;
  /** Forename form × initial of a surname (`Jack S`): the `forenames` entries of pupils with such a surname. */
  forenameInitials: Map<number, number[]>;
}

/**
 * A key's first half: `y` mixed with the second half (`x * 4 + kind`) by Murmur3's finaliser, which, like the
 * exclusive or before it, maps distinct numbers to distinct numbers: the two halves together tell every key apart.
 */
function keyOf(kind: number, x: number, y: number): number {
  return mix(y ^ mix(x * 4 + kind));
}

function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
