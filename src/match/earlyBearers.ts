import type { Connection } from '../model/records.js';
import type { Analysed } from './createAnalyser.js';
import { monthOf } from './monthOf.js';
import type { NamesakeRate } from './NamesakeRate.js';
import { tallyKeys } from './tallyKeys.js';

/** An account first seen that proposes pupils: whether it bears one's whole name, connected before they were 4. */
export function noteEarlyBearers(
  namesakes: Pick<NamesakeRate, 'under4' | 'noteAccount'>,
  connection: Connection,
  analysed: readonly Analysed[],
): void {
  const month = connection.connectedOn && connection.displayName ? monthOf(connection.connectedOn) : undefined;
  if (month === undefined || !analysed.some((a) => namesakes.under4(a.pupilAt, month))) return;
  const keys = tallyKeys(connection.displayName!);
  if (keys) for (const a of analysed) namesakes.noteAccount(a.pupilAt, keys, month);
}
