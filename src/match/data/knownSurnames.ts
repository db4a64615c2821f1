/**
 * Surnames common in UK families across backgrounds, including spellings of one sound that are
 * separate real surnames (Thomson and Thompson, Cook and Cooke, Khan and Kahn, Smith and Smyth,
 * Macdonald and Mcdonald, Clark and Clarke). Used only to know that a word is somebody's surname,
 * so that a one-letter difference from a pupil's surname that lands on one of these is another
 * family's name, not a typo: "Charlotte Thomson" is not a slip for the pupil Charlotte Thompson.
 *
 * Lower case, letters only, folded to ASCII as the matcher folds before lookup (Wiśniewska →
 * wisniewska, O'Brien → obrien, Nguyễn → nguyen). A surname appears once, in the first group it
 * belongs to; whitespace separates surnames and the groups are joined into one string.
 *
 * Where the entries come from: about 3,300 surnames added in one commit (0da5e3e, 2026-12-01),
 * written for this project; neither this file nor its history cites a published list or says how
 * they were chosen beyond "common UK surnames of many backgrounds".
 */
export const KNOWN_SURNAMES: string = [
  // English and general British surnames, with spellings that are separate real surnames.
  `
abbott acton adams adamson ainsworth aitken alan alderson aldridge alexander allan allen allison ambrose ames andersen anderson
anderton andrew andrews appleby archer armstrong arnold ash ashby ashley ashton ashworth aspinall astley atherton atkin atkins
atkinson attwood atwood austin avery bachelor bacon bagley bailey baillie bainbridge baird baker ball banks bannister barber barker
barlow barnard barnes barnett barr barrett barrow barry bartlett barton bassett batchelor bateman bates baxter bayley beach beale
beard beattie beatty beaumont beck beckett bedford beech belcher bell bellamy bennett benson bentley berry best bevan biggs
billington bingham birch bird birkett bishop black blackburn blackman blackwell blake blakey blundell bolton bond booth boothroyd
boulton bourne bowden bowen bower bowers bowler bowman boyd boyle bradbury bradford bradley bradshaw brady bramley brennan brewer
bridge bridges briggs bright brindley broadbent bromley brook brooke brookes brooks broome broughton brown browne browning bruce
bryan bryant buckley bull bullock bunting burgess burke burnett burns burrows burt burton bush butcher butler butt butterworth byrne
byrnes cairns caldwell calvert cameron campbell cann carey carlisle carpenter carr carroll carson carter cartwright casey cassidy
chadwick chamberlain chambers chance chandler chaplin chapman chappell chapple charlton cheshire chester child childs christian
christie churchill clancy clapham clare clark clarke clarkson clay clayton clegg clements clifford clifton coates cochrane cockburn
coffey cole coleman coles collier collins collinson connolly connor conway cook cooke cooper cope corbett cornish cotton coulson
coupe court cousins cowan coward cowen cowley cox crabtree craig crane crawford crisp croft crook crosby cross crossley crow crowe
crowther cullen cummings cunningham curran curtis dailey dale daley dalton daly daniel daniels darby davey davidson davies davis
davison davy dawes dawson day deacon dean deane denton devlin dickinson dickson dixon dobson dodd dodds donaldson douglas dowling
downes downey downs doyle drake draper driscoll duffy duke duncan dunn dunne dunning durrant dyer dyson eastwood eaton eccles edge
edmonds edmunds edwards elder eliot elliot elliott ellis ellison emery english evans everett fairbairn fairclough fairhurst farmer
farrar farrell farrow faulkner fenton ferris field fielder fielding finch firth fischer fisher fitzgerald fleming fletcher flynn
forbes ford forrest forster foster fowler fowles fox france francis franklin fraser frazer freeman french frost fry fuller gallagher
gardiner gardner garner garrett gaskell gee george gibbons gibbs gibson gilbert giles gill gilmore gleeson glover goddard godfrey
goff gold golding goodall goodman goodwin gordon gorman gosling gough gould gower grady graham grahame grant graves gray greaves
green greene greenhalgh greenwood gregory gregson grey griffin griffith griffiths grimshaw gunn haig haigh hale hall hallam halliday
hamer hamilton hammond hancock hansen hanson harding hardman hardy hargreaves harker harley harper harrington harris harrison harrop
harrower hart harte hartley harvey harwood haslam hastings hatton hawkes hawkins haworth hawthorne hayes hayward haywood heath
heaton hemmings henderson henry hewett hewitt heywood hickman hicks higgins higginson hill hilton hinds hirst hobbs hodges
hodgkinson hodgson hogan holden holding holland hollis holloway holmes holt hooper hope hopkin hopkins hopkinson hornby horne horton
hough houghton howard howarth howe howell howells hoyle hubbard hudson hughes hull humphreys humphries hunt hunter hurst hussey
hutchings hutchinson hutton iles ingram ireland irving irwin ives jackson jacobs james jarvis jefferies jeffery jeffrey jeffreys
jeffries jenkins jennings jewell johns johnson johnston johnstone jolley jones jonson jordan joyce judd kay kaye kean keane kearney
keeley keen kelley kelly kemp kendall kennedy kenny kent kerr kershaw kidd kilby king kirby kirk kirkby kirkham kitchen knight
knowles lacey lacy lamb lambert lancaster lane lang laurence law lawes lawrence lawson lea leach leadbetter lee leech lees leigh
lester lever lewin lewis ley lightfoot lindsay lindsey lister little livingstone lloyd lockwood lomax long longworth lord lovell low
lowe lowrie lowry lowther lucas lynch lyons maguire mahoney mahony main major mallinson mann manning mansfield markham marriott
marsden marsh marshall martin mason massey mather mathews matthew matthews maxwell may maynard meadows mellor mercer metcalfe
middleton miles mill millar miller mills milner mitchell molloy moody moon moore moran morgan morley morris morrison morton mosby
moseley mosley moss muir mullen murphy murray naylor neal neale neill nelson nevill neville newbold newell newman newton nicholl
nicholls nichols nicholson nickolls nicolls nicolson nixon noble nolan norman norris north norton nuttall oakes oakley oates obrien
ogden oldham oliver openshaw orton osborn osborne outram owen owens owers padgett page paget pain paine palmer pardoe parker parkes
parkin parkinson parks parr parry partridge paterson patterson pattinson payne peacock pearce pearse pearson peck peel pemberton
penn pennington perkins perry peters petty phelps philips phillips pickering pickles pickup pierce pierson pike pilkington pilling
pinder pitt platt plummer pogson pollard poole pope porter potter potts poulton powell pratt preston price priestley prince
pritchard procter proctor pryce pryor pugh quinn radcliffe ralph ramsay ramsden ramsey randall rankin ratcliffe rawlings rawlinson
ray raynor read reade redfern reece reed rees reese reeves regan reid reilly rennie reynolds rhodes rice richards richardson
richmond rigby riley roach roberts robertson robins robinson robson rodgers roe rogers rollinson rooney rose ross rowe rowland
rowlands rowley roy royle rush rushton russell rutherford ryan sadler salt sanders sanderson sands saunders savage sawyer schofield
scholes scott seddon senior seymour shackleton sharp sharpe sharples shaw shelton shephard shepherd sheppard sherwood shipley shore
short siddall simmonds simmons simms simons simpson sims sinclair skinner slack slater smart smith smyth smythe snell snowden
southern sparks spence spencer spooner stafford stanley stanton stark steel steele stephens stephenson stevens stevenson stewart
stokes stone storey story stott stuart stubbs sugden sullivan summers sumner sutton swain swann swift sykes symonds tait talbot
tasker tate taylor teague thackeray thewlis thomas thomason thompson thomson thorne thornton thorpe tilley tindall tinsley tipping
todd tomlinson tomson townsend tranter travis tuck tucker tudor turnbull turner twigg tyler underwood unwin upton vaughan vernon
vickers vincent wade wadsworth wainwright wakefield walker wall wallace wallis walmsley walsh walters walton warburton ward wardle
warner warren waters watkins watson watt watts waugh weaver webb webber webster welch weller wells welsh west weston whalley
wheatley wheeler whitaker white whitehead whiteley whiteman whitfield whittaker whittle whyte wilcock wilcox wild wilde wiles wilkes
wilkins wilkinson willcox williams williamson willis wills wilson wiltshire winstanley winter wise wolfe wood woodcock woodhouse
woods woodward woolley worrall worthington wren wright wyatt yardley yates yeates yeomans york young
`,
  // Scottish surnames.
  `
aitchison anstruther arbuckle balfour bannerman barclay berkeley blackwood brodie buchanan chisholm colquhoun craigie cruickshank
cumming dalgleish dewar drummond duff dunbar elphinstone erskine ferguson fergusson fife findlay finlay fyfe galbraith geddes
gilchrist gillespie gow guthrie haldane hay hogg home hume imrie inglis innes irvine jardine keith kinloch kinnear kirkpatrick
kirkwood laing lamont lauder lennox leslie liddell lockhart logan lumsden macallister macaskill macaulay macbeth macdonald
macdougall macfarlane macgregor macinnes macintosh macintyre mackay mackenzie mackie mackinlay mackinnon mackintosh maclachlan
maclean maclennan macleod macmillan macnab macneil macneill macpherson macrae mair marr matheson mcallister mcaskill mcaulay mcbeth
mcbride mccall mccallum mccartney mcconnell mccormick mccrae mcculloch mcdonald mcdougall mcdowell mcewan mcewen mcfarlane mcgeachie
mcgill mcgowan mcgregor mcguigan mcinnes mcintosh mcintyre mckay mckee mckenzie mckinlay mckinley mckinnon mclachlan mclaren
mclaughlin mclean mclellan mclennan mcleod mcloughlin mcmillan mcmurray mcnab mcneil mcneill mcneish mcphail mcphee mcpherson
mcquade mcqueen mcrae mcvicar meikle menzies milne moffat monro monroe montgomery mowat munn munro murdoch mutch nairn napier nicol
nisbet ogilvie ogilvy oliphant orr petrie pollock primrose rae reoch riddell ritchie robb rollo sangster scobie scrimgeour semple
shand shearer sim sime skene sloan smeaton stirling strachan sutherland swan taggart tennant tosh tulloch urquhart waddell wardlaw
weir wemyss wishart wylie younger yule
`,
  // Welsh surnames.
  `
beavan bevans cadwaladr craddock cradock dee einon eynon floyd gittins gwilliam gwillim gwyn gwynne humphrey jarman jenkin jevons
john llewellyn llewelyn llywelyn maddock maddox madoc mathias meredith morgans mostyn onions penry powys probert prosser prys
rhydderch rhys sayce trevor watkin winn wogan wyn wynne
`,
  // Irish surnames.
  `
ahern aherne bourke breen brien cahill callaghan carney carthy cavanagh comerford conlon connell conroy coogan corcoran costello
coyle crowley cullinan cullinane curley dempsey devine docherty doherty dolan donaghy donnell donoghue donohue donovan dooley doran
dougherty dowd duggan dwyer egan fagan farrelly feeney finnegan fitzpatrick flanagan flannagan fogarty foley garvey geraghty
gilmartin gormley hanlon hannon hara healey healy hearne hegarty hennessy herne hickey hurley kane kavanagh kearns keating keefe
keeffe keegan keenan kehoe keogh kiernan kinsella lavin leary lenehan linehan loughlin lucey maccarthy macken macmahon magee maher
mahon mcaleese mcateer mcauley mccabe mccaffrey mccann mccarthy mccluskey mcconville mccormack mccusker mcdermott mcdonagh mcdonnell
mcdonough mcelroy mcevoy mcfadden mcgarry mcgee mcgeough mcgeown mcginley mcgovern mcgrath mcguinness mcguire mchugh mcilroy
mcilwaine mckeever mckenna mckeown mckinney mcmahon mcmanus mcnally mcnamara mcnulty mcveigh meehan moloney mooney mulcahy muldoon
mulholland mullan mulligan mullin mullins murtagh nagle neil noonan nugent ocallaghan ocarroll oconnell oconnor odea odoherty
odonnell odonoghue odonovan odwyer ofarrell ogorman ogrady ohara ohare okane okeeffe oleary omahony oneil oneill oreilly orourke
oshaughnessy oshea osullivan phelan prendergast quigley quinlan quirke rafferty redmond roche ronan rourke scanlon shanahan
shaughnessy shea sheehan sheehy sheridan shiels slattery sweeney tierney toal tobin tracey tracy treacy tuohy twomey walshe whelan
`,
  // Caribbean British surnames.
  `
alleyne beckford benjamin bogle bonner bovell braithwaite brathwaite brissett charles chin cumberbatch dacosta ellington fearon
gayle gittens gooden grandison harriott holder husbands hylton ifill jemmott joseph kellman lashley levy lindo lyn maragh mccoy
mckoy nembhard nurse padmore pinnock salmon samuel samuels scarlett sealy shirley skeete springer stennett sterling straker trotman
vassell walcott weekes wiggan wilks worrell
`,
  // South Asian surnames: Pakistani, Bangladeshi and Indian (Muslim, Hindu and Sikh) families.
  `
abbas abbasi aftab agarwal aggarwal ahmad ahmed ahmet ahuja akhtar akhter akram alam ali amin anand ansari anwar arora arshad asghar
ashraf aslam atwal aujla aziz bains bajaj bal balasubramaniam banerjee bansal bashir basi basra bassi begum bhachu bhamra bhandal
bhat bhatia bhatt bhatti bhogal bhullar bibi bose brar bukhari chahal chakraborty chana chatterjee chaudhary chaudhry chauhan chavda
cheema chohan chopra choudhry choudhury chowdhury dar das datta deol desai dey dhaliwal dhami dhanda dhesi dhillon dosanjh dubey
dutta farooq farooqui faruk gahir gakhal ghani ghosh ghuman gilani goel gohil gondal gorasia goyal grewal grover gupta haider halai
hameed hamid hanif hans haq haque hasan hashmi hassan hayer heer hirani hoque hossain hothi hundal huq husain hussain hussein hyder
ibrahim idrees iqbal islam ismail iyer jadeja jaffri jafri jain jameel jamil jandu jassal javed jethwa jeyakumar johal joshi jutla
kabir kahlon kahn kalirai kalsi kamal kandiah kandola kang kanji kapoor kapur kareem karim kaur kayani kazmi kerai khaira khalid
khan khanna khanum khatun khawaja kohli kooner kotecha kour krishnan kumar lad lakhani lall latif lone mahal mahmood mahmud majid
majithia makwana malhotra malik maqbool masood matharu mehmood mehra mehta menon miah mian mirza mishra mistry modi mohamed mohammad
mohammed mughal muhammad mukherjee mustafa nadeem nagra nahal naidu naik nair naqvi naseer nasir nathwani nawaz niazi nijjar pandey
pandya panesar pannu parekh parikh parmar patel patil paul pillai pindoria ponnampalam popat prasad purewal qadir qureshi rafiq
rahman rai raja rajan ramanathan rana randhawa rao rashid rasool rathod rauf raza reddy rehal rehman riaz rizvi ruparelia sabir
sadiq saeed sagoo sahni sahota sajid saleem salim sall samra sandhu sangera sangha sanghera sanghu sarkar sarwar sattar sawhney
sekhon selvarajah sen sethi shabir shafiq shah shahid shahzad shaikh sharif sharma sheikh shergill sian siddique siddiqui sidhu
singh sivakumar sohal sohanpal sohi solanki sood sritharan srivastava subramaniam sultan suri tahir takhar tandon tanna tanveer
tariq thakkar thakrar thambirajah thind tiwari toor tripathi trivedi uddin ullah uppal vaghela varma varsani vekaria verma virdi
vyas waheed warraich yadav younas younis yousaf yunis yusuf zafar zaheer zaidi zaman
`,
  // Arabic, Somali, Iranian, Afghan and Kurdish surnames.
  `
aadan abboud abdalla abdallah abdi abdillahi abdirahman abdullah abdullahi abdulle aboud adam adan aden ahmadi ahmadzai alawi
alizadeh amini awad awale azizi barre barzani daahir dahir darwish duale dualeh ebrahimi egal ege elmi elsayed fadel farah geedi
ghanem ghorbani guled gure haddad haji hakim hakimi halabi hamdan hamed hammoud hashemi hashi hassani hegazy heidari hersi hirsi
hosseini hussaini isse jaafar jaber jafari jama jamal jibril jimale karam karimi kasim kassim kazemi khalil khouri khoury kurdi
mahamed mahmoud mahmoudi mansoor mansour masri mohammadi mohamoud mohamud moradi mousavi muse najjar nasr nassar nasser nazari noor
noori nur nuur omar omer osman popal qasim rahim rahimi rahmani rezaei roble rostami saad sabri sadat sadeghi safari said saleh
salem salih sayed shaker shire stanikzai sulaiman suleiman sultani syed taha talabani usman wardak warsame yasin yassin yonis yousef
yousefi yousif youssef yusufzai zaki zamani zayed
`,
  // Nigerian, Ghanaian and other African surnames.
  `
abebe abubakar acheampong addo adebayo adebisi adegoke adekunle adeleke adeniji adeniran adeniyi adeola adeoye adesanya adesina
adetola adetunji adewale adeyemi adeyemo adeyeye adeyinka adjei adomako afolabi afriyie agboola agu agyapong agyei agyeman agyemang
ahmadu aidoo ajayi akande akinola akintola akinwale akinwande akinyemi alabi alemu aliyu aluko amankwah amissah amoah amoako
amponsah amusan ankrah annan anozie ansah antwi anyanwu appiah arthur asamoah asante asare asiedu atta awuah ayodele baah babatunde
badu bah bakare balogun bamidele banda bangura bediako bekele bello berhane boadu boakye boateng bonsu camara chikwanha chukwu
chukwuma cisse coker conteh dada danjuma danso darko desta diallo diop donkor dube duodu egwu ehigiator ekwueme emenike essel essien
eze ezeani ezeh fadahunsi fagbemi fakoya fall fasanya fashola fosu frimpong garba gebre girma gyamfi gyan haile ibe idahosa idowu
igbinedion ige igwe iheanacho ilori ilunga iwu iyamu jalloh jimoh kabongo kamara kamau kargbo kariuki kasongo kehinde keita kidane
kimani kissi kolawole konadu kone koroma kuffour kufuor kumi kwakye kwarteng kyei larbi lartey lawal manu mbah mbala mekonnen mensah
mireku moyo mugisha mukendi musa mutasa mutua mwale mwangi ncube ndiaye ndlovu ndukwe njoku njoroge nkomo nkrumah nnadi nsubuga nti
nwachukwu nwadike nwafor nwankwo nwaogu nwokolo nwosu nwoye nyame nyarko obeng obi obiekwe obiora ochieng odenigbo odhiambo odoi
odunsi oduro ofoegbu ofori ofosu ogbonna ogbu ogunbanjo ogunbiyi ogundele ogundipe ogunlana ogunleye ogunsanya ogunyemi ojo ojukwu
okafor okeke okello okoli okolie okonjo okonkwo okorie okoro okoye okpara okunola okwu okyere oladipo olaniyan olaniyi olatunde
olatunji olawale olayinka oloyede olufemi olusanya oluwole omondi omoregie omotoso onabanjo oni onifade onuoha onwuka onyeama onyeka
opoku oppong osafo osagie osei oseni otieno otoo owolabi owusu oyebanji oyedele oyeleye oyelowo oyewole oyinlola phiri poku popoola
quansah quarshie quaye raji sackey salami sani sanusi sarpong sesay shittu sibanda sow sowande sylla tadesse taiwo tekle tembo
tesfaye tetteh tijani toure traore tshibangu ubah udeh ugwu uzoma wanjiku wiredu yakubu yankey yeboah zulu
`,
  // Polish, Lithuanian, Romanian, Bulgarian, Ukrainian, Russian, Czech, Slovak, Hungarian and Albanian surnames.
  `
adamczyk adamski adomaitis ahmeti andrei andrzejewski angelov anghel ardelean atanasov avram badea bajrami bak balan balaz balciunas
balogh baran baranauskas baranowski barbu benes berisha blaszczyk blazek bondar bondarenko borkowski borowski boyko brzezinski
brzozowski bucur butkus cermak cerny chiriac chmielewski chojnacki ciesielski cieslak ciobanu coman constantin craciun cristea
czajkowski czarnecki czerwinski dabrowska dabrowski dervishi diaconu dimitrov dimitrova dinu dobre domanski dragomir dudas dudek
dumitrescu dumitru dvorak ene farkas fekete fiala florea gajewski gashi gazi georgescu georgiev georgieva gheorghe glowacki gorecki
gorska gorski grabowska grabowski grigas grigore hajek hasani horak horvath hoxha hristov iancu ilie iliev ilieva ionescu ionita
iordache ivanenko ivanov ivanova jablonska jablonski janik jankauskas jankauskiene jankowska jankowski jarosz jasinska jasinski
jaworska jaworski jelinek jonaitis juhasz juska kaczmarczyk kaczmarek kairys kalinowski kaminska kaminski kania kavaliauskas
kazlauskas kazlauskiene kazmierczak kelmendi kiss klymenko kola kolar kolev kolodziej kolodziejczyk kopec kovac kovacs kovalchuk
kovalenko kowalczyk kowalewski kowalik kowalska kowalski kozak koziol kozlov kozlowska kozlowski krajewski kral krasniqi kravchenko
krawczyk kriz krol krupa kubiak kucera kucharski kurek kuzmenko kuznetsov kwiatkowska kwiatkowski lakatos laskowski lazar lebedev
leka leszczynski lewandowska lewandowski lipinski lis lukasik lukosevicius lupu lysenko maciejewski majewska majewski makowski
malinowska malinowski manea marchenko marciniak marek marin marinov markiewicz markowski matei mazur mazurek melnyk meszaros
michalak michalska michalski mihai mikalauskas mikolajczyk mocanu moldovan molnar morina morkunas moroz morozov mroz mucha munteanu
muresan musial nagy navickas navratil nawrocki neagu nedelcu nemec nemeth nicolae nikolov nikolova nistor nita novak novikov novotny
nowacki nowak nowakowska nowakowski nowicka nowicki olah oliynyk olszewska olszewski olteanu oprea oravec orlowski ostrowska
ostrowski papp paulauskas pavel pavlov pawlak pawlowska pawlowski petkov petrauskas petrauskiene petrenko petrescu petrov petrova
pietrzak piotrowska piotrowski pocius pokorny polishchuk pop popa popescu popov pospisil preda prochazka przybylski racz radu rama
ramanauskas rimkus rosu rudenko rusu rutkowska rutkowski ruzicka sadowska sadowski sakalauskas sandu savchenko sawicki sedlacek
semenov serban shehu shevchenko shevchuk sikora sikorski sima simon smirnov sobczak sokolov sokolowski stan stanciu stankevicius
stepien stoica stoyanov stoyanova svoboda sydorenko szabo szczepaniak szczepanski szewczyk szulc szymanska szymanski szymczak takacs
tkachenko tkachuk todorov todorova toma tomaszewska tomaszewski tomczak tomczyk toth ungureanu urban urbaniak urbanski urbonas vanek
varga vasile vasilev vasileva vasiliauskas vesely voicu volkov walczak wasilewski wawrzyniak wesolowski wieczorek wilk wisniewska
wisniewski witkowska witkowski wlodarczyk wojciechowska wojciechowski wojcik wolski wozniak wrobel wroblewska wroblewski wysocki
yordanov zajac zak zakrzewski zalewska zalewski zamfir zawadzka zawadzki zeman zielinska zielinski ziolkowski zukauskas
`,
  // Portuguese, Spanish, Italian, Greek, Cypriot and Turkish surnames.
  `
abreu acar aguilar akin aksoy aktas almeida alonso altun alvarez alves amaral amato andrade andreou antoniou antunes araujo arias
arslan aslan ates avci aydin azevedo baptista barbieri barbosa barone barros basile batista battaglia bayram bellini benedetti
benitez bernardi bianchi bianchini bianco blanco bozkurt bravo brito bruni bruno bulut caballero cabrera cakir calvo campos can cano
capaldi caputo carbone cardoso carmona carrasco caruso carvalho castillo castro cattaneo celik cetin charalambous christou cinar
cirillo cocozza coelho coia colombo constantinou conte conti coppola correia cortes coskun costa costantini crespo crolla cruz cunha
damato damico dangelo delgado deluca demarco demetriou demir desantis dias diaz diez dimambro dogan dominguez donati duran economou
ekinci erdem erdogan esposito esteban fabbri faria farina fernandes fernandez ferrara ferrari ferraro ferreira ferrer ferretti ferri
ferro figueiredo fiore flores fonseca fontana forte freitas fuentes fusco gallardo gallego galli gallo garcia garrido gatti gentile
georgiou gil gimenez giordano giuliani gizzi gomes gomez goncalves gonzales gonzalez gouveia grassi grasso greco guerra guerrero gul
guler gunduz gunes gutierrez hadjipanayi hernandez herrera herrero hidalgo huseyin ibanez iglesias ioannou isik jesus jimenez kaplan
kara karaca kaya keskin kilic koc kocak korkmaz kose kurt kyriacou leon leone loizou lombardi lombardo longhi longo lopes lopez
lorenzo lourenco lozano macedo machado mancini marchetti marchi mariani marini marino marques marquez martinelli martinez martini
martino martins matos mazza medina mehmet mele mendes mendez messina michael milani miranda molina montanari monteiro montero monti
mora morales moreira morelli moreno moretti mota moura moya munoz nardini navarro negri neri neves nicolaou nieto nobrega nunes
nunez oliveira orlando ortega ortiz ozcan ozdemir ozer ozkan ozturk pacheco pacitti pagano palmieri palumbo panayiotou paolozzi
papadopoulos parisi parra pascual pastor pavlou pellegrini pellegrino pena pereira perez pestana petrou pinto piras pires polat
prieto quintal ramirez ramos raposo rea reis reyes ribeiro riccardi ricci rinaldi riva rizzi rizzo rocha rodrigues rodriguez rojas
roman romano romero rossetti rossi rubio ruggiero ruiz russo saez sahin sala sanchez sanna santana santiago santoro santos sanz sari
sartori savva sequeira serra serrano silva silvestri simoes simsek soares soler sorrentino soto sousa souza stylianou suarez tas
tavares teixeira tekin testa theodorou torres turan unal uysal valente valentini vargas vaz vazquez vega velasco vettese vicente
vidal vieira villa vitale vitali xavier yalcin yavuz yildirim yildiz yilmaz yuksel
`,
  // Chinese, Vietnamese and Filipino surnames.
  `
aquino bai bautista bui cai cao chan chen cheng cheung chiu choi chong chow chu chung dang delacruz deng ding dinh dizon do doan
domingo dong du duong fan feng fong fu fung gao goh guo han he ho hoang hou hu huang hui huynh jia jiang jin khoo ko kong kwan kwok
lai lam lau le leung li liang lim lin liu lo loh lu lui luo luong ly ma mai mak man manalo mendoza meng mercado mok ng ngo nguyen
ocampo ong pan pang peng pham phan poon qin qiu ren salazar shen shi siu song soriano su sun sze tam tan tang tay teo tian to toh
tolentino tran trinh truong tsang tse tsui villanueva vo vu wai wan wang wei wen wong wu xiao xie xiong xu yan yang yao ye yeung yip
yu yuan yuen zeng zhang zhao zheng zhong zhou zhu
`,
  // Jewish, French, German, Dutch and other European surnames found in UK families.
  `
abrahams bakker bauer becker bernard bertrand bonnet braun cohen dubois dupont durand fontaine fournier freedman friedman girard
goldberg goldstein hartmann hoffman hoffmann hofmann isaacs jansen janssen katz klein koch krause kruger lange laurent lefebvre
lehmann leroy levi marks meier meyer michel moreau morel moses mueller muller myers neumann richter rosen rosenberg rousseau roux
schafer schmidt schmitt schneider schroder schulz schwartz schwarz segal shapiro silver smit solomon stern visser wagner weber weiss
werner wolf zimmermann
`,
  // Romany and Traveller surnames.
  `
boswell cash connors loveridge maughan mongan purcell
`,
].join('\n');
