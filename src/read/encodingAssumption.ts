import type { TextSource } from '../model/sources.js';
import type { FileAssumption } from '../model/warnings.js';

/**
 * The encoding a file read through was taken to be, where the user should hear of it: Mac Roman
 * (always a judgement: a "CSV (Macintosh)" from Mac Excel), or Windows-1252 though its lines end
 * as a Mac's do. Windows-1252 otherwise is an ordinary Windows "CSV" and passes unremarked.
 */
export function encodingAssumption(source: TextSource): FileAssumption | undefined {
  const judged = source.judgedEncoding?.();
  if (!judged || (judged.encoding === 'windows-1252' && !judged.crOnly)) return undefined;
  return { why: 'encoding', encoding: judged.encoding, crOnly: judged.crOnly };
}
