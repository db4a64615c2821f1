import { Command, type ErrorOptions } from 'commander';
import { commanderHint } from './commanderHints.js';

/** commander's suggestion after a misspelling: `(Did you mean --compare?)` on a line of its own. */
const SUGGESTION = /\n\(Did you mean (.+)\?\)$/;

/**
 * A command whose own refusals (unknown option, missing value, too many words…) end with a hint line saying what to
 * do, as the tool's other refusals do; its subcommands are made the same way.
 */
export class HintedCommand extends Command {
  override createCommand(name?: string): Command {
    return new HintedCommand(name);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    const suggestion = SUGGESTION.exec(message)?.[1];
    const refusal = message.replace(SUGGESTION, '');
    const hint = commanderHint(errorOptions?.code ?? '', refusal, suggestion, this);
    return super.error(`${refusal}\n  ${hint}`, errorOptions);
  }
}
