/**
 * Given names common in UK families across backgrounds and generations (pupils, parents,
 * grandparents), beyond those in the nickname table. Used only to know that a word is somebody's
 * name, so that a one-letter difference from a pupil's forename that lands on it is another
 * person's name, not a typo: "Hayley Williams" is not a slip for the pupil Harley Williams, "Paula
 * Smith" not one for Paul Smith, "Samina Khan" not one for Amina Khan, "Kiran Bailey" not one for
 * Kieran Bailey, "Hoa Pham" not one for Khoa Pham. A mostly English list made adults with other
 * families' names look like misspelt pupils, hence the groups below.
 *
 * Lower case, letters only, folded to ASCII as the matcher folds before lookup (Łucja → lucja,
 * Małgorzata → malgorzata). A name appears once, in the first group it belongs to; a name that is
 * both a pupil's and an adult's is fine here: the list says only "this word is a real given name".
 * Whitespace separates names; the groups are joined into one string.
 *
 * Where the entries come from: written for this project; neither this file nor its history cites
 * a published list. The first group came with the matcher's adult checks (d7b0726, 2026-11-25);
 * about 2,200 names of other backgrounds and generations were added after adults with such names
 * were read as pupils' typos (549d0c9, 2026-12-01); the Vietnamese group after the second
 * evaluation (cab5e42, 2026-12-02); the Chinese and Vietnamese given names that are family names
 * too after issue 14's background adults (2026-12-05); other spellings of popular names, each a name the ONS's "Baby
 * names in England and Wales" tables count separately, after issue 14's near-namesakes (2026-12-05); the spellings the
 * nickname table gives as short forms one letter from their name (Lea for Leah), after a flag of an adult Lea (2026-12-07).
 */
