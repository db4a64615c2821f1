import { textSourceFromString } from '../../src/io/TextSource.js';
import type { AuditInputs } from '../../src/model/AuditInputs.js';

/** An audit's inputs from strings, for tests that need no files. */
export function inputsFromText(files: {
  rolls: Record<string, string>;
  staff?: string;
  exemptions?: string;
  decisions?: string;
  connections?: Record<string, string>;
}): AuditInputs {
  const inputs: AuditInputs = {
    rolls: Object.entries(files.rolls).map(([name, text]) => textSourceFromString(name, text)),
    connections: Object.entries(files.connections ?? {}).map(([name, text]) => ({
      source: textSourceFromString(name, text),
    })),
  };
  if (files.staff !== undefined) inputs.staff = textSourceFromString('staff.csv', files.staff);
  if (files.exemptions !== undefined) inputs.exemptions = textSourceFromString('exemptions.csv', files.exemptions);
  if (files.decisions !== undefined) inputs.decisions = textSourceFromString('decisions.csv', files.decisions);
  return inputs;
}

export const csv = (...rows: string[]): string => `${rows.join('\n')}\n`;
