import type { Command } from 'commander';
import { quote, UserError } from '../errors.js';
import { collect } from './collect.js';

/**
 * An option that takes one value, given twice with different values (`--date 24/11/2026 --date 25/11/2026`, an
 * alias in a script's line beside the value typed after it), is refused (exit 2) rather than the last taken: which
 * was meant is the person's to say. The repeatable ones (`--roll`, `--connections`) collect every value; a switch
 * (`--yes`) or the same value twice says nothing new.
 */
export function refuseRepeatedOptions(command: Command): void {
  const given = new Map<string, string>();
  for (const option of command.options) {
    const takesValue = option.required || option.optional;
    if (!takesValue || option.variadic || option.parseArg === collect) continue;
    command.on(`option:${option.name()}`, (value: string | undefined) => {
      const earlier = given.get(option.long ?? option.name());
      if (earlier !== undefined && value !== undefined && earlier !== value)
        throw new UserError(`${option.long} given twice, ${quote(earlier)} then ${quote(value)}`, {
          hint: `Give ${option.long} once, with the value you mean.`,
        });
      if (value !== undefined) given.set(option.long ?? option.name(), value);
    });
  }
  for (const sub of command.commands) refuseRepeatedOptions(sub);
}