export const GIVEN_NAMES: string = [
  // Common in the UK across generations; the project's first list.
  `
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
gary karen tracey darren wayne sharon dawn nigel trevor colin andrea keith kevin graham stuart martin neil paul mark
steven ian simon jason lee scott shaun barry derek malcolm roger geoffrey brian alan philip timothy russell glenn carl julian
duncan marcus vincent deborah alison joanne claire michelle angela tina wendy kelly gillian sandra carol linda janet
denise heather teresa catherine lynn fiona kimberley louise raymond kenneth terence dennis norman leslie
`,
  // Pakistani, Bangladeshi and other South Asian Muslim families.
  `
aaisha aamina abbas abdulla abdullah abid abul adil adnan afia afsana afzal ahsan aijaz aisha aizah akbar akhtar akram alam alamgir
aleena aleeza alia alishba aliya altaf amaan amin amjad amna anam anaya anees anis anisa anwar aqib aqsa areeba areej arfa arif
arooj arshad asad asghar ashfaq ashik ashraf asiya aslam atif atiya ayat ayesha ayub azam azhar azra babar basharat bibi bilal
danish dilara ehsan ejaz eshal fahad fahim faizan faraz fareeha farhan farhana farid farida fariha farooq farzana fatima fatimah
fawad fayaz fouzia fozia furqan ghazala ghulam habib hadiya haider hajra halima hamid hamza hamzah hanifa haniya haris haroon hasan
haseeb hashim hasina hina hoorain humaira humayun hussein iftikhar ijaz ilyas imtiaz inaya iqbal iqra iram irfan isa ishaq ishtiaq
jahanara jahangir jahid jamil jannat javed javeria jesmin jubayer junaid kainat kamal kamran kashif kausar khadijah khalid khalil
khurram kulsoom laiba liaqat lipi lubna madiha mahfuz mahira mahmood mahmuda mahnoor maira majid maleeha maliha mamun manahil
manzoor maqsood marium mariyam masood masum mazhar mehmood mehreen mehwish misbah mizan mohsin moin momina momtaz monir mubarak
mudassar mujahid mukhtar muneeba munir murtaza musa mushtaq nabila nadeem nadir nafisa naheed naila najma nargis nasima nasreen
nasrin naveed nawaz nazia nazir nazish nazrul nighat nilofar nimra nisar noman noreen nosheen nouman nusrat obaid omer osman parveen
parvez parvin pervez qasim qurat rabia rafi rafia rafiq raheel rahila rahim rahman raihan rakib rameez rasheda rashid rauf rehan
rehana riaz rida rizwan rizwana rokeya roshni rubel rubina rukhsana ruksana rumana rupa sabbir sabiha sabir sadek sadia sadiq saeed
safdar safia saiful saima sajid sajida sajjad saleem salim sameer samina samra sanam saniya saqib sarfraz shabana shabir shafiq
shafiqul shagufta shaheen shahid shahida shahin shahjahan shahzad shaista shakeel shakil shakila shamim shamsul shanaz shariful
sharmin shazad shazia shehnaz shehzad shireen shirin shoaib sidra sobia sohail sufyan suhail sultan sultana sumaira sumaiya sumaya
sumayyah sumon tahir tahira tahmina talha tanveer tanvir tareq taslima tasneem tasnim tauseef tayyab tayyaba tofael tufail umair
umar usama uzair uzma waheed wajid waleed waqar waqas waseem wasim yaseen yasin yasir yasmeen younis yunus zafar zaheer zahid zahida
zain zainab zakia zakir zarina zoya zubaida zubair zulekha zulfiqar
`,
  // Indian families: Hindu (Gujarati, Punjabi, Tamil, Bengali and others) and Sikh.
  `
aadya aarti abhay abhishek aditi aditya advik ajay akash akshay alok amandeep amar amarjit amit amitabh anand anish ankit ankur
anupam anusha anvi arjan arun aruna arvind ashok ashwin atul avinash balbir baljit balvinder balwinder bharat bhavesh bhavna bina
chandra charanjit chetan daljit darshan davinder deepa deepak deepika dev devika dhruv dhruvi dilip dinesh divya diya ekam fateh
gagandeep gaurav geeta gita gopal gurdeep gurinder gurleen gurmeet gurpreet gursharan gurveer harbans hari harish harjinder harjit
harleen harnoor harpreet harvinder hema hemant hetal hitesh inderjit indira ishaan ishan ishani jagdish jai jasbir jaskaran jasleen
jasmeet jasnoor jaspreet jasvir jaswinder jatinder jaya jayesh jignesh jyoti kabir kajal kalpana kamala kamaljit kamlesh kapil
kavita kavya kiaan kiran kishan kishore krishna kuldeep kulwant kulwinder kunal lakhvir lakshmi lata madhu mahesh mala mandeep
manish manisha manjit manoj manpreet manraj meena mehul minal mitesh mohan mukesh myra nalini nandini naresh navdeep navin navjot
navneet navya neel neelam neeta nikhil nilesh nirmala nitin padma pallavi pankaj paramjit paresh parminder parul pooja pradeep
prakash pranav prem pritam priti priyanka pushpa rachna radha rajan rajendra rajesh rajinder rajiv rajvinder rakesh ramesh rani
ranjit ravi ravinder rekha renu reshma reyansh rishi ritu riya rohit roshan ruchi rupal saanvi sachin sagar sandeep sanjay sanjeev
santosh sapna sarbjit sarita satnam savita seema shalini shanaya shanti sharmila shilpa shiv shreya shweta simran simranjit smita
sneha sonal sukhdeep sukhjinder sukhvinder sukhwinder suman sunil sunita suresh surinder sushila swati tajinder tanvi tarlochan
tejal usha vaishali varsha vasant vihaan vijay vikas vinod vipul vishal vivaan yash yogesh
`,
  // Arabic-speaking, Iranian, Afghan and Kurdish families.
  `
abdelrahman abdulaziz abdulrahman adel ahlam ahmadzia ala amr anas aram arash avan ayman azad babak baran bashir basma behnaz
berivan bijan bita dalia dara dariush delal dilan dilshad diyar fadi fahd faris farnaz farzad ghada hadi haifa haitham hala hamad
hamdan hani hatem hawre hevi hevin hiba hoda hossein huda hussam issa jawad jood joud jwan karim karwan kaveh kawa khaled khalifa
laith laleh lama lamar layan lujain mahdi maher mahmoud mahsa mais majed malak mansour marwa mayar mazen mehdi mohanad mona muath
muna nabil nada nadine narin nasser nazdar newroz nilufar nour noura ola omid osama parisa parwana payam qais rami rania rasha rawan
rebin reem reza rima roj rojda rojin roya roza rozhin saad sabah sahar salah salem samer shabnam shahad shano shilan sirwan soran
soraya suad tala tamer tamim wael wafa wahid walid wissam yasaman yasmine yasser youssef zaid zana zeina zia ziad
`,
  // Somali families.
  `
abdi abdiaziz abdikadir abdiqani abdirizak abdisalam abdiwali amran barkhad cabdi cabdullahi deeqa faadumo filsan fowsia guled hamda
hamdi hamse hanad hawa hawo hibo hodan idil ifrah ikran ilhan istahil jama khadar liban mahad maryan mohamud mustafe nasra nasteho
nimco qali ruqia sacdiya sagal sahra sakariye shukri sucad ubah warsame zamzam
`,
  // Nigerian families: Yoruba, Igbo, Hausa and others.
  `
abayomi abimbola abiodun abubakar adaobi adebayo adebola adedayo adekunle ademola adenike adeola adesola adetola adewale adunni
aliyu amaka amarachi aminu anjola ayo ayobami ayodele ayomide ayomikun ayoola babajide babatunde bayo bello binta bolaji bolanle
bukky bukola bunmi chiamaka chibuike chidera chidi chidinma chidubem chika chikamso chimamanda chinedu chinonso chinwe chioma chisom
chukwuemeka chukwuma dami damilare damilola danjuma dapo darasimi dayo demilade dupe ebuka ebun ebunoluwa efosa emeka eniola eseosa
femi feyisayo fiyin fiyinfoluwa folake folasade folashade foluke funke funmi funmilayo funmilola garba gbenga hadiza hauwa ibukun
ife ifeanyi ifeanyichukwu ifeoluwa ifeoma ijeoma ikenna inioluwa ireti iyabo jamilu jide jumoke kabiru kamsi kayode kehinde kelechi
kemi kosi kosisochukwu kunle kunmi lanre lawal mayowa modupe mofe moji morayo morenike motunrayo munachi murtala nasiru ngozi nifemi
niyi nkechi nkem nnamdi nneka nneoma nonso obi obinna ogechi okechukwu olabisi oladele olamide olaniyi olatunde olawale olayinka
olisa olu oluchi olufunke olumide oluwabukola oluwabunmi oluwadamilare oluwadamilola oluwafemi oluwafunmilayo oluwakemi oluwaseun
oluwaseyi oluwatimilehin oluwatobi oluwatobiloba oluwatosin oluwatoyin onyeka onyinye opeyemi oreoluwa osagie osaze oyin oyindamola
pelumi rabiu ronke sani segun seun seyi shade shehu simisola sola somto somtochukwu taiwo temi temidayo temiloluwa temitope timi
timilehin tioluwani tobi tobiloba tochi tochukwu tolani tolu toluwalope tomiwa tope tosin toyin tunde uche uchechukwu uchenna ugo
ugochi umaru wale yakubu yemi yetunde yinka zikora
`,
  // Ghanaian families (including day names in Twi, Fante and Ewe spellings) and other African families.
  `
aba abeba abena achieng adjoa adwoa afua aissatou akinyi akosua akua akwasi alhaji ama aminata araba atieno ato auma ayana baraka
biniam chipo dawit delali dzifa edem efia efua ekow ekua elikem elorm enam esi esinam etornam eyerusalem farai fatoumata feven
hermon hiwot ibrahima imani jabari kadiatou kagiso kalkidan kamau kidane kobby kobina kodjo kodzo kojo kossi kudzai kuukua kwabena
kwadjo kwadwo kwaku kwame kwamena kwasi kweku kwesi lerato makena mamadou mandla mariama mawuli mawunyo mehret mekdes merhawi moussa
naa nana neema nii njeri nomsa nyasha otieno ousmane paa rudo rumbidzai sedem selam selasi selorm semhar senait sipho tafadzwa
takudzwa tanaka tariro tatenda tendai tesfaye thabo thandiwe themba tinashe tsega tsion wambui wanjiru yaa yao yaw yawa yohannes
yonas yosef zanele zawadi
`,
  // Polish, Lithuanian, Romanian, Bulgarian and other Central and Eastern European families.
  `
adrianna aga jasna agne aiste alexandru alketa anastasiya anatoliy anca andris andriy aneta ania aniko antek arben ardit arek arjola
arkadiusz artem asen asia atanas aurimas austeja bartek bartlomiej bartosz basia beata bence besnik bisera boguslaw bohdan boris
boyan bozena camelia catalin catalina claudiu constantin corina cosmin cristi cristina dagmara daniela danuta darek dariusz deividas
denisa desislava dima dimitar dimitrina dmitri dmitry dmytro doina domantas dominik dorin dorota dovydas dritan dumitru edgars edyta
egle ekaterina elira elzbieta emilija erion ermal eszter eugen ewa ewelina fatmir florin florina franciszek gabija gabor gabriela
galina gediminas genowefa georgi gergana gheorghe giedre gintare gosia grazyna grzegorz grzesiek halina henryk horia hristo ieva
ignacy igor ileana ilze indre ioan ioana ion ionela ionut irena iryna istvan iulia iulian ivaylo iwona iza izabela jacek jadwiga
janina janis jarek jaroslaw jerzy jolanta jonas jozef jurgita justas justyna kalina kamen kamile karol karolis kateryna katya
kazimierz kestutis kinga klea klodian krasimir krysia krystyna krzys krzysiek krzysztof kuba laszlo laurentiu lech leszek liga
liliana loredana lucja lukasz luminita lyubomir lyudmila maciej maciek madalina magda magdalena maksym malgorzata malgosia mantas
marcin marek marian mariana marius mariusz mariya marysia marzena mateusz migle mihaela mihai mikolaj milda mindaugas mircea mirek
mirela miroslaw mladen monika mykola nadezhda nastya natalya nicolae nicoleta nikolay octavian oksana oleksandr olena oliwer ovidiu
patrycja paulina paulius pawel petar petru piotrek plamen przemek przemyslaw radka radoslaw radu rafal raluca ramona rasa raya
razvan renata rimas rokas rosen roxana rumen ruta ryszard saulius sergei sergey sergiu silviu simeon simona slawomir snezhana sofiya
sorin stanislaw stanislawa staszek stoyan sveta svetlana sylwester sylwia szymon tadeusz taras teodor teodora tetiana tomek tsvetan
tsvetelina urszula vaida valentin vasil vasile vesela veselin vilius viorel viorica vitaliy vlad vladimir vytautas weronika wieslaw
wieslawa wiktor wioletta witold wojciech wojtek yana yaroslav yordan yulia yuliya zbigniew zbyszek zdravko zdzislaw zoltan zornitsa
zosia zsofia zsuzsanna zuza zygimantas
`,
  // Portuguese, Spanish, Italian, Greek and Cypriot families.
  `
afonso ainhoa alejandro alessandra alessia alvaro andreas andres andri androulla angelo antonella beatriz begona beppe blanca bruno
carlo carmela carmine catarina chiara christos chrystalla claudio conceicao concepcion concetta concha consuelo costas cristiano
daniele davide demetris despina dimitri dimitris dino diogo domenico duarte eduardo eleftheria elpida emanuele encarnacion enrico
enrique esperanza fabio federica federico fernanda fernando filipa filipe francisco gabriele georgios giacomo gianluca gianni
giannis gino giorgia giorgio giovanna giulia giuliana giulio giuseppe giuseppina goncalo gonzalo goreti graca guadalupe guilherme
helder ignacio inmaculada jaime jesus joana joao joaquim jose julio kostas kyriacos kyriakos laia leonor lorenzo lourenco lucia
luigi luisa lupe macarena manolo margarida mario marisol maroulla massimo matilde maurizio mercedes michela michele miguel
montserrat nacho nerea nikos nuno nunzio nuria paco panayiota panayiotis panos paola paolo pasquale paulo pepe peppe pietro pilar
pino raffaele raul riccardo rita roberta roberto rocio rodrigo rosaria rosario rui salvatore sandro sergio silvia simao simone
sotiris stavros stefania stefano susana tommaso valeria valerio vasco vincenzo vitor vittoria ximena yiannis
`,
  // Turkish and Turkish Cypriot families.
  `
ahmet alp arda asya ayse aysel aysun baris batuhan beren berk berkay burak burcu busra can canan cansu cem cemal cengiz defne deniz
derya dilek ebru ece ecrin eda ela emine enes eylul ezgi fatih fatma ferhat furkan gamze gizem gul gulay gulsen hakan halil hatice
hulya huseyin ipek irem kaan kemal kerem koray kubra leyla mehmet melek melis meltem mert merve nehir nesrin nur nurten oguz onur
ozan ozge ozlem recep sedef selin semra serkan sevgi sibel sinan songul sukru suleyman tayfun tolga tugba tuncay ufuk umut volkan
yagmur yasemin yigit zehra
`,
  // Chinese (romanised), Vietnamese and Filipino families.
  `
analyn anh arnel bao binh chao chau cherry chi chun cuong dat dindo divina duc erlinda estrella fai fang feng giang guang hai hanh
hao haoran hieu hoa hoai hoang hoi hong hua hue hui huong huy jericho jia jiahui jian jie jing jolina jomar jonalyn joselito jovelyn
jun khanh khoa kristine kun kwok lan lei lin ling linh loan lok lourdes mai maribel maricel mariel marilou marites mei min ming minh
mylene nam nenita nga ngan ngoc nguyet nhi nhung ning ofelia phong phuc phuong ping precy qiang qing quan quang quoc quynh rhoda
rodel rolando rommel rosalinda rowena sau shan sheng shing shu siu tak tam tao teresita thanh thao thi thu thuy tian tien ting trang
trinh trung tuan tung tuyet uyen viet vinh virgilio vy wah wai wei wen wilma xia xiao xiaoming xin xiu xuan yan yang yee yen yiming
yin ying yong yuan yun yuxuan zhao zhen zhi zhong zihan zixuan
`,
  // Other spellings of popular names, each a name of its own (Meghan, Jaiden, Tylor, Abbigail): an
  // adult so called is not a pupil's slip (issue 14). The ONS's "Baby names in England and Wales"
  // counts each spelling as a name.
  `
jaiden jaden jadon jaydon jaydan meghan meagan tylor tyla abbigail abigale aden branden cloe khloe sofie izabel lillie lili elly elli evey haley haylee hayleigh mya zoey zoie rebekah conner mathew ashleigh ashlee kortney bethanie loren lauryn rylee ryley reilly rees elinor eleanore katey emilie lailah aliyah aleah kacie shanon jordon dillon kyan
`,
  // Spellings one letter from a name that the nickname table gives as its short forms (Lea for Leah, Jon for
  // John, Fin for Finn, Clair for Claire, Harri for Harry, Isaak for Isaac, Sade for Sadie): each a name the ONS
  // counts, so an adult so called is somebody of that name, never the pupil's whole name (issue 14).
  `
lea jon fin clair harri isaak sade
`,
  // Irish, Scottish and Welsh given names.
  `
aine alasdair aled alister alun aneurin olwen angharad anwen aodhan aoibheann aoibhinn assumpta attracta breda brid brigid cadi caio calum
caoimhe caoimhin carmel carwyn catrin catriona ceri cerian cillian clodagh conall cormac dafydd daithi dearbhla deirdre delyth
dermot dewi diarmuid dilys donal donnacha dympna eamonn efa effie eimear eira eirian eleri elin elis elspeth emyr enda eoghan eoin
euan euphemia ewan ewen fergal ffion fiachra finbar fintan fionn fionnuala geraint gethin glyn grainne greer gruffudd gruffydd guto
gwenllian gwion gwyn gwyneth hedd heledd huw hywel iain ianto iestyn ifan innes iolo ishbel isobel jock kathleen kenna kieron
killian lachie lachlan laoise liadan lleucu llew llewelyn llinos llywelyn mabli maebh mairead mairin mali manon maura meabh meinir
meirion mhairi micheal morag murdo myfanwy neasa nel nerys nia nuala oisin oonagh orlaith owain padraig peadar philomena rhodri
rhona riona rona ruairi ruairidh ruaridh sadhbh saoirse seamus seonaid seosamh shona siwan sorcha sorley steffan struan tadhg
taliesin tiernan tirion tomos torquil treasa trystan ultan una wallace wyn
`,
  // Caribbean, Jewish and other British families.
  `
akeem avi carlton chaim chana clinton delroy devorah dov dwayne eli errol everton hyacinth icilda jahmal jennifer jermaine kadeem
keisha latoya lloyd malka marlon menachem merle mordechai moshe norma paulette rivka shanice shaquille shira shlomo shmuel tanisha
tova tyrese yael yehuda
`,
  // Older given names: grandparents and great-grandparents.
  `
agnes albert albertina alfred alice ambrose amos archibald archie arnold arthur augustus barbara barnaby bartholomew bernadette
bertha bessie betty blanche bridget cecil cedric charles cissie clara clarence clement connie cornelius cuthbert cyril daisy dolly
doris dorothy dulcie edmund edna edwin eliza elsie elvira emmeline enid ernestine eva evangeline evelyn everard ferdinand florence
flossie frank frederick gerald gertrude godfrey gracie gwendoline harold harriet harry herbert herbie hettie hilda horace horatio
hubert hugh humphrey jessamine jessie joan lavinia leonard leonora leopold letitia lettie lily lionel lottie lucinda madge mamie
marguerite marjorie marjory maud maude maurice maxwell merlin mildred millicent minnie muriel myrtle nancy nellie nelly netta oswald
ottilie pamela peggy percival phoebe phyllis prudence queenie ralph reginald reuben roland ronald rosalind rosemary rosina rowland
ruby rupert selwyn septimus sybil sylvia thelma theodora thomasina ursula vernon victor wilfrid wilhelmina winifred
`,
  // Parents and grandparents born from the 1940s to the 1980s.
  `
amanda andrew anthony barrie belinda bev caroline christine deb debbie geoff graeme jackie jacqueline janette jeremy ken kim len lyn
melanie michaela nicola pat paula pete rachel ray richard ricky robert roy sally sandy sheila sonya stephen sue susan toni tony
tracy tricia vince
`,
  // Vietnamese given names one letter from others (Hùng, Hương; Hằng, Khang): each somebody's own.
  `
dung ha hang hung khang luan toan
`,
  // Chinese and Vietnamese given names that are family names too (Chen Lin may be Chen of the Lin
  // family as well as Lin Chen written family name first): known as given, a name read back to front
  // is in doubt.
  `
chen li yu yi na long son
`,
].join('\n');
