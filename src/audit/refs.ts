import type { Connection, Exemption, StaffMember } from '../model/records.js';
import type { ConnectionRef, ExemptionRef, StaffRef } from '../model/report.js';

export function toStaffRef(member: StaffMember): StaffRef {
  const ref: StaffRef = { id: member.id, name: member.name };
  if (member.role) ref.role = member.role;
  // A trust's report is split school by school for each governing body (report/forSchool.ts).
  if (member.school?.trim()) ref.school = member.school.trim();
  return ref;
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
