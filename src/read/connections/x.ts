import type { ConnectionImporter } from './ConnectionImporter.js';
import { connectionOf, entryRef } from './connectionOf.js';
import { isRecord, readJson, text, warnUnexpectedShape } from './platformJson.js';

/**
 * X (Twitter) archive: `data/follower.js` and `data/following.js` (large archives split them
 * into `follower-part1.js`, …), each a script `window.YTD.follower.part0 = [ … ]` whose entries
 * are `{"follower": {"accountId", "userLink"}}`: an account number and an intent link, no name
 * and no username. Such accounts cannot be matched against the roll; the warning says how many.
 */
const HEAD = /^\s*window\.YTD\.(follower|following)\.part\d+\s*=\s*/;

export const xImporter: ConnectionImporter = {
  id: 'x-archive',
  platform: 'x',
  label: 'X (Twitter) archive',
  detect: ({ name, head }) => /\.js$/i.test(name) && HEAD.test(head),
  async *parse(source, context) {
    const body = await source.text();
    const kind = HEAD.exec(body)?.[1] as 'follower' | 'following' | undefined;
    if (!kind) return;
    const json = await readJson(source, context, body.slice(body.indexOf('=') + 1).replace(/;\s*$/, ''));
    if (json === undefined) return;
    if (!Array.isArray(json)) {
      warnUnexpectedShape(source, context, `an X ${kind} list`);
      return;
    }
    let unnamed = 0;
    for (const [index, item] of json.entries()) {
      const account = isRecord(item) && isRecord(item[kind]) ? item[kind] : {};
      const connection = connectionOf(context, 'x', {
        displayName: text(account.name) ?? text(account.displayName),
        username: text(account.userName) ?? text(account.screenName) ?? text(account.username),
        profileUrl: text(account.userLink),
        relationship: kind,
        source: entryRef(source, index),
      });
      if (connection) yield connection;
      else unnamed++;
    }
    if (unnamed > 0) {
      const accounts = kind === 'follower' ? 'x-followers' : 'x-following';
      context.warn(
        { code: 'CONNECTIONS_UNCHECKABLE', args: { count: unnamed, of: json.length, accounts } },
        source.name,
      );
    }
  },
};
