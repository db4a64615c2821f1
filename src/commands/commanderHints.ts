import type { Command } from 'commander';
import { quote } from '../errors.js';
import { shownValueHint } from './shownValue.js';

/** The report formats, each of which a user of other tools may give as an option of its own (`--json`). */
const FORMAT_AS_OPTION = /^--(json|csv|pdf|text)$/;

/** What each report format is for, said when --format is given one it does not know (`docx`, `xlsx`). */
const FORMATS_FOR =
  'text to read here, pdf for the Headteacher and governors, csv to open in Excel, json to keep for review and --compare';

/**
 * The line saying what to do after one of commander's own refusals, as every other refusal has (`errors.ts`):
 * `code` is commander's (`commander.unknownOption`…), `message` its words without the suggestion it may add,
 * `suggestion` that (`--compare`, `add`), `command` the command that refused. Undefined for a code not met.
 */
export function commanderHint(code: string, message: string, suggestion: string | undefined, command: Command): string {
  const usage = `\`${commandPath(command)} --help\``;
  const name = commandPath(command, root(command));
  const meant = suggestion === undefined ? '' : `Did you mean ${suggestion}? `;
  switch (code) {
    case 'commander.unknownOption': {
      const flag = /unknown option '([^']*)'/.exec(message)?.[1] ?? '';
      const format = FORMAT_AS_OPTION.exec(flag)?.[1];
      if (format !== undefined) return `Did you mean --format ${format}? audit and report take it.`;
      const elsewhere = commandsTaking(command, flag);
      if (elsewhere.length > 0)
        return `${flag} goes with ${elsewhere.join(' or ')}, not ${name}: ${usage} lists the options ${name} takes.`;
      return `${meant}${usage} lists the options ${name} takes.`;
    }
    case 'commander.unknownCommand':
      return `${meant}The commands are ${listed(command.commands.map((sub) => sub.name()))}: ${usage} says what each does.`;
    case 'commander.optionMissingArgument': {
      const [flag, value] = optionFlags(message);
      return `Give ${flag} its value right after it: ${flag} ${value} (in quotes if it holds spaces).`;
    }
    case 'commander.invalidArgument': {
      const [flag] = optionFlags(message);
      if (flag === '--format') return `Give --format one of them: ${FORMATS_FOR}.`;
      return shownValueHint(flag, message) ?? `${usage} says what ${flag} takes.`;
    }
    case 'commander.excessArguments':
      return excessHint(command, usage);
    default:
      return `${usage} says what ${name} takes.`;
  }
}

/**
 * More words than the command takes: most often a folder's name with a space, not quoted, or a second file after an
 * option that takes one (`--roll roll.csv leavers.csv`). The words from the command's last argument on are quoted.
 */
function excessHint(command: Command, usage: string): string {
  const taken = command.registeredArguments.length;
  const words = command.args.slice(Math.max(taken - 1, 0));
  const joined = words.join(' ');
  const typed = `${commandPath(command)} ${command.args.slice(0, Math.max(taken - 1, 0)).join(' ')}`.trimEnd();
  const quoted = `If ${quote(joined)} is one name, put it in quotes: ${typed} ${JSON.stringify(joined)}.`;
  return command.options.some((option) => option.long === '--roll')
    ? `${quoted} Each file given with an option needs the option again (--roll roll.csv --roll leavers.csv); ${usage} lists them.`
    : `${quoted} ${usage} says what it takes.`;
}

/** `option '--out <file>' argument missing` → `--out`, `FILE`. */
function optionFlags(message: string): [string, string] {
  const flags = /option '([^']*)'/.exec(message)?.[1] ?? '';
  const long = /--[\w-]+/.exec(flags)?.[0] ?? flags;
  const value = /<([^>]*)>/.exec(flags)?.[1] ?? 'value';
  return [long, value.toUpperCase()];
}

/** The other commands that take an option given where it is not taken (`--by-school` to audit). */
function commandsTaking(command: Command, flag: string): string[] {
  const program = root(command);
  const found: string[] = [];
  const visit = (each: Command): void => {
    if (each !== command && each.options.some((option) => option.long === flag)) found.push(commandPath(each, program));
    each.commands.forEach(visit);
  };
  visit(program);
  return found;
}

function root(command: Command): Command {
  let program = command;
  while (program.parent) program = program.parent;
  return program;
}

/** `audit, exemptions, review and report`. */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** `social-audit exemptions add`, or without the program's name relative to `root`. */
function commandPath(command: Command, root?: Command): string {
  const names: string[] = [];
  for (let each: Command | null = command; each && each !== root; each = each.parent) names.unshift(each.name());
  return names.join(' ');
}
