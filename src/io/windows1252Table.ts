/**
 * Windows-1252's characters for bytes 0x80–0x9F, from the WHATWG Encoding Standard's
 * index-windows-1252 (undefined bytes left as their C1 control). Node 20's TextDecoder reads
 * these bytes as ISO-8859-1 does (C1 controls: O’Brien's apostrophe, Š, Ž, €), so neither
 * decoding nor telling Windows-1252 from Mac Roman can ask it for them.
 */
export const WINDOWS_1252_80_TO_9F: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const C1 = /[\u0080-\u009f]/g;

/**
 * Text from TextDecoder('windows-1252') with the C1 controls Node 20 makes of bytes 0x80–0x9F
 * put right. No other byte decodes to one, so a decoder that is already right is left as it is.
 */
export function windows1252Punctuation(text: string): string {
  if (text.search(C1) < 0) return text;
  return text.replace(C1, (ch) => String.fromCharCode(WINDOWS_1252_80_TO_9F[ch.charCodeAt(0) - 0x80]!));
}
