import type { Command } from 'commander';
import type { CliIO } from './CliIO.js';

// Being written on main right now: `social-audit audit [FOLDER] …` per CONTRACT.md.
export function registerAudit(program: Command, _io: CliIO): void {
  program.command('audit [folder]').description('Audit staff connections against the roll.');
}
