/**
 * The project's own table of given names and their usual short forms, pet names and spellings,
 * as names appear in UK schools (and among their parents, whom the matcher must tell apart).
 *
 * One line per given name: `name: short, forms` lists forms people use for that name; `name = other,
 * spellings` lists spellings of the same name. A form written `~form` is also a name in its own
 * right, often of another generation or sex (Mark for Marcus, Harry for Harriet): an account using
 * it may well be a relative, so it is never enough for a flag. Both directions are derived by `../nicknames.ts`, so a
 * pupil on the roll as Alexander is found as Alex, and a pupil on the roll as Alex is found as
 * Alexander. Names of other languages' families, their short forms and romanised spellings, are in
 * `otherLanguagesNames.ts`, with their sources. Lower case, letters only; accents are folded
 * before lookup. Every name here is also
 * "a known given name": a one-letter difference from a pupil's name that lands on one of these is a
 * different person's name, not a typo.
 *
 * Where the entries come from: the project's own, written for it; neither this file nor its
 * history cites a published list. Begun with the matching engine (cd94971, 2026-11-25); names
 * common in UK schools beyond English added in 4240f8b (2026-12-01); `~` shared forms after a
 * second evaluation (d932da6, 2026-12-02). The lines for other languages, which have sources,
 * moved to `otherLanguagesNames.ts` (4db5061, 2026-12-04). Lucinda, Philippa, Susannah, Ezekiel and Elias,
 * and Kirsty for Christina, added on 2026-12-05.
 *
 * Checked on 2026-12-06 against a published list: `names.csv` of the "nickname-and-diminutive-names-lookup"
 * (github.com/carltonnorthern/nicknames, Old Dominion University's Web Science and Digital Libraries
 * group, mined from a genealogy page's list of given names and their nicknames). Of the forms it gives for
 * names children in UK schools bear, those this table lacked and still in use were added (the lines after
 * Ezekiel's, and mel for Amelia, freddy for Alfred, ellie for Danielle, eve for Eva, ez for Ezekiel, matty
 * for Matilda); its archaic forms (nabby, tibbie, patsy for Martha) and forms that are common adults'
 * names of their own (amy for Amelia) were not.
 *
 * Pet forms that are given names of their own, from each name's Wiktionary entry ("Diminutives", 6 December
 * 2026): Elsie, Lisa, Lily, Elsa and Lilibet for Elizabeth (Elsie for Eliza), Daisy, Greta, Rita and Margot for
 * Margaret, Poppy, Pippa and Pip for Penelope, Minnie and Mollie for Mary, Dottie for Dorothy, Hetty for
 * Harriet, Issy for Isabelle, Georgie and Gina for Georgiana, Lily and Lil for Lilian, Tilly for Ottilie,
 * Rosie for Rosalie, and Harry for Harpreet (as British Sikhs use it); each `~`, a name another person bears.
 * Ellie and Ella for Elizabeth (the-orangery.blogspot.com, "Elizabeth and its diminutives", 2006; Wikipedia's
 * "Ella") and Maisie for Margaret ("originally a pet form of Margaret", fife.50megs.com/maisie.htm), added on
 * 2026-12-06 (recall37), each `~` too.
 *
 * Added on 2026-12-06 (weak41), where invented pupils probed on the bench found no candidate: Nancy for Ann and Anne
 * ("from the 18th century it is clearly used as a pet form of Ann": Hanks, Hardcastle and Hodges, A Dictionary of
 * First Names, Oxford 2006, as names.whitepages.com/Nancy quotes it; `~`, an adults' name of its own), and Lexi and
 * Lexie for Alexia (Wiktionary's "Lexie": a diminutive of Alexis, Alexia, Alexandra or Alexandria).
 */
