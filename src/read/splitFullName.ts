/** "SMITH, Jane Ann" or "Jane Ann Smith". */
export function splitFullName(name: string): { forename: string; surname: string } {
  const comma = name.indexOf(',');
  if (comma >= 0) return { surname: name.slice(0, comma).trim(), forename: name.slice(comma + 1).trim() };
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { forename: parts[0]!, surname: '' };
  return { forename: parts.slice(0, -1).join(' '), surname: parts[parts.length - 1]! };
}
