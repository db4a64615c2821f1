/**
 * Name pools for the synthetic schools. Every person the bench makes is invented: given names and
 * surnames are common ones, combined at random. Adult forenames are those of the parents' and
 * staff's generation, so that a background adult is told from a pupil by the name, as in life.
 * The nickname list here is the generator's own, written apart from src/match/data/nicknameTable.ts,
 * so the bench does not just replay the engine's table.
 */
export const CHILD_FORENAMES =
  `Oliver Jack Harry George Noah Charlie Jacob Alfie Freddie Oscar Leo Logan Archie Theo Thomas James
Joshua Henry William Max Lucas Ethan Arthur Mason Isaac Harrison Teddy Finley Daniel Riley Edward Joseph Alexander Adam Reggie
Samuel Jaxon Sebastian Elijah Harley Toby Arlo Dylan Jude Benjamin Rory Tommy Jake Louie Carter Jenson Hugo Bobby Frankie
Ollie Zachary David Albie Lewis Luca Ronnie Jackson Matthew Alex Harvey Reuben Jayden Caleb Hunter Theodore Nathan Blake Luke
Elliot Felix Dexter Ezra Ellis Michael Kai Stanley Liam Jesse Aaron Tyler Finn Ryan Callum Connor Owen Kian Muhammad Mohammed
Ibrahim Yusuf Ayaan Zayn Omar Hamza Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily
Ella Poppy Evie Elsie Charlotte Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda Ruby Emilia Maya Millie Isabelle
Eva Luna Jessica Elizabeth Aria Esme Imogen Layla Chloe Scarlett Hannah Eliza Thea Violet Lucy Penelope Zara Bella Maisie Erin
Holly Molly Harriet Eleanor Heidi Aurora Lola Megan Amber Niamh Nancy Lexi Darcie Robyn Georgia Katie Jasmine Paige Abigail
Caitlin Lauren Aisha Fatima Maryam Zainab Amira Hafsa Zoë Chloé Łucja Oğuz Nguyễn Ayşe Anaïs Mateusz Zuzanna Wiktoria Kacper`.split(
    /\s+/,
  );

export const ADULT_FORENAMES =
  `Karen Gary Tracey Darren Wayne Sharon Lisa Dawn Mandy Nigel Trevor Colin Julie Lorraine Andrea Jacqueline
Beverley Clive Keith Kevin Graham Stuart Martin Neil Paul Mark Andrew Steven Ian Simon Richard Jason Lee Dean Craig Scott Shaun
Barry Derek Malcolm Roger Geoffrey Brian Alan Philip Timothy Russell Glenn Carl Gareth Julian Adrian Duncan Marcus Vincent
Susan Deborah Helen Alison Joanne Nicola Claire Kerry Michelle Angela Tina Wendy Joanna Rachel Samantha Kelly Donna Gillian
Karen Suzanne Debbie Sandra Carol Linda Janet Pauline Maureen Brenda Gail Denise Diane Heather Teresa Yvonne Elaine Catherine
Lynn Sally Fiona Kirsty Emma Leanne Stacey Natalie Hayley Gemma Kimberley Vicky Jodie Zoe Sarah Louise Victoria Rebecca Amanda
Christopher Jonathan Robert Anthony Stephen Matthew Peter Nicholas Raymond Kenneth Terence Dennis Norman Howard Leslie`
    .split(/\s+/)
    .filter((name, at, all) => all.indexOf(name) === at);

export const SURNAMES =
  `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright
Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark
Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook
Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum
Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight
Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard
Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill
Dawson Ball Burton OBrien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hardy Lane Hudson Reid Newman
Gordon Kennedy Berry Wallace Mcdonald Mcdowell Nguyễn Kowalski Nowak Öztürk Yılmaz Müller Rahman Islam Chowdhury Uddin Miah
Okafor Adeyemi Mensah Osei Boateng Achterberg Fitzgerald Blackwood Whitfield Hargreaves Ashworth Pemberton Thornton Fairbanks
Lindqvist Castellano Moreau Dubois Rossi Ferrari Silva Santos Pereira Costa Novak Horvat Popescu Ionescu Petrov Ivanova`
    .split(/\s+/)
    .map((s) => (s === 'OBrien' ? 'O’Brien' : s === 'Mcdonald' ? 'McDonald' : s === 'Mcdowell' ? 'McDowell' : s));

