/**
 * Forenames written in the Latin alphabet more than one way, because they come from another
 * script or another language's spelling: Arabic, Somali, Turkish, Urdu, Bengali, Punjabi, Hindi,
 * Russian and Ukrainian, Polish. Read like the nickname table (`name = other`: one name; `name:
 * ~form`: a form that is also a common English name of its own, so an adult of that name beside
 * the pupil may be a relative: found for review, never flagged on the name alone).
 *
 * Where the entries come from: the standard romanisations and their everyday English spellings
 * — Arabic long vowels written ee/oo or i/u, ḥ and kh as h, q as k, ʿayn left out (as in the
 * spellings the ONS's "Baby names in England and Wales" lists record for one name: Yusuf, Yousef,
 * Yousuf, Youssef); the Somali Latin alphabet of 1972 (c for ʿayn, x for ḥ, doubled vowels for
 * long ones: Maxamed, Cabdi, Faadumo); Turkish spellings of the same Arabic names (ş, ü, ğ:
 * Hüseyin, Ayşe, Zeynep); the Hunterian romanisation of Punjabi and Hindi and its English
 * spellings (ee or i, oo or u: Harpreet, Harprit); the Bengali inherent vowel written o
 * (Mohammod, Hossain); BGN/PCGN and Ukrainian national (2010) romanisation for Cyrillic names;
 * Polish w, j and sz written v, y and sh; and each Polish name's usual English equivalent
 * (Jakub and Jacob), as Wiktionary's entries for the names give them. Turkish spellings of Arabic
 * names (Hatice, Zehra, Sümeyye, Ömer, Halil, Enes, Cemal, Furkan), the Somali Latin alphabet's
 * spellings of the same names (Xamza, Cumar, Cali, Ciise, Faarax, Jaamac, Xaawo, Sacdiyo), the
 * Bengali and Urdu English spellings (Tanvir and Tanveer, Rafiq and Rafique, Mahnoor and Mahnur),
 * and the Akan day names of Ghana, whose Twi (Asante) and Fante forms differ (Kofi, Fiifi; Kwabena,
 * Ebo; Akosua, Esi), as the Fante and Asante day-name tables give them (fantenames.blogspot.com,
 * "Day names", 2011; F. A. Dolphyne, "A comprehensive course in Twi (Asante)", 1996, cited by
 * Wikipedia's "Akan names"). Each Akan pair is one name in two dialects, so it is written `=`. Written by the project
 * from those rules, not copied from a data set; a line belongs here only when the spelling is in
 * use for that name. Names already tied in `nicknameTable.ts` or `otherLanguagesNames.ts` are
 * joined through one of their spellings (`yousif = yusuf`). Lower case, letters only, folded as
 * the matcher folds (Hüseyin → huseyin).
 */
export const TRANSLITERATIONS = `
yousif = yusuf, yousof, youcef, yuusuf, yousuf
axmed = ahmed, ahmad, ahmet, ahmaad
maxamed = mohamed, mohamud, muhamed, mahamed, muhammet
mostafa = mustafa, moustafa
abdallah = abdullah, abdulla, cabdullahi
abdirahman = abdurrahman, abdulrahman, abdelrahman, abdurahman, cabdiraxmaan
xasan = hassan, hasan, hasaan
huseyin = hussain, hossain, hossein, xuseen
ibrahem = ibrahim, ibraahim
ismail = ismael, esmail, ismaeel, ismaaciil
ayub = ayoub, ayyub, ayoob, eyup
yaqub = yacoub, yaqoob, yakup
yunus = younis, younes, yunis, younus
musa = moussa, mousa, moosa
eesa = issa, esa
yahya = yahia, yehia, yahaya
zakariya = zakaria, zakariyya, zakariah, zakarya
suleiman = sulaiman, suleyman, sulayman, suleman
uthman = othman, osman, usman
hamza = hamzah, hamzeh
rayan = rayyan, raiyan
ayaan = ayan
zayd = zaid, zayed, zeid
zaine = zayn, zain
walid = waleed
saeed = said, saied
rashid = rasheed, rachid
hamid = hameed
majid = majeed
ayman = aymen
imran = emran
usama = osama, usamah
faisal = faysal, feisal
farid = fareed
farida = fareeda
amira = ameera, amirah
jamila = jameela, jamilah
samira = sameera, samirah
nabila = nabeela, nabilah
karima = kareema, karimah
rahima = raheema, rahimah
naim = naeem, naeim
shakil = shakeel
aqil = aqeel, akeel
murat = murad
aicha = aisha, aishah, ayse, ayshe, aishe, caasha
khadeejah = khadija, khadijah
meryem = maryam, mariyam
zeynep = zainab, zeinab, seynab
amina = aminah, ameena, aamina, amiina, emine
asma = asmaa
hafsa = hafsah, hafza
safiya = safia, safiyah, safiyya, safiyyah
sumaya = sumayyah, sumaiya, somaya
nour = noor, nur
yasmin = yasmine, yasmeen
rania = raniya
huda = hoda
iman = eman, imaan
inaya = inaaya, enaya
halima = halimah, xaliimo, haleema, haleemah
harpreet = harprit
gurpreet = gurprit
manpreet = manprit
jaspreet = jasprit
jaswinder = jasvinder
sandeep = sundeep, sandip
pradeep = pardeep, pradip
kuldeep = kuldip
deepak = dipak
rajinder = rajender
priya = pria
aarav = arav
ishaan = ishan
vihaan = vihan
aditya = aaditya
lakshmi = laxmi
shreya = shriya
rukhsana = ruksana
nasreen = nasrin
yaroslav = jaroslav, jaroslaw
viktoriya = wiktoria
kacper = kasper
weronika = veronika
fathima = fatima, faatima, faadumo, fatuma
ayesha = aicha, aaisha, ayisha, aysha
hatice = khadeejah, hadija, xadiija, khadiija
zehra = zahra, sahra, saxra
maryan = meryem
zaynab = zeynep, zaineb
ruqayyah = ruqayya, ruqaya, ruqaiya, rukaya, rukiya
rabia = rabiya, rabiah, rabiaa
sumeyye = sumaya
esma = asma
shaima = shayma, shaimaa, seyma
bushra = busra
kubra = kobra
husna = husnaa
batool = batul, betul
cumar = omar, omer
cali = ali, aly
isa = eesa, ciise
yassine = yasin, yaasiin
khalil = khaleel, halil
salim = saleem, selim
anas = enes
jalal = celal
cemal = jamal
kerim = karim
zekeriya = zakariya
furqan = furkan
xamza = hamza
abdi = cabdi
nur = nuur
farah = faarax
jama = jaamac
maxamuud = mahmoud
awil = cawil
hawa = xaawo
saadia = sacdiyo, sadia, saadiya
ubah = ubax
deeqa = deqa
nimco = nimo
firdaus = fardowsa, firdous, firdaws
tanvir = tanveer
tasnim = tasneem
nafisa = nafeesa
rafiq = rafique
shafiq = shafique
farhan = farhaan
arif = aarif
rohan = rohaan
anaya = anaaya
mahnoor = mahnur
simran = simrun
navdeep = navdip
mandeep = mandip
saanvi = sanvi
diya = dia
kwame = kwamena
kofi = fiifi, yoofi
kuuku = kwaku
kojo = jojo, joojo
ebo = kwabena, ebow
ekow = yaw, kow
akosua = esi, siisi
abena = abenaa, araba
ekuwa = akua, kuukua
yaa = aba, baaba
afia = afua
ama = amma, amba
pawel: ~paul
michal: misiek, michas, ~michael
weronika: ~veronica
`;
