/**
 * What a spreadsheet shows for a cell holding a formula that only spells out text, as a person
 * opening the list sees it: `=HYPERLINK("https://…","Nia Adeyemi")` shows "Nia Adeyemi", `="Nia
 * "&"Adeyemi"` and `=CONCATENATE("Nia"," Adeyemi")` likewise. A name hidden in a formula must not
 * hide the pupil. Any other formula (a sum, a cell reference) is returned as written.
 */

const FUNCTIONS: Record<string, (args: string[]) => string | undefined> = {
  // HYPERLINK(link, [friendly name]): the friendly name is shown, else the link.
  HYPERLINK: (args) => (args.length === 1 || args.length === 2 ? args[args.length - 1] : undefined),
  CONCATENATE: (args) => args.join(''),
  CONCAT: (args) => args.join(''),
};

/** Whether `text` is a formula at all (a spreadsheet runs a cell starting with `=`). */
export function isFormula(text: string): boolean {
  return text.charCodeAt(0) === 0x3d;
}

export function formulaShown(text: string): string {
  if (!isFormula(text)) return text;
  const parser = new Parser(text, 1);
  const value = parser.expression();
  return value !== undefined && parser.atEnd() ? value : text;
}

/** A reader of the text formulas above: string literals and numbers joined by `&`, and the functions named. */
class Parser {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  atEnd(): boolean {
    this.space();
    return this.at === this.text.length;
  }

  expression(): string | undefined {
    let value = this.term();
    while (value !== undefined && this.take('&')) {
      const next = this.term();
      value = next === undefined ? undefined : value + next;
    }
    return value;
  }

  private term(): string | undefined {
    this.space();
    if (this.take('"')) return this.literal();
    const number = /^[0-9]+(?:\.[0-9]+)?/.exec(this.text.slice(this.at))?.[0];
    if (number) {
      this.at += number.length;
      return number;
    }
    // `@` and `_xlfn.` are how newer Excel writes some functions out.
    const call = /^@?(?:_xlfn\.)?([A-Za-z]+)\s*\(/.exec(this.text.slice(this.at));
    const run = call ? FUNCTIONS[call[1]!.toUpperCase()] : undefined;
    if (!call || !run) return undefined;
    this.at += call[0].length;
    const args: string[] = [];
    this.space();
    if (!this.take(')')) {
      do {
        const arg = this.expression();
        if (arg === undefined) return undefined;
        args.push(arg);
        // Excel in much of Europe separates arguments with `;`.
      } while (this.take(',') || this.take(';'));
      if (!this.take(')')) return undefined;
    }
    return run(args);
  }

  /** A string literal after its opening quote: `""` is a quote inside it. */
  private literal(): string | undefined {
    let value = '';
    for (;;) {
      const close = this.text.indexOf('"', this.at);
      if (close < 0) return undefined;
      value += this.text.slice(this.at, close);
      this.at = close + 1;
      if (this.text[this.at] !== '"') return value;
      value += '"';
      this.at++;
    }
  }

  private take(ch: string): boolean {
    this.space();
    if (this.text[this.at] !== ch) return false;
    this.at++;
    return true;
  }

  private space(): void {
    while (this.text[this.at] === ' ') this.at++;
  }
}
