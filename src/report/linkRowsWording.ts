/**
 * A family link recorded on several rows of exemptions.csv (two people recorded it at once, or files were joined by
 * hand): said where the link is listed or picked for removal, so that the rows seen in Excel are accounted for.
 */
export function describeLinkRows(file: string, lines: readonly number[]): string {
  const listed = `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
  return `Recorded on ${lines.length} rows of ${file} (lines ${listed}): audits apply the last; removing the link removes every one.`;
}
