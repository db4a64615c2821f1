import { unlinkSync } from 'node:fs';

/** What a command had written when Ctrl+C (or SIGTERM) stopped it, and what it was writing then. */
export interface Stopped {
  signal: NodeJS.Signals;
  /** Files written whole before the interrupt, as messages name them. */
  written: readonly string[];
  /** Files being written when it came: their temporary files are removed, the files left as they were. */
  unfinished: readonly string[];
}

/** This process's writes: a kept file's replacement is held off (`holding`), temporaries removed on a stop. */
const state = {
  holding: 0,
  pending: undefined as NodeJS.Signals | undefined,
  stop: undefined as ((signal: NodeJS.Signals) => void) | undefined,
  written: [] as string[],
  /** Temporary file → the file it will replace, as messages name it. */
  writing: new Map<string, string>(),
};

/** atomicWrite's account of a write: begun (its temporary file), then finished or given up. */
export const writesInProgress = {
  begin(temporary: string, name: string): void {
    state.writing.set(temporary, name);
  },
  end(temporary: string, name: string, done: boolean): void {
    state.writing.delete(temporary);
    if (done) state.written.push(name);
  },
};

/** holdingInterrupts' part: while held, an interrupt waits; when the last hold ends, it stops the command. */
export const heldInterrupts = {
  begin(): void {
    state.holding++;
  },
  noted(signal: NodeJS.Signals): void {
    state.pending ??= signal;
  },
  end(): void {
    state.holding--;
    const signal = state.pending;
    if (state.holding > 0 || signal === undefined) return;
    state.pending = undefined;
    state.stop?.(signal);
  },
};

/**
 * From now until the returned function is called, Ctrl+C or SIGTERM outside a prompt (at a prompt the
 * terminal sends keys, and the prompt cancels) stops the command: a file half-written is removed, `tell`
 * says what was and was not written (synchronously: nothing runs after it), then the signal is raised again
 * with every listener gone, so that the process ends there and then, the shell sees the command interrupted
 * (130) and a script's loop stops with it. Another library's exit handler would have run a turn later, while
 * the command went on (a save's next step, a line saying it was saved): `tell` lets go of locks itself.
 */
export function stopOnInterrupt(tell: (stopped: Stopped) => void): () => void {
  const stop = (signal: NodeJS.Signals): void => {
    uninstall();
    const unfinished = [...state.writing].map(([temporary, name]) => {
      try {
        unlinkSync(temporary);
      } catch {
        // already renamed into place or never made: nothing left over either way
      }
      return name;
    });
    state.writing.clear();
    tell({ signal, written: [...state.written], unfinished });
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.kill(process.pid, signal);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (state.holding > 0) state.pending ??= signal;
    else stop(signal);
  };
  const uninstall = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (state.stop === stop) state.stop = undefined;
  };
  state.written.length = 0;
  state.stop = stop;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return uninstall;
}
