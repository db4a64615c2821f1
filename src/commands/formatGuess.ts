/** The report formats, each of which a user of other tools may give as an option of its own (`--json`). */
const FORMAT_AS_OPTION = /^(social-audit: unknown option '--(json|csv|pdf|text)')\n/;

/**
 * commander's refusal of `--json`, `--csv`, `--pdf` or `--text` (as many tools take them, and a script piping into jq
 * types) with the option that does it, as commander already suggests a near spelling (`--fromat`).
 */
export function withFormatGuess(message: string): string {
  return message.replace(FORMAT_AS_OPTION, (_line, refused: string, format: string) => {
    return `${refused}\n(Did you mean --format ${format}? audit and report take it.)\n`;
  });
}
