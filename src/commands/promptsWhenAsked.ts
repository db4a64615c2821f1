import { createPromptKit, type PromptKit } from '../prompts/PromptKit.js';
import type { CliIO } from './CliIO.js';

/**
 * The command's prompts: the one given (a test's), else one made at the first question and shared by the rest,
 * since a kit counts the rows said since its last question.
 */
export function promptsWhenAsked(io: CliIO, kit?: PromptKit): () => PromptKit {
  let shared = kit;
  return () => {
    shared ??= createPromptKit({ input: io.stdin, output: io.stdout });
    return shared;
  };
}
