import type { Connection, Exemption, StaffMember } from '../model/records.js';
import type { ConnectionRef, ExemptionRef, StaffRef } from '../model/report.js';

export function toStaffRef(member: StaffMember): StaffRef {
  return member.role ? { id: member.id, name: member.name, role: member.role } : { id: member.id, name: member.name };
}

export function toConnectionRef(connection: Connection): ConnectionRef {
  const ref: ConnectionRef = {
    platform: connection.platform,
    source: `${connection.source.file}:${connection.source.line}`,
  };
  if (connection.displayName) ref.name = connection.displayName;
  if (connection.username) ref.username = connection.username;
  if (connection.profileUrl) ref.profileUrl = connection.profileUrl;
  if (connection.relationship) ref.relationship = connection.relationship;
  if (connection.connectedOn) ref.connectedOn = connection.connectedOn;
  return ref;
}

export function toExemptionRef(exemption: Exemption): ExemptionRef {
  const { source: _source, ...rest } = exemption;
  return rest;
}
