import { InputError, UserError } from '../errors.js';
import type { Connection, StaffMember } from '../model/records.js';
import { foldName } from '../normalise/names.js';

/**
 * Resolves the staff member a connection list belongs to. With a staff list, ids and names are
 * looked up in it; without one, staff are known by the ids and names their lists carry.
 */
export class StaffDirectory {
  private readonly byId = new Map<string, StaffMember>();
  private readonly byName = new Map<string, StaffMember>();
  /** Names two or more members of staff share: a list known by such a name alone is nobody's for sure. */
  private readonly sharedNames = new Map<string, StaffMember[]>();
  /** Ids named by connection lists but missing from staff.csv. */
  readonly unknownIds = new Set<string>();
  private lastId: string | undefined;
  private lastMember: StaffMember | undefined;

  constructor(
    staff: readonly StaffMember[],
    private readonly staffFileName: string | undefined,
  ) {
    for (const member of staff) this.remember(member);
  }

  get hasStaffList(): boolean {
    return this.staffFileName !== undefined;
  }

  all(): StaffMember[] {
    return [...this.byId.values()];
  }

  isKnown(id: string): boolean {
    return this.byId.has(id);
  }

  /** A connection's staff member; unknown ones join the directory so each is reported once. */
  resolve(connection: Connection): StaffMember {
    const id = connection.staffId;
    // A list's rows come one member of staff at a time.
    if (id !== undefined && id === this.lastId) return this.lastMember!;
    let known = id ? this.byId.get(id) : undefined;
    if (!known && connection.staffName) {
      const folded = foldName(connection.staffName);
      this.refuseShared(folded, connection.staffName, connection.source.file, connection.source.line);
      known = this.byName.get(folded);
      // An id the list gives is never overridden by a name: it may be a typo, or a colleague staff.csv lacks
      // (the same id in other capitals, beside the same name, is the same colleague).
      if (known && id && known.id.toLowerCase() !== id.toLowerCase()) {
        if (this.hasStaffList) throw this.otherId(id, known, connection);
        known = undefined;
      }
    }
    if (known) {
      if (id && known.id === id) {
        this.lastId = id;
        this.lastMember = known;
      }
      return known;
    }
    const member: StaffMember = { id: id ?? connection.staffName ?? '?', name: connection.staffName ?? id ?? '?' };
    if (this.hasStaffList) this.unknownIds.add(member.id);
    this.remember(member);
    return member;
  }

  /**
   * The staff member whose subfolder of `connections/` this is: named by id or by name, as in
   * staff.csv (`S003`, `Jane Doe`, `S003 Jane Doe`). `shown` is the folder as messages name it
   * (`connections.zip/connections/S07` where the folder came zipped).
   */
  resolveFolder(folder: string, shown = `connections/${folder}`): StaffMember {
    const bare = folder.replace(/\.zip$/i, '');
    const byId = this.byId.get(bare) ?? [...this.byId.values()].find((m) => m.id.toLowerCase() === bare.toLowerCase());
    if (byId) return byId;
    const folded = foldName(bare);
    this.refuseShared(folded, bare, shown);
    const byName =
      this.byName.get(folded) ??
      [...this.byId.values()].find(
        (m) => folded.split(' ').includes(m.id.toLowerCase()) && folded.includes(foldName(m.name)),
      );
    if (byName) return byName;
    if (!this.hasStaffList) {
      const member: StaffMember = { id: bare, name: bare };
      this.remember(member);
      return member;
    }
    const ids = this.all().map((m) => `${m.id} (${m.name})`);
    throw new UserError(`${shown}: no one in ${this.staffFileName} has the id or name "${bare}"`, {
      hint: `Name each subfolder of connections/ after a staff id or name in ${this.staffFileName}: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}`,
    });
  }

  private remember(member: StaffMember): void {
    this.byId.set(member.id, member);
    const name = foldName(member.name);
    const first = name ? this.byName.get(name) : undefined;
    if (name && !first) this.byName.set(name, member);
    else if (first && first.id !== member.id)
      this.sharedNames.set(name, [...(this.sharedNames.get(name) ?? [first]), member]);
  }

  private otherId(id: string, known: StaffMember, connection: Connection): InputError {
    return new InputError(
      connection.source.file,
      connection.source.line,
      `staff_id "${id}" is not in ${this.staffFileName}, but "${connection.staffName}" is, as ${known.id}`,
      `If this is ${known.name}’s list, correct its staff_id to ${known.id}; if it is another colleague’s, add them to ${this.staffFileName}.`,
    );
  }

  /**
   * A list known only by a name two members of staff share is refused, not given to the first: a
   * finding is an accusation, and it must not fall on the wrong colleague.
   */
  private refuseShared(folded: string, name: string, file: string, line?: number): void {
    const shared = this.sharedNames.get(folded);
    if (!shared) return;
    const who = shared.map((m) => `${m.id} (${m.name})`).join(', ');
    throw new InputError(
      file,
      line,
      `"${name}" is the name of ${shared.length} members of staff in ${this.staffFileName ?? 'the lists'}: ${who}`,
      'Name this list by the member of staff’s id (a staff_id column, or a subfolder of connections/ named after the id).',
    );
  }
}