export const MIDDLE_NAMES =
  `James John William Thomas Edward George Robert David Michael Alexander Rose Grace Mae May Louise Elizabeth
Anne Jane Marie Victoria Lily Ann Joy Hope Faith Olivia Charlotte Emily Sophia Ali Ahmed Jan Maria`.split(/\s+/);

/** The generator's own short forms: name → forms a child may use. */
export const GENERATOR_NICKNAMES = {
  Oliver: ['Ollie', 'Olly'],
  Alexander: ['Alex', 'Xander', 'Zander'],
  Thomas: ['Tom', 'Tommy'],
  James: ['Jim', 'Jamie'],
  William: ['Will', 'Billy', 'Liam'],
  Joshua: ['Josh'],
  Samuel: ['Sam', 'Sammy'],
  Benjamin: ['Ben', 'Benji'],
  Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt', 'Matty'],
  Edward: ['Ed', 'Eddie', 'Ted'],
  Joseph: ['Joe', 'Joey'],
  Zachary: ['Zach', 'Zac'],
  Nathan: ['Nate'],
  Henry: ['Harry', 'Hal'],
  Frederick: ['Freddie', 'Fred'],
  Theodore: ['Theo', 'Teddy'],
  Sebastian: ['Seb'],
  Michael: ['Mikey', 'Mike'],
  Isaac: ['Zac'],
  Jacob: ['Jake'],
  Harrison: ['Harry'],
  Alfie: ['Alf'],
  Archie: ['Arch'],
  Charlie: ['Chaz'],
  Elijah: ['Eli'],
  Olivia: ['Liv', 'Livvy', 'Ollie'],
  Amelia: ['Millie', 'Mia'],
  Isabella: ['Bella', 'Izzy'],
  Isabelle: ['Izzy', 'Belle', 'Bella'],
  Elizabeth: ['Lizzie', 'Beth', 'Libby'],
  Charlotte: ['Lottie', 'Charlie'],
  Florence: ['Flo'],
  Matilda: ['Tilly'],
  Eleanor: ['Ellie', 'Nell', 'Ella'],
  Penelope: ['Penny'],
  Jessica: ['Jess', 'Jessie'],
  Abigail: ['Abbie', 'Abi'],
  Harriet: ['Hattie'],
  Emily: ['Em', 'Emmy', 'Millie'],
  Sophia: ['Sophie'],
  Georgia: ['Georgie'],
  Katie: ['Kat'],
  Imogen: ['Immy'],
  Rebecca: ['Becky'],
  Victoria: ['Tori'],
  Margaret: ['Maggie', 'Peggy'],
  Caitlin: ['Cait'],
  Jasmine: ['Jas', 'Jaz'],
  Evelyn: ['Evie'],
  Gabriella: ['Gabby'],
  Samantha: ['Sam'],
  Natalie: ['Nat'],
  Isla: ['Izzy'],
  Aurora: ['Rory'],
  Lewis: ['Louie', 'Lou'],
  Sofia: ['Sophie'],
  Luca: ['Luke'],
  Lucas: ['Luke', 'Luca'],
  Mohammed: ['Muhammad', 'Mo'],
  Muhammad: ['Mohammed', 'Mo'],
  Theo: ['Teddy'],
  Ellie: ['Elle'],
};

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const relatives = new Map();
for (const [formal, forms] of Object.entries(GENERATOR_NICKNAMES)) {
  for (const form of forms) {
    relatives.set(fold(formal), [...(relatives.get(fold(formal)) ?? []), fold(form)]);
    relatives.set(fold(form), [...(relatives.get(fold(form)) ?? []), fold(formal)]);
  }
}