export const NICKNAME_TABLE = `
aaliyah: aali, liyah
aaron: aza
abdullah: abdul, abdi
abigail: abby, abbie, abi
ada: addie
adam: ad, ads, adas
adrian: ade, adi
aidan: aid
aiden = aidan, ayden, aydan
ainsley: ains
alan: al
albert: al, bert, bertie, albie, alby
alexander: alex, alec, alek, xander, zander, sandy, al, lex, sasha, ~ali, sander
alexandra: alex, lexi, lexie, sandy, ~ali, allie, sasha, xandra, xana, xanda
alexia: lexi, lexie
alexis: alex, lexi, lexie
alfie: alf
alfred: alf, alfie, fred, freddie, alfy, freddy
alice: ally, allie, ~ali
alicia: ~ali, licia
alison: ~ali, ally, allie
allison = alison
amanda: mandy, manda
amber: amb
amelia: millie, milly, mia, lia, melia, meme, amelka, mel
amelie: millie, mia
amy: ames
anastasia: ana, stasia, asia, annie, tasia, nastya
andrea: andi, drea
andrew: andy, drew, andi
angela: angie, ange
ann = anne
anna: annie, ann, anya, ania, anka, anusia
anne: annie, nan, ~nancy
annabel: anna, annie, bel, belle
annabelle = annabel
anthony: tony, ant, anton
antonia: toni, tonia
april: ap
archibald: archie, arch, baldie
archie: arch
arthur: art, artie, arty
ashley: ash
aston: ash
aurora: rory, aura
austin: aus
ava: avie
bailey: bail
barbara: barb, babs, barbie, basia
barry: baz
beatrice: bea, bee, trixie, ~betty
beatrix: bea, trixie
belinda: linda, bel
benedict: ben, benny, benji
benjamin: ben, benji, benny, benjy
bernadette: bernie, detta
bernard: bernie, bern
beth: bethy
bethany: beth, bethy
billie: bill
bobby: bob
bonnie: bon
bradley: brad
brandon: bran
brendan: bren
brian: bri
bridget: biddy, bridie, gitte
brooke: brookie
caitlin: cait, caitie, katie
callum: cal, cally
cameron: cam, cammy
camilla: milla, millie, cami
carl: carlo
carol: caz, carrie
caroline: carol, carrie, caz, lina, callie
carolyn: carol, carrie
catherine: cath, cathy, kate, katie, cat, kitty, cate
charles: charlie, chaz, chas, chuck, chad, chip
charlie: chaz, chas
charlotte: charlie, lottie, lotte, lotty, char, charly, tottie
chelsea: chels
cherry: cher
chloe: clo, cloey
christian: chris, kit, christy
christina: chris, tina, chrissie, christie, kristy, kirsty
christine: chris, tina, chrissie, christie, kirsty
christopher: chris, kit, topher, christy, toph
claire: clair
clara: clare
clarissa: clarrie, rissa
claudia: claude, cloud
cody: code
colin: col
connor: con, connie
conor = connor
constance: connie
cora: corrie
courtney: court
craig: craigy
cynthia: cindy, cyn
daisy: dais
damian: damo, dami
daniel: dan, danny, dani
daniela: dani, ella, ~dana
daniella: dani, ella
danielle: dani, ella, ~ellie
darren: daz
david: dave, davey, davie, dai, davy
dawn: dawnie
deborah: debbie, deb, debs, debra
declan: dec, deccy
denise: den, neecy
dennis: den, denny
derek: del, dekka
diana: di, dee
dominic: dom, dommy, nic
dominique: dom
donald: don, donny, donnie
dorothy: dot, dotty, dolly, dora, dottie
douglas: doug, dougie
dylan: dyl
edmund: ed, eddie, ned, ted
edward: ed, eddie, eddy, ned, ted, teddy
edwin: ed, eddie, win
eleanor: ellie, nell, nellie, ella, elle, nora, lenny, leni
elena: ellie, lena, lenuta, elenuta, ~helen
eliana: ellie, ana
elijah: eli, lije
eliza: liza, lizzie, ~elsie
elizabeth: liz, lizzie, lizzy, beth, betty, bette, libby, eliza, bess, bessie, betsy, liza, lizbeth, ~elsie, ~lisa, ~lily, ~elsa, lilibet, ~ellie, ~ella
ella: ellie, elle
ellen: ellie, nell, nellie
ellie: els
eloise: ellie, lou, elle
elsie: els
emil: em
emilia: emmy, millie, milly, mila, em, lia, emilka, ~emily
emily: em, emmy, emmie, milly, millie, emmi
emma: em, emmy, emmie
erin: ez
esme: ezzy
esther: essie, hettie
ethan: eth
eugene: gene
eva: evie, ~eve
evangeline: evie, eva, angie, vangie
eve: evie
evelyn: evie, eve, lyn
ezra: ez
faith: fay
felicity: flick, fliss, felly, liss
felix: flix
fiona: fi, fee
florence: flo, flossie, florrie, floss
frances: fran, frankie, fanny, franny
francesca: fran, frankie, cesca, chesca
francis: frank, frankie, fran
frank: frankie
frederick: fred, freddie, freddy, fredo, fritz, ~rick
freya: frey
gabriel: gabe, gabby
gabriella: gabby, ella, brie, gabi
gabrielle: gabby, brie, elle
gareth: gaz
gary: gaz, gazza
genevieve: genny, evie, gen
george: georgie, geo, dod
georgia: georgie, gee
georgiana: ~georgie, ~gina
georgina: georgie, gina, george
gerald: gerry, jerry, ged
geraldine: gerry, geri, dina
gillian: gill, jill, gilly, jilly
grace: gracie
graham: gray
gregory: greg, gregg, greggy
hannah: han, hanna
harold: harry, hal
harpreet: ~harry
harriet: hattie, ~harry, hatty, etta, ~hetty, ~hettie
harrison: harry, harri
harry: haz, hazza, harri
harvey: harv, harvs
hayden: hay
heather: heth
helen: nell, nellie, lena, ellie
helena: lena, nell, ~helen
henrietta: hetty, hettie, etta, henny
henry: harry, hal, hank, hen
hollie = holly
holly: hols
hope: hopey
horace: horry
hugh: hughie, shug
hugo: ~hugh, hughie
ian = iain
imogen: immy, midge, gen, imi
iris: rissy
isaac: ike, zac, izzy, isaak
isabel: izzy, izzie, bella, belle, isa, izzi, issy, isi, ibby, belinha, bela
isabella: izzy, izzie, bella, belle, isa, izzi, issy, bel
isabelle: izzy, izzie, bella, belle, izzi, issy
isaiah: zay
isla: izzy
ivy: ives
jack: ~jacky, ~jackie, jax
jackson: jack, jax, jacks
jacob: jake, jay, coby, jakey
jacqueline: jackie, jacqui, jacky
james: jim, jimmy, jamie, jimbo, jem, jay
jamie: jay, jim
jane: janey, jenny, jan
janet: jan, jenny, netty
jasmine = yasmin, jazmine, jasmin
jasmine: jas, jazz, jaz, jassy, minnie
jason: jay, jase
jayden: jay
jemima: jem, mima
jennifer: jen, jenny, jenna, jenni, jennie
jeremy: jerry, jez, jem
jessica: jess, jessie, jessi, jessy
joan: jo, joanie
joanna: jo, jojo, joey, asia, joasia
joanne: jo, jojo
jocelyn: joss, jos
john: johnny, jack, jon, johnnie, jonny
jonathan: jon, jonny, jonty, johnny
jordan: jord, jordy
joseph: joe, joey, ~jo, jos, joss
josephine: jo, josie, jojo, posy, jose
joshua: josh, joshy, jos
judith: judy, jude, jodie
julia: jules, ~julie, julka, julcia
julian: jules, jools
juliet: jules, julie, etta
justin: jus
karen: kaz, kaza
katherine: kate, katie, kathy, kath, kat, kitty, kay, katy, kit
kathleen: kath, kathy, kay, kate
kathryn: kate, katie, kath, kathy, kat
katie: kat, kit
kayla: kay
keith: keefy
kelly: kel
kenneth: ken, kenny
kevin: kev
kimberley: kim, kimmy
kimberly = kimberley
kyle: ky
lacey: lace
laura: laurie, lolly, lori
lauren: laurie, lolly, ren
lawrence: larry, laurie, lol
leah: lea
leo: leon
leon: leo
leonard: leo, len, lenny, leon
leonardo: leo, nardo
lewis: lew, lou, louie
lilian: ~lily, lil, ~lilly
lillian: lily, lil, lilly
lily: lil, lils, lilly
lilly = lily
linda: lindy, lin
lola: lolly
louis: lou, louie, lew
louisa: lou, lulu, louie
louise: lou, lulu, weezy
lucas: luke, luca, lukey
lucia: lucy, lu
lucy: lu, luce, lulu
luke: lukey
lydia: lyddie, liddy
madeleine: maddie, maddy, madi, lena
madeline = madeleine
madison: maddie, maddy, madi
maisie: maise, maisy
malcolm: mal, malc, colm
margaret: maggie, meg, peggy, madge, marge, peg, mags, maggi, ~daisy, ~greta, ~rita, ~margot, ~maisie
maria: mia, ria, marysia, mariuca, marioara
marie: ria
marion: mary
martha: marty, mattie, patty
martin: marty, mart
mary: molly, polly, mae, mamie, may, maisie, ~minnie, ~mollie
matilda: tilly, tillie, mattie, tilda, ~hilda, ~maud, matty
matthew: matt, matty, mat, matti
maximilian: max, maxi, maxim
maxwell: max, maxi
megan: meg, meggy, megs
melanie: mel, mellie
melissa: mel, missy, lissa
mia: mimi
michael: mike, mick, micky, mikey, mickey, mikky, mich
michaela: kayla, mickey, micky, mikki
michelle: shelley, shell, chelle, mish
mildred: millie, milly
millicent: millie, milly, lissie
mohammed = muhammad, mohammad, mohamed, muhammed, mohamad, mohammod, mahomed, muhamad
mohammed: mo, moh, moe, md, mohd, muhd, hamoudi
molly: moll
morgan: morg
nancy: nan, nance
naomi: nay
natalie: nat, tally, nattie, talia
natasha: tasha, nat, tash
nathan: nate, nat
nathaniel: nate, nat, nathan, natty
neil: neilly
nicholas: nick, nicky, nico, nic, cole, nik
nicola: nicky, nikki, nic, nicki, cola
nicole: nicky, nikki, nic, nicki, cole
noah: no
norman: norm
oliver: ollie, olly, oli, ol, noll
olivia: liv, livvy, livvie, ollie, olly, livy, via, oli, liva
oscar: ozzy, ossie, oz, ozzie
ottilie: ~tilly, ottie
owen: owie
pamela: pam, pammy
patricia: pat, patty, trish, tricia, patsy, tish
patrick: pat, paddy, patsy, ~rick, ricky
paul: paulie
paula: paulie
penelope: penny, pen, nell, ~poppy, ~pippa, pip
peter: pete, petey, pedro
philip: phil, pip, philly
phillip = philip
phoebe: phee, bee
poppy: pops
rachel: rach, rae
rebecca: becky, becca, bex, bec, becks, reba
reuben: rube, rubes
richard: rich, richie, rick, ricky, dick, dickie, dicky, rico
robert: rob, robbie, bob, bobby, bert, robin, robby, rab
roberta: bobbie, robbie, bertie
robin: rob, robbie
rodney: rod, roddy
ronald: ron, ronnie, ronny
rosalie: ~rosie, ros
rosalind: ros, roz, rosie, linda
rose: rosie, rosy
rosemary: rose, rosie, romy, rosa
rowan: ro
ruby: rubes, roo
russell: russ, rusty
ruth: ruthie
ryan: ry
sabrina: bree, brina, sabs
sally: sal
samantha: sam, sammy, sammie, sami
samuel: sam, sammy, sammie, sami
sandra: sandy, sandi, san
sara = sarah
sarah: sal, sally, sadie, sar, sazzle, saz
scarlett: scar, lettie, letty
sean = shaun, shawn, shaune
sebastian: seb, bash, sebby, bastian, baz, basti
sharon: shaz, shaza
sheila: shel
simon: si, sim, simmo
sofia = sophia
sophia: sophie, soph, sophy, fia
sophie: soph, sophs
stanley: stan, stanny
stephanie: steph, stevie, fanny, steff
stephen: steve, stevie, steph, stevo
steven = stephen
stuart: stu
summer: sum
susan: sue, susie, suzy, sukey, suze, sus
suzanne: sue, suzy, suze
sydney: syd, sid
tabitha: tabby, tab, abby
taylor: tay
teresa: tess, tessa, terri, terry, tessie, teresinha
terence: terry, tel
theo: teddy
theodore: theo, ted, teddy
thomas: tom, tommy, thom, tam, tomo
timothy: tim, timmy, timbo
tobias: toby, tobes, tobe, tobi
tracey: trace
tracy = tracey
travis: trav
trevor: trev
tristan: tris, triss
tyler: ty
valentina: val, tina
valerie: val, vally
vanessa: nessa, ness, van, vanny
veronica: ronnie, nika, roni
victor: vic, vick, vicky
victoria: vicky, vicki, vic, tori, tory, vickie
vincent: vince, vinny, vinnie
violet: vi, lettie, vio
vivian: viv, vivi
vivienne: viv, vivi
wayne: wayno
wendy: wen
wesley: wes
william: will, bill, billy, willy, willie, liam, wills, wim
winifred: winnie, freda, win
yasmin: yas, yaz, minnie
yusuf = yusif, yousef, yousuf, youssef
zachary: zach, zack, zac, zak, zachy
zara: zaz
zoe: zo, zozo
adele: del, dell
agnes: aggie, nessie
amira: mira
anya: ana
arlo: arl
autumn: autie
axel: ax
ayesha: aisha, esha
aisha = ayesha, aysha
beau: bo
bella: bel, bels
blake: blakey
bobbie: bob
brody: bro
carter: cart
cecilia: cissy, celia, cece, cecily
cecily: cissy, cece
clementine: clemmie, clem, tina
darcey = darcie, darcy
darcie: darce
delilah: lila, lilah, del
dexter: dex
dolly: doll
eden: edie
edith: edie, edy
edie: ed
eliot = elliot, elliott
elliot: eli, ell
elsa: els
elowen: ello
emmanuel: manny, emmy
ernest: ernie
esmeralda: esme, essie
ethel: eth
fatima: fati, tima
finlay: finn, fin
finley = finlay
finn: fin
flora: flo, florrie
francesco: frank, frankie, cesco
gemma: gem, gems
hamza: hamzah
harper: harps
hazel: haze
ibrahim: ibby, ibra, abe
ismail: izzy, ismael
ivan: vanya
jenson: jens
jessie: jess
jude: judey
kai: kye
kian: ki
lara: lar
layla: lay, lala
leila = layla, laila
leighton: leigh
lennon: len, lenny
lenny: len
lewin: lew
lincoln: linc
logan: lo
lorenzo: enzo, renzo
lorna: lor
luca: luke
mabel: mab, mabs
marcus: marc, ~mark
mark: marky
mason: mase
matteo: matt, teo
maya: mai
mckenzie: kenzie, kenz
mckenna: kenna
miles: milo
mila: mil
milo: my
muhammad: mo
myla: my
nora: norah
ophelia: phe, lia
orla: orls
orlaith = orla
otis: ot
otto: ot
paige: paigey
penny: pen
piper: pipes
quentin: quin
raymond: ray, raymie
reggie: reg
reginald: reg, reggie, rex, reggy
riley: ri
ronan: ro
rory: ror
rupert: rupe, bertie
sadie: sade
seth: sethy
sienna: si, sien
spencer: spence
stella: stell
sylvia: syl, sylvie, via
teddy: ted
tilly: til
tommy: tom
tony: ant
ursula: ursie, sula
wilfred: wilf, fred, freddie, will
willow: ~will, wills
xavier: xav, zav
zainab: zee
zeynep: zey
abdulrahman = abdurrahman, abdirahman, abdelrahman, abdulrehman
abdullah = abdullahi
ahmed = ahmad, ahmet
fatima = fatimah
hassan = hasan
hussain = hussein, husain, husein
khadija = khadijah, khadeeja
maryam = mariam, mariyam, marium, maryum
mustafa = mustapha
omar = umar, omer
osman = usman, uthman
yasin = yaseen, yassin
zain = zayn
zainab = zaynab
lachlan: lachie, lachy
callum = calum
alasdair = alastair, alistair, alister
ewan = euan, ewen
rory = ruairi, ruaridh, ruairidh, ruaraidh
kieran = ciaran, kieron, keiran
cillian = killian
padraig: paddy
maeve = maebh, meabh
aoibheann = aoibhinn
dafydd: dai, dewi
gruffydd = gruffudd
gruffydd: guto, gruff
llywelyn = llewelyn, llewellyn
llywelyn: llew
myfanwy: myf
lucinda: lucy, cindy
philippa: pippa, pip
susannah: susie, suzy, sue
susanna: susie, suzy, sue
ezekiel: zeke, ez
elias: ~eli
arabella: bella, ara
augustus: gus, ~august
caleb: cal
calvin: cal, vinny
camille: cammie, ~millie
cedric: ced
cordelia: cordy, ~delia
daphne: daph
estella: ~stella
estelle: ~stella
gwendolyn: gwen, ~wendy
hermione: hermie
india: indie, indy
isadora: issy, ~dora
keziah: kizzy
leonora: ~nora, nell, nellie
malachi: mally
miranda: mandy, mira
octavia: tavia
olive: ollie
persephone: seph, sephy
prudence: prue, prudy
roxanne: roxie
serena: rena
theodora: ~dora
violetta: lettie
matilda = mathilda
`;
