/**
 * Whether standard error is left part-way through a progress line (`--progress`, rewritten with `\r`), so
 * that a message said meanwhile (stopped by Ctrl+C) starts a line of its own rather than run on from it.
 */
export const progressLine = { open: false };
