import { InputError } from '../../errors.js';

/** An element as fast-xml-parser gives it: text, or children by name (attributes under `@name`). */
export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] | undefined };

/** A whole XML file as a tree; a file that is not well-formed XML is an input error naming its line. */
export async function parseXml(name: string, text: string): Promise<Record<string, XmlNode>> {
  // Loaded only when an XML roll is read, like the workbook reader.
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    // Every value stays text: a UPN or admission number "001234" must keep its zeros.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new InputError(
      name,
      valid.err.line,
      `is not well-formed XML (${valid.err.msg})`,
      'Export the file from your MIS again.',
    );
  }
  return parser.parse(text) as Record<string, XmlNode>;
}

/** The children of `node` named `name`, as a list whether there were none, one or many. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || typeof node === 'string') return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first child `name`, or the element at the end of a path such as `BasicDetails/PreferredSurname`. */
export function child(node: XmlNode | undefined, path: string): XmlNode | undefined {
  let at: XmlNode | undefined = node;
  for (const name of path.split('/')) at = children(at, name)[0];
  return at;
}

/** The text of an element (or attribute `@name`) at `path`, or '' when absent or not text. */
export function textAt(node: XmlNode | undefined, path: string): string {
  const found = child(node, path);
  if (typeof found === 'string') return found;
  // An element with attributes keeps its text under `#text`.
  const text = found?.['#text'];
  return typeof text === 'string' ? text : '';
}
