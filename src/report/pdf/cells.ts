import type { Content, TableCell } from 'pdfmake/interfaces.js';

/** Small builders that keep the section code about content rather than pdfmake's shapes. */
export const text = (value: string, style?: string | string[]): Content =>
  style ? { text: value, style } : { text: value };

export const lines = (...parts: (Content | false | undefined | '')[]): Content => ({
  stack: parts.filter((part): part is Content => Boolean(part)),
});

export const header = (...labels: string[]): TableCell[] => labels.map((label) => ({ text: label, style: 'th' }));

/** A full-width row of a table with `columns` columns. */
export function spanRow(columns: number, content: Content, extra: Record<string, unknown> = {}): TableCell[] {
  return [
    {
      ...(typeof content === 'object' && !Array.isArray(content) ? content : { stack: [content] }),
      colSpan: columns,
      ...extra,
    } as TableCell,
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
}

/**
 * Text with `code` spans drawn in the monospaced face, each kept whole on one line: a command folded at
 * its hyphen (`social-` over `audit`) is copied as two. One longer than a line folds between its words.
 */
export function withCode(value: string): Content {
  return {
    text: value.split(/`([^`]*)`/).map((part, i) => (i % 2 === 1 ? { text: part, style: 'code', noWrap: true } : part)),
  };
}

/**
 * For a table's cell: the tool's commands (not any text between backticks: a file's name may hold one)
 * in the monospaced face, each on a line of its own, folded only between its words where the cell is
 * narrower. Kept whole, a command wider than the cell would widen its column past the page.
 */
export function withCommands(value: string): Content {
  return {
    text: value.split(/`(social-audit\b[^`]*)`/).flatMap((part, i, parts) => {
      if (i % 2 === 0) return part ? [part] : [];
      const words = part.split(' ').map((word, j, all) => ({
        text: j < all.length - 1 ? `${word} ` : word,
        style: 'code',
        // The table's 8 pt: the monospaced face at the body's 8.5 stands out larger.
        fontSize: 7.5,
        noWrap: true,
      }));
      return i === 1 && parts[0] === '' ? words : ['\n', ...words];
    }),
  };
}
