/**
 * Given names common in the UK across generations (pupils, parents, grandparents), beyond those in
 * the nickname table. Used only to know that a word is somebody's name: "Hayley Williams" is not
 * a typo of the pupil Harley Williams, "Paula Smith" not one of Paul Smith. Lower case, folded.
 */
export const GIVEN_NAMES = `
aarav aaron abdul abdirahman abdullahi abel ada adaeze adam adeel adele adriana adrian agata agnieszka ahmad ahmed aileen ailsa aimee
aisling alana alanna alastair alba albie alden aleksander aleksandra alesha alessandro alexa alexia alfie ali alicja alina alisha alistair
alma amal amani amara amari amaya amelie amina amir amrit amy ana anabel anais andre andreea andrei andy aneesa angel angelica angus
anika anil anita anjali ann annette annie ansel antoni antonio anya arabella archer aria ariana arianna ariel arjun arlo armani arnav
aron arran asa asha ashton asher asif asma aston astrid athena aubrey audrey august aurelia austin ava avery ayaan ayan ayla aylin
azaan aziz bailey barney basil bea beatrix becky belle ben bernice beryl bethan betsy beverley bianca billy blair blaine blessing bogdan
bonnie brad brandon brenda brett brianna bridie brogan bronte bronwen bruce bryony bushra cadence cai caleb callie calvin cara carina
carla carlos carly carmen carys casey cassandra cassie cathal cerys chanel chantelle charis charley chase chelsea cher cheryl chester
christa ciara cian ciaran clare clark claudette clayton cleo clifford clive cole colette colm conrad cora corey craig cristian
cruz cyrus dale damien dana danny daria darius darla darragh darryl dave davina dawid dean declan delia demi denzel derrick desmond
destiny devon dexter diane dina dion dolores dominika donna dora doreen dorian douglas drew duane duke dustin eamon ebony eddie edgar
edith efe eileen eilidh elaine eleni elif eliot elise ella ellen elliott ellis elodie elsa elton emil emilio emir emre ena enzo eric
erica erin ernest esme essa esther ethel eugene eunice evan ezekiel faisal faith farah faye felicia fenella fergus fern filip finn
finnian fleur flynn frances franco frankie fraser freda gabriel gail gareth gavin gaynor gemma gene georgiana georgie gerard gia gianna
gideon gilbert gina giovanni gladys glen glenda glenys gloria gordon grant greg gregor greta guy gwen gwendolyn habiba hadley hafsa
hailey haleema hamish hana hanna harlow harley harper hassan hattie haydn hayley hazel heath hector heidi henri hermione hilary hollie
honor hope howard hussain ibrahim ida idris ieuan iman imran ines inga iona ira irene iris isaac isaiah isha ismail ivan ivo ivor ivy
jace jacqui jade jakub jamal jameson jamila jan jana janice jared jasper javier jay jayde jaylen jean jeanette jeff jem jemma jenna
jerome jess jethro jill jo joanna jocelyn jodie joel joey johanna jolene jonah jordan jorge josiah joy joyce juan julie julius june
justine kacper kaden kai kaia kamil kara karan kareem karina karl karolina kasia kate katarzyna kayden kaylee keira kellie kelsey
kenzie kerry kerys khadija kian kiara kieran kimberly kira kirsty kit klaudia kobe kofi krish kristen krystal kyla kyra lacey laila
lana lance lara larissa laurel layla leah leanne lena lennie lennox leonie leroy lesley lexie liam lila lilah lilian lina lindsay
lindsey lisa lois lola lorcan loretta lori lorna lorraine louie lowri luca lucian lucille luis luka lukas luna lyla lynda lynne mabel
macie mackenzie maddison madeleine mae maeve magnus mahi maia maja malachi malik mandy manuel mara marcel marco marcia margo maria
mariam marianne marina marion marisa marley marnie marsha marta marvin maryam matilda mattie maureen mavis max maxine maya mckenzie
meera megan melody mercy meredith mia mica michal mikayla mila miles milena millie milo mina mira miriam misha mollie monica monty
morgan muhammed murray mustafa myles nadia naeem naima nala naomi nasir natalia nathalie neha nell nevaeh niall niamh nico nikita
nikola nina nisha noel noor nora norah nyla oakley odette olga olive oliwia omar oren orla orlando osian otis owen pablo paige
paloma paris parker patience patrik pauline pearl pedro penny percy petra phoenix pierce piotr piper polly preston priya quinn rafael
raheem rahul raj rana randall raphael raquel rasheed raven rayan rayyan reece reese regan reid remi renee rhea rhian rhiannon rhys
ricardo rio river robbie robyn rocco rohan roisin roman romeo romy ronan rosa rosalie rose roxanne rudy rufus ruth ryder sabina sadie
safa saffron saira salma salman sami samir samira sana santiago sasha saul savannah scarlet selena selina seren serena shane shannon
shauna shay shelby sheldon shirley sian siddharth sidney silas sinead siobhan skye sofia sonia sonny sophia spencer stacey stanley
stefan stella sterling steve summer susie suzanne sylvie tahlia tallulah tamara tamsin tania tanya tara tariq tatiana tayla teagan
tegan terri tess tessa thea theresa tia tiago tiana tilly timmy tobias tomas tomasz tori travis tristan troy tyler tyrone uma usman
valentina vanessa vera veronika vicky vienna vikram vinnie violet vivienne wade walter wanda warren wesley wiktoria wilf wilfred
willa willow winston wren wyatt xavier yahya yara yasmin yousef yusra yvette yvonne zac zach zahra zak zane zara zayn zayan zeeshan
zelda zion zofia zoe zuzanna
gary karen tracey darren wayne sharon dawn nigel trevor colin andrea beverley keith kevin graham stuart martin neil paul mark
steven ian simon jason lee dean scott shaun barry derek malcolm roger geoffrey brian alan philip timothy russell glenn carl julian
duncan marcus vincent deborah alison joanne claire michelle angela tina wendy kelly donna gillian sandra carol linda janet maureen
brenda denise heather teresa elaine catherine lynn fiona kimberley jodie louise raymond kenneth terence dennis norman leslie
`;
