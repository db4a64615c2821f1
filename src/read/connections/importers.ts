import type { ConnectionImporter } from './ConnectionImporter.js';
import { facebookImporter } from './facebook.js';
import { genericCsvImporter } from './genericCsv.js';
import { instagramImporter, threadsImporter } from './instagram.js';
import { linkedinImporter, linkedinInvitationsImporter } from './linkedin.js';
import { snapchatImporter } from './snapchat.js';
import { tiktokImporter } from './tiktok.js';
import { xImporter } from './x.js';

/**
 * Every connection format the tool reads, tried in this order; the first whose `detect` says
 * yes parses the file. Platform downloads come first, each recognised by its own names and
 * keys, so that the generic CSV, which recognises headers, never takes one of theirs.
 */
export const importers: readonly ConnectionImporter[] = [
  facebookImporter,
  instagramImporter,
  threadsImporter,
  linkedinImporter,
  linkedinInvitationsImporter,
  xImporter,
  tiktokImporter,
  snapchatImporter,
  genericCsvImporter,
];

export function findImporter(file: { name: string; head: string }): ConnectionImporter | undefined {
  return importers.find((importer) => importer.detect(file));
}