/**
 * Keys under which a forename may be one person's name, by the generator's own list: its first
 * three letters, and those of its short forms or fuller forms (the generator's own list, and the
 * project's nickname table when given: used only to keep ambiguous names out of the ground truth,
 * never to write disguises). Two names sharing a key are treated as possibly the same person's. `strict` keys are whole names, without the stems.
 */
export function givenNameKeys(name, book, strict = false) {
  const folded = fold(name);
  const related = [folded, ...(relatives.get(folded) ?? []), ...(book ? book.formsOf(folded).keys() : [])];
  return [...new Set(strict ? related : related.map((n) => n.slice(0, 3)))];
}

/**
 * Rarer given names, so that a trust's roll and lists hold many distinct names with few repeats
 * (as the held-out evaluation's do), not a few hundred names over and over.
 */
export const MORE_CHILD_FORENAMES =
  `Ansel Barnaby Cassius Dorian Emrys Fabian Gideon Hector Ignatius Jasper Kit Lorcan Magnus Nico Orson Percy
Quentin Rafferty Silas Tobias Ulysses Vaughn Wilfred Xavier Yannick Zephyr Ambrose Bartholomew Cosmo Digby Eamon Florian Gulliver
Horatio Idris Jolyon Kasimir Lysander Montague Nathaniel Otis Peregrine Rufus Sacha Tristan Valentin Wolfgang Zeki Anouk Beatrix
Clementine Delphine Elodie Fenella Genevieve Henrietta Ingrid Juniper Kezia Lavinia Marigold Nell Octavia Perdita Philippa Romilly
Saskia Tabitha Ursula Verity Wilhelmina Xanthe Yasmin Zinnia Aoife Bronagh Ciara Dervla Eabha Fionnuala Grainne Isolde Jemima
Kitty Liberty Mabel Nola Orla Primrose Rosalind Seren Tamsin Una Vesper Winifred Cerys Dilys Elowen Ffion Gwen Nerys Rhian Tegan
Aarav Dev Ishaan Kabir Rohan Vihaan Anaya Diya Ishani Kavya Priya Saanvi Tariq Bilal Idrees Khalid Rayan Safiya Inaya Noor
Emeka Chidi Kwame Kofi Tunde Adaeze Chioma Folake Nneka Yewande Bartosz Dawid Jakub Szymon Agnieszka Kinga Oliwia Malgorzata`.split(
    /\s+/,
  );

export const MORE_ADULT_FORENAMES =
  `Alistair Bernard Cedric Desmond Eric Francis Gordon Harold Ivor Jeremy Kieran Lionel Maurice Nigel Oswald Patrick
Quinton Rodney Sidney Terrence Vernon Warren Dominic Hamish Fergus Lloyd Rupert Clifford Edwin Gerald Bryony Corinne Dorothy Esther
Felicity Gwendolyn Hilary Imelda Jocelyn Kathleen Lesley Marion Noreen Phyllis Rosemary Shirley Theresa Valerie Wendy Audrey Bernadette
Colette Davina Eileen Frances Glenys Hazel Irene Jennifer Lorna Moira Nora Olwen Patricia Rita Sheila Tessa Vivienne Yvette`.split(
    /\s+/,
  );

const SURNAME_HEADS =
  `Ash Black Brad Brom Craw Dun Elling Fair Green Hal Hart Hol Kings Lang Mar Mid Moor New Nor Oak Pen Ravens Red Rock
Rush Sal South Stan Sut Thorn Up West Whit Wick Win Wood Yar Bar Brent Bux Chad Col Dal Dray Ather Bick Card Dod Eg Fern Garn Hen
Ingle Kel Lath Mal Nether Orm Pick Quen Rid Scar Tad Ux Wad`.split(/\s+/);
const SURNAME_TAILS =
  'by ford ham ley ton wood worth field well stone combe dale hurst more wick bury shaw thwaite croft'.split(/\s+/);

/** Invented English-looking surnames (Ashford, Thornwick, Brentcombe …): a long tail of rare names. */
export const RARE_SURNAMES = SURNAME_HEADS.flatMap((head) => SURNAME_TAILS.map((tail) => head + tail));
