// How people style their names on social networks: fancy Unicode letters, stretched and spaced
// letters, emoji, and the handles they choose.

const ALPHABETS = {
  boldScript: [0x1d4d0, 0x1d4ea],
  sansBold: [0x1d5d4, 0x1d5ee],
  bold: [0x1d400, 0x1d41a],
  fullwidth: [0xff21, 0xff41],
  circled: [0x24b6, 0x24d0],
};
const SMALL_CAPS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ';

export function fancy(text, alphabet) {
  if (alphabet === 'smallCaps') {
    return [...text]
      .map((ch) => (/[a-z]/i.test(ch) ? [...SMALL_CAPS][ch.toLowerCase().charCodeAt(0) - 97] : ch))
      .join('');
  }
  const [upper, lower] = ALPHABETS[alphabet];
  return [...text]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65);
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97);
      return ch;
    })
    .join('');
}

export const FANCY_ALPHABETS = [...Object.keys(ALPHABETS), 'smallCaps'];

export const EMOJI = [
  '🌸',
  '💕',
  '✨',
  '🦋',
  '⚽',
  '🏀',
  '🎮',
  '🌙',
  '💫',
  '🖤',
  '🌷',
  '😎',
  '🔥',
  '💙',
  '🐾',
  '🌈',
  '⭐',
  '🏉',
  '🎧',
  '🍒',
];
export const ADULT_EMOJI = ['🌻', '☕', '🐶', '🏃‍♀️', '🍷', '🌿', '💙', '🏴', '🌍', '📚', '🚴', '⚓'];

/** "Tobyy Fosterrr": the last letter of a word repeated. */
export function stretch(random, word) {
  const times = random.int(1, 3);
  const i = random.chance(0.7) ? word.length - 1 : random.int(0, word.length - 1);
  return word.slice(0, i + 1) + word[i].repeat(times) + word.slice(i + 1);
}

export function spaced(text) {
  return [...text.toUpperCase()].map((ch) => (ch === ' ' ? ' ' : ch)).join(' ');
}

export function separated(random, word) {
  const sep = random.pick(['•', '.', '·', '_', '-']);
  return [...word].join(sep);
}

/** One slip of the keyboard: a letter dropped, doubled, swapped or replaced by its neighbour. */
export function typo(random, word) {
  if (word.length < 4) return `${word}${word[word.length - 1]}`;
  const i = random.int(1, word.length - 2);
  switch (random.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/** Letters a handle can hold: accents dropped, apostrophes and spaces gone. */
export function handlePart(text) {
  return foldAccents(text)
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

export function foldAccents(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFC');
}

/** A handle made of name parts and the suffixes people add. */
export function handle(random, parts, suffix = '') {
  const sep = random.pick(['', '', '.', '_', '_']);
  let h = parts.map(handlePart).filter(Boolean).join(sep);
  if (random.chance(0.1)) h = `_${h}`;
  return h + suffix;
}

/** A number that is not a birth year: what most numbers in handles are. */
export function randomSuffix(random) {
  return random.pick([
    '',
    '',
    'x',
    'xo',
    '_',
    String(random.int(1, 99)),
    String(random.int(1, 99)),
    String(random.int(100, 999)),
    `_${random.int(1, 9)}`,
    'xx',
  ]);
}
