/**
 * A file of a platform's download, as importers recognise it: by its own name and the folder it
 * sits in, whatever wrapper folders (`facebook-jane-2024-05-01/…`) are above.
 */
export function fileParts(name: string): { base: string; ext: string; parent: string; path: string } {
  const segments = name.toLowerCase().split('/');
  const file = segments.at(-1) ?? '';
  const dot = file.lastIndexOf('.');
  return {
    base: dot > 0 ? file.slice(0, dot) : file,
    ext: dot > 0 ? file.slice(dot + 1) : '',
    parent: segments.at(-2) ?? '',
    path: segments.join('/'),
  };
}
