import { type Command, Option } from 'commander';
import type { CliIO } from './CliIO.js';
import { collect } from './collect.js';
import { type ExemptionsAddOptions, exemptionsAdd } from './exemptionsAdd.js';
import { type ExemptionsListOptions, exemptionsList } from './exemptionsList.js';
import { type ExemptionsRemoveOptions, exemptionsRemove } from './exemptionsRemove.js';

const FOLDER_HELP =
  'audit folder: roll.csv, leavers.csv, staff.csv and exemptions.csv; workbooks and other exports are recognised by what they hold';
/** add and remove default --recorded-by to the name last used, a review's in decisions.csv's log among them. */
const CHANGE_FOLDER_HELP = FOLDER_HELP.replace(
  ' and exemptions.csv',
  ', exemptions.csv and decisions.csv (written by review: its log gives the name last recorded)',
);

function folderOptions(command: Command, folderHelp = FOLDER_HELP): Command {
  return command
    .argument('[folder]', folderHelp)
    .option('--exemptions <file>', 'the family links file (default: FOLDER/exemptions.csv)')
    .option('--roll <file>', 'pupil roll or leavers export (repeatable; replaces the folder’s)', collect)
    .option('--staff <file>', 'staff list (replaces the folder’s staff.csv)');
}

/** `social-audit exemptions add|list|remove`: declared family links, kept in exemptions.csv. */
export function registerExemptions(program: Command, io: CliIO): void {
  const exemptions = program
    .command('exemptions')
    .summary('record, list or remove family links')
    .description('Record, list and remove declared family links between staff and pupils (exemptions.csv).');

  folderOptions(
    exemptions
      .command('add')
      .description(
        'Record a family link a member of staff has declared. At a terminal, you are asked for whatever the options leave out.',
      ),
    CHANGE_FOLDER_HELP,
  )
    .option('--staff-id <id>', 'the member of staff (staff_id in staff.csv)')
    .option('--pupil-id <id>', 'the pupil (UPN, or admission number)')
    .option(
      '--relationship <rel>',
      'parent, step-parent, carer/guardian, sibling, grandparent, aunt/uncle, cousin, or "other: WORDS"',
    )
    .option('--recorded-by <name>', 'who is recording it (default: the name used last time, else the login name)')
    .option(
      '--review-on <date>',
      'when to review it (default: a year from today); for a link already recorded, keeps it until then',
    )
    .option('--note <text>', 'how it was declared, anything a later reviewer should know')
    .option('--yes', 'record without asking for confirmation')
    .addHelpText(
      'after',
      `
Examples:
  social-audit exemptions add school/
  social-audit exemptions add school/ --staff-id S014 --pupil-id A123456789012 --relationship parent --recorded-by "K. Head"`,
    )
    .action(async (folder: string | undefined, options: ExemptionsAddOptions) => {
      process.exitCode = await exemptionsAdd(folder, options, io);
    });

  folderOptions(
    exemptions
      .command('list')
      .description(
        'List recorded family links and where each stands: active, due for review, pupil now out of scope, unknown staff or pupil.',
      ),
  )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (folder: string | undefined, options: ExemptionsListOptions) => {
      process.exitCode = await exemptionsList(folder, options, io);
    });

  folderOptions(
    exemptions
      .command('remove')
      .description('Remove a recorded family link: picked at a terminal, or named with --staff-id and --pupil-id.'),
    CHANGE_FOLDER_HELP,
  )
    .option('--staff-id <id>', 'the member of staff')
    .option('--pupil-id <id>', 'the pupil')
    .option('--recorded-by <name>', 'who is removing it (default: the name used last time, else the login name)')
    .option('--yes', 'remove without asking for confirmation (required when not at a terminal)')
    .action(async (folder: string | undefined, options: ExemptionsRemoveOptions) => {
      process.exitCode = await exemptionsRemove(folder, options, io);
    });
}
