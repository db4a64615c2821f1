/** Per word id of a tally, 1 when the word is a given name: each word asked about once, as it is first met. */
export class GivenWords {
  private given = new Uint8Array(0);

  constructor(private readonly isGivenName: (word: string) => boolean) {}

  /** For `words` (a tally's, by id, only ever added to): words met since the last call are asked about. */
  of(words: readonly string[]): Uint8Array {
    if (this.given.length < words.length) {
      const given = new Uint8Array(words.length);
      given.set(this.given);
      for (let id = this.given.length; id < words.length; id++) given[id] = this.isGivenName(words[id]!) ? 1 : 0;
      this.given = given;
    }
    return this.given;
  }
}
