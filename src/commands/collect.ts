/** A repeatable option's values in the order given (commander's parser for `--roll` and `--connections`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
