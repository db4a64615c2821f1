/**
 * What a file in a platform download that the tool does not read seems to hold, judged by its
 * path inside the download; the first that matches wins. `accounts` marks files that seem to
 * list people: each is named in a warning of its own, since a pupil may be among them.
 */
export interface UnreadKind {
  test: RegExp;
  holds: string;
  accounts?: true;
  /** The download's own pages for finding one's way round it, which hold nothing. */
  quiet?: true;
}

export const UNREAD_KINDS: readonly UnreadKind[] = [
  { test: /(^|\/)(start_here|index|your[ _]archive)\.html?$/, holds: 'the download’s own contents page', quiet: true },
  {
    test: /block|restrict|mute|hide_story|hidden|unfollow|removed|rejected|declined|dismissed|ignored/,
    holds: 'accounts blocked, hidden, removed or unfollowed (not connections)',
  },
  {
    test: /follow|friend|connection|contact|request|invitation|subscri|fans?\b|favou?rite|members?\b|suggest|close.friend|people|accounts?_you/,
    holds: 'a list of accounts, in a shape the tool does not know',
    accounts: true,
  },
  { test: /messag|inbox|chat|conversation|comment|direct/, holds: 'messages and comments' },
  {
    test: /post|media|stor(y|ies)|reel|photo|video|like|watch|saved|search|activity|memor/,
    holds: 'posts, likes and other activity',
  },
  { test: /\bads?\b|ads_|advert|off_(meta|facebook)|interest|topic/, holds: 'advertising and interests' },
  { test: /login|log_in|security|password|device|session|\bip\b|location/, holds: 'log-ins, devices and locations' },
  {
    test: /account|profile|personal|setting|preference|information|user_data/,
    holds: 'the account’s own details and settings',
  },
  { test: /./, holds: 'other records' },
];
