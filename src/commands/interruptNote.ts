/**
 * What a command stopped by Ctrl+C outside a prompt (cli.ts's stopOnInterrupt) has to add to "nothing was
 * written": `review` saves only at the end, so answers given so far are lost, and a Headteacher must know it.
 * Set while a command asks its questions, cleared after; a second line under the one that says what was written.
 */
export const interruptNote: { about?: (() => string | undefined) | undefined } = {};
