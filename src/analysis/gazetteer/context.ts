/**
 * Word lists for the context rules of `findPlaces`. All entries are lookup keys (lower case,
 * apostrophes dropped, ё → е): they are compared with `wordKey` of the neighbouring words.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Words after a stem or a regional adjective that make it a region: "Kharkiv Oblast",
 * "Belgorod region", "Kharkiv regional administration", "Kharkiv governor Oleh Syniehubov",
 * "Харківська область", "Харківської обл.", "Харківська ОВА", "Краснодарский край".
 */
export const REGION_WORDS = set(`
  oblast oblasts region regions province provinces krai kray territory regional governor governors
  ova oda rma rsa
  область області областю обл областях областей областями областям ова ода облдержадміністрація
  обласна обласної обласній обласну обласною облрада край краю краї краєм
  области областью областная областной областную ова краем крае края губернатор
  регион региона регионе региону регионом регионы регионах регионов регионами
  регіон регіону регіоні регіоном регіони регіонах регіонів регіонами
`);

/** Region words that can close a list of several stems: "Kharkiv and Sumy regions", "Харківській та Сумській областях". */
export const PLURAL_REGION_WORDS = set(`
  oblasts regions provinces governors
  області областях областей областями областям
  области областях областей областям областями
  регионы регионах регионов регионами регіони регіонах регіонів регіонами
`);

/** After a possessive: "Kharkiv's regional prosecutor", "Sumy's governor" (not "Kharkiv's mayor"). */
export const POSSESSIVE_REGION_WORDS = set("regional governor");

/** "the region of Kharkiv" (English word order with "of"). */
export const REGION_OF_WORDS = set("oblast region province");

/** Counts that open the next phrase of a tally: "три — над Псковской и два — над Тверской". */
export const COUNT_WORDS = set(`
  один одна одному два две три четыре пять шесть семь восемь девять десять еще
  одна дві чотири пять шість сім вісім девять ще
`);

/** Joins stems in a list of regions. */
export const CONJUNCTIONS = set("and & та і й и або or");

/**
 * Words before a place name that make it a street, avenue or square: "вулиця Київська",
 * "на вул. Харківській", "проспект Московский", "ул. Киевская".
 */
export const STREET_BEFORE = set(`
  вулиця вулиці вулицю вулицею вул провулок провулку пров проспект проспекті проспекту просп пр
  площа площі площу бульвар бульварі бульв узвіз узвозі набережна набережній шосе трасі траса
  улица улице улицу улицы ул переулок переулке пер проспекте площадь площади бульваре набережная
  набережной шоссе
  трасу траси автодорога автодорогу автодорозі автодороги автошлях автошляху
  трасса трассе трассу трассы автодороге автотрасса автотрассе
`);

/** Roads named by the towns at their ends: "на трасі Суми – Путивль", "на трассе Рыльск — Глушково". */
export const ROAD_BEFORE = set(`
  траса трасі трасу траси автодорога автодорогу автодорозі автодороги автошлях автошляху
  трасса трассе трассу трассы автодороге автотрасса автотрассе
`);

/** Words after a place name that make it a street or road: "Kharkivske Highway", "Kyivska Street", "Харківське шосе". */
export const STREET_AFTER = set(`
  street st avenue ave highway road rd boulevard blvd lane prospekt prospect embankment
  вулиця вулиці вулицю вул шосе проспект проспекті просп провулок площа бульвар узвіз
  улица улице ул шоссе тракт площадь бульвар переулок
`);

/**
 * Words after a place name that make it an organisation, a publication, a time zone, a plant
 * outside the town, and so on: "the Kyiv Independent", "Kyiv Post", "The Moscow Times",
 * "Moscow time", "Zaporizhzhia nuclear power plant" (in Enerhodar), "Kakhovka dam",
 * "Donetsk People's Republic", "Odesa Film Studio", "Moscow Patriarchate", "Kyiv School of Economics",
 * "Kyiv Security Forum", "the Kursk incursion" (the operation in the oblast, not the city),
 * "Суми коштів" (sums of money, capitalised at the start of a sentence).
 */
export const OTHER_AFTER = set(`
  independent post times journal film studio time patriarchate school mohyla exchange declaration
  format nuclear npp aes hpp hydroelectric dam reservoir people peoples народна народної народній
  народну народною народная народной forum summit conference incursion offensive
  counteroffensive operation коштів грошей виплат компенсацій
`);

/**
 * Words before a place name that make it a club or a person's name: "Dynamo Kyiv",
 * "Shakhtar Donetsk", "вулиця Богдана Хмельницького", "станція метро «Харківська»".
 */
export const OTHER_BEFORE = set(`
  dynamo dinamo shakhtar shakhtyor zorya metalist chornomorets karpaty vorskla fc фк динамо
  шахтар шахтер зоря заря металіст металлист чорноморець черноморец карпати ворскла
  богдана богдан богдану богданом bohdan bogdan митрополита андрея станція станції станцію
  станция станции метро
`);

/** "Moscow-backed separatists", "Kremlin-installed officials": the compound names the actor. */
export const HYPHEN_ACTOR = set(
  "backed installed appointed led aligned imposed sponsored allied friendly controlled approved",
);

/** "Moscow-City" (the business district) and "Москва-Сіті" are places, unlike other compounds. */
export const HYPHEN_PLACE = set("city сіті сити");

/**
 * Words around "Dnipro"/"Дніпро"/"Днепр" that make it the river: "the Dnipro River",
 * "left bank of the Dnipro", "річка Дніпро", "на лівому березі Дніпра", "через Дніпро",
 * "острови на Дніпрі", "реки Днепр".
 */
export const RIVER_WORDS = set(`
  river rivers riverbank bank banks shore shores crossing crossings across estuary delta island
  islands dam hydroelectric hpp reservoir cascade
  річка річки річці річку річкою ріка ріки ріці ріку берег берега берегу березі берегом береги
  берегах лівобережжя лівобережжі правобережжя правобережжі острів острова острові острови
  островах островів русло руслі гирло гирлі дельта плавні плавнях переправа переправи переправу
  переправі переправ каскад водосховище водосховища гес через
  река реки реке реку рекой береге левобережье левобережья правобережье правобережья остров
  островов русле переправы гэс водохранилище
  узбережжя узбережжі узбережжю узбережжям побережжя побережжі побережье побережья побережью
  побережьем берегу coast coastline
`);

/**
 * Verbs (all English forms) that make a capital the government it stands for: "Kyiv said",
 * "Moscow claims", "Moscow denies", "Kyiv has asked", "Moscow launched 90 drones".
 */
export const ACTOR_VERBS_EN = set(`
  say says said saying claim claims claimed deny denies denied ask asks asked want wants wanted
  accuse accuses accused insist insists insisted hope hopes hoped reject rejects rejected warn
  warns warned believe believes believed announce announces announced agree agrees agreed refuse
  refuses refused demand demands demanded seek seeks sought argue argues argued expect expects
  expected respond responds responded urge urges urged blame blames blamed call calls called
  consider considers considered view views viewed intend intends intended threaten threatens
  threatened report reports reported confirm confirms confirmed acknowledge acknowledges
  acknowledged admit admits admitted vow vows vowed pledge pledges pledged sign signs signed
  launch launches launched fire fires fired strike strikes struck target targets targeted attack
  attacks attacked retaliate retaliates retaliated accept accepts accepted propose proposes
  proposed offer offers offered negotiate negotiates negotiated comment comments commented
  complain complains complained condemn condemns condemned welcome welcomes welcomed maintain
  maintains maintained allege alleges alleged suggest suggests suggested dismiss dismisses
  dismissed stress stresses stressed declare declares declared recognise recognises recognised
  recognize recognizes recognized reply replies replied signal signals signalled signaled deploy
  deploys deployed order orders ordered approve approves approved decide decides decided summon
  summons summoned sent send sends needs needed counts counted plans planned
  meet meets met fulfil fulfils fulfill fulfills fulfilled comply complies complied discriminate
  discriminates discriminated unveil unveils unveiled provide provides provided react reacts
  reacted refrain refrains refrained insisting seeking trying asking demanding pushing pressing
  negotiating refusing rethink rethinks withdrew withdraw withdraws promise promises promised
  ignore ignores ignored violate violates violated pursue pursues pursued expel expels expelled
  recall recalls recalled retract retracts retracted issue issues issued defy defies defied
  regard regards regarded control controls controlled occupy occupies occupied dispatch
  dispatches dispatched fear fears feared estimate estimates estimated step steps stepped bomb
  bombs bombed shell shells shelled pushing move moves moved moving increase increases increased
  expand expands expanded boost boosts boosted ramp ramps ramped describe describes described
  try tries tried
`);

/**
 * "Moscow was not interested", "Kyiv is ready to …", "Kyiv is seeking …": after "is/was" (and
 * "not"), a state or an ongoing action of the government, not something that happened to the city.
 */
export const ACTOR_BE_EN = set("is was are were remains remained seems seemed appears appeared isn wasn being");
export const ACTOR_STATE_EN = set(`
  interested uninterested ready willing unwilling prepared reluctant determined committed eager keen
  unable able open opposed responsible trying seeking preparing pushing pressing insisting planning
  hoping counting waiting negotiating putting using demanding asking refusing looking considering
  set poised likely unlikely expected waging
`);

/**
 * Of those, the verbs a headline also uses in the passive ("Kyiv attacked overnight", "Moscow
 * targeted by drones"): they make an actor only when an object follows.
 */
export const ATTACK_VERBS_EN = set(`
  launch launches launched fire fires fired strike strikes struck target targets targeted attack
  attacks attacked bomb bombs bombed shell shells shelled
`);

/** What follows a passive use of those verbs: "Kyiv attacked by drones", "struck overnight", "targeted again". */
export const PASSIVE_NEXT_EN = set(
  "by with overnight in on at as again for during after amid early late last this twice from",
);

/** Words skipped between a capital and its verb: "Kyiv has long said", "Moscow on Monday denied". */
export const ACTOR_SKIP_EN = set(`
  has have had will would could should must may might can did does do also not never still already
  reportedly repeatedly previously officially again now long so far yet swiftly quickly
  immediately firmly strongly publicly today yesterday earlier later won t
  typically usually generally normally rarely seldom often routinely almost openly formally
  hasn haven hadn didn doesn don wouldn couldn shouldn regularly frequently increasingly
  systematically constantly consistently for weeks months years
`);

export const WEEKDAYS_EN = set("monday tuesday wednesday thursday friday saturday sunday");

/** "Kyiv's allies", "Moscow's forces", "Kyiv's Western partners". */
export const ACTOR_POSSESSED_EN = set(`
  allies ally partners backers forces troops army military government leadership position request
  officials counteroffensive drones missiles strikes attacks bid plan plans stance demands claims
  offensive incursion efforts negotiators delegation envoy war invasion aggression regime
  propaganda ambassador refusal insistence proposal response diplomats diplomacy supporters
  sanctions narrative intelligence campaign campaigns terror tactics change decision decisions
  willingness readiness attempt attempts ambitions aims goals interests intentions policy policies
  strategy warplanes bombers jets soldiers units artillery shelling bombardment assault onslaught
  blockade occupation annexation operation operations advance advances gains losses accession
  membership application conditions terms team negotiating effort negotiator spokesman
  spokesperson minister ministry envoys weapons weapon arsenal
`);

/**
 * Capitalised words after "Kyiv's" that name a national institution: "Kyiv's General Staff",
 * "Moscow's Defence Ministry", "Kyiv's Foreign Ministry".
 */
export const ACTOR_INSTITUTION_EN = set(`
  general staff ministry ministers defence defense foreign armed military navy army government
  parliament intelligence security sbu gur president presidential
`);

/**
 * Words allowed between "Kyiv's" and its noun: "Kyiv's Western allies", and up to three lower-case
 * words: "Moscow's full-scale war", "Kyiv's long-range drone campaign", "Moscow's new campaign".
 */
export const ACTOR_POSSESSED_SKIP_EN = set("western european foreign international key main closest top nato us");

/**
 * Lower-case words that stop that skip: "Kyiv's air defence forces", "Kyiv's city officials",
 * "Moscow's municipal government" are the city's own.
 */
export const ACTOR_POSSESSED_STOP_EN = set(`
  air defence defense city municipal metro mayor residents residential regional district
  districts local
`);

/** "the Kiev regime", "Kyiv government", "київський режим" (the adjective already is not the city). */
export const ACTOR_AFTER = set("regime government leadership junta режим режиму режима режимом хунта хунти хунты");

/**
 * "Kyiv and its allies", "Moscow and its proxies": the possessive after "and" makes the capital
 * the government.
 */
export const ACTOR_AND_ITS = set("its their his");

/** "officials in Kyiv", "diplomats in Moscow", "sources in Kyiv": people of the government. */
export const ACTOR_PEOPLE_IN = set(`
  officials official diplomats diplomat sources source leaders leadership negotiators government
  policymakers politicians
`);

/**
 * Words just before a capital that make it the government: "official Kyiv", "urged Kyiv to …",
 * "офіційний Київ", "союзники Києва", "позиція Москви", "допомога Києву", "союзники Киева".
 */
export const ACTOR_BEFORE = set(`
  official urged urge urges urging pressed pressing pressure pressuring pressured told allowed
  forced forcing pushing pushed encouraged backing supporting supported arming armed aiding helped
  helping supplied supplying sanctioned sanctioning blaming accusing criticised criticized
  condemned convinced persuade persuaded negotiating accuse accuses accused encourage encourages
  push pushes force persuading blame blames blamed ask asks asked invited invites
  звинуватила звинуватив звинуватили звинувачує звинувачують закликав закликала закликали закликає
  обвинила обвинил обвинили обвиняет обвиняют призвал призвала призвали призывает
  офіційний офіційна офіційного офіційної офіційному офіційній офіційним офіційною офіційну
  союзники союзників союзникам союзниками союзник союзником партнери партнерів партнерам
  партнерами позиція позиції позицію позицією вимоги вимог вимогу прохання заяви заява заяву заяв
  представники представників боку рішення пропозиції пропозицію відповідь реакція реакцію
  риторика риторику претензії плани планів політика політику політики ультиматум підтримку
  підтримка підтримки допомогу допомога допомоги переговори переговорів переговорах тиск тиску
  санкції санкцій офіційно озброєння фінансування постачання зброю зброї кредит кредиту
  официальный официальная официального официальной официальному официальным официальную
  союзники союзников союзникам союзниками партнеры партнеров партнерам позиция позиции позицию
  требования требований просьба просьбе просьбу заявления заявление представители представителей
  стороны решение предложения предложение ответ реакция реакцию риторика претензии планы
  политика политику политики поддержку поддержка поддержки помощь помощи переговоры переговоров
  давление давления санкции санкций вооружение финансирование поставки оружие оружия
  війна війни війну війною агресія агресії агресію агресією війська військ кампанія кампанії
  кампанію режим режиму война войны войну войной агрессия агрессии агрессию войска войск
  кампания кампании кампанию режима список списку списки списка списке списков
`);

/** Prepositions between such a noun and the capital: "allies of Kyiv", "aid to Kyiv", "тиск на Москву", "переговори з Москвою". */
export const ACTOR_PREPOSITIONS = set("of to for with from on against на проти з із зі с со против для від от до");

/** Nouns that, before one of those prepositions, make the capital the government. */
export const ACTOR_NOUNS = set(`
  allies ally partners backers support aid assistance weapons arms help supplies pressure message
  demand demands request talks negotiations ties relations signal warning ultimatum proposal offer
  response reply loans loan package funding sanctions orders instructions commitment commitments
  loyalty dialogue contacts deal agreement negotiate negotiating talk talking engage comment
  comments reaction confirmation statement word blow setback win victory boost
  переговорам переговорами пропозиція пропозицій пропозиції пропозицію сигнал сигнали сигналів
  переговорам переговорами предложений предложения предложение сигналы
  тиск тиску санкції санкцій переговори переговорів переговорах допомога допомогу допомоги
  підтримка підтримку підтримки вимоги претензії відносини відносин діалог озброєння
  фінансування постачання зброю зброї кредит кредиту кредити
  давление давления санкции санкций переговоры переговоров помощь помощи поддержка поддержку
  поддержки требования претензии отношения отношений диалог вооружение финансирование поставки
  оружие оружия кредит
`);

/**
 * Words skipped between a Cyrillic capital and its verb: "Москва не визнає", "Київ також заявив",
 * "Київ зазвичай не коментує", "Москва пока не ответила".
 */
export const ACTOR_SKIP_CYR = set(`
  не також теж вже уже знову снова ще еще офіційно официально тоже досі зазвичай традиційно поки
  вкотре вчергове
  ніколи неодноразово публічно обычно традиционно пока никогда неоднократно публично наразі
  сейчас
`);

/**
 * Beginnings of Ukrainian and Russian verbs that make a capital the government: "Київ заявив",
 * "Москва стверджує", "Москва заперечує", "Киев требует", "Москва атаковала".
 */
export const ACTOR_VERB_STEMS_CYR: readonly string[] = `
  заяв стверджу запереч вимага наполяга наполіг просить просять попрос звернув зверта відкида
  відкину відповів відповіла відповіда вважа хоче хочуть хотів хотіла готов погоди погодж
  заклика закликав закликала очіку розраховує звинува звинувачу обвинувачу назва називає визна
  відмов погрожу пригрози пропону запропону наголош підтверд обіця пообіця відреагу реагує
  повідоми оголоси оголошу запусти запуска атакува атаку вдари завда домага прагне розгляда
  попереди попереджа висуну висува засуди засуджу прокоментува коментує підписа відклика
  утвержда отрица требу потребова настаива проси обрати отверга отвер ответи отвеча счита
  хочет хотят хотел соглас призыва призва ожида рассчитыва обвиня обвини называ призна отказ
  угрожа предлага предложи подчеркива подчеркну подтверди подтвержда обеща сообщи объяви
  объявля запусти атакова нанес нанос добива стреми рассматрива предупреди предупрежда выдвину
  выдвига осуди осужда прокомментирова комментиру подписа отозва зацікавл заинтересова
  виконал выполнил дискриміну дискриминиру намага пытает шантаж використову использу зупини
  зупиня останови останавлива приостанов призупин доказа довів отрима отриму получи получа обговори
  обсуди поглиб углуб увелич збільш нарощ наращ нарасти розшир расшир посил усил
`
  .split(/\s+/)
  .filter(Boolean);

/** Capitals outside the gazetteer that pair with Kyiv or Moscow as actors: "Kyiv and Washington", "між Москвою та Пекіном". */
export const FOREIGN_CAPITAL_PREFIXES: readonly string[] = `
  washington brussels berlin london paris beijing minsk warsaw tehran ankara budapest vienna rome
  tokyo pyongyang vilnius riga tallinn helsinki stockholm oslo prague bratislava bucharest
  chisinau tbilisi ottawa canberra delhi
  вашингтон брюссел берлін берлин лондон париж пекін пекин мінськ минск варшав тегеран анкар
  будапешт відн вен рим токіо токио пхеньян вільнюс вильнюс ризі риг таллінн таллин кишин
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Month names (and Ukrainian/Russian genitives) that follow a dateline: "KYIV, Nov 21", "Київ, 21
 * листопада"; an agency after a bullet, on a line of its own: "Kyiv • UNN".
 */
export const DATELINE_AFTER =
  /^\s*(?:,\s*(?:\d|ukraine|russia|україна|украина|росія|россия|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)|\([^)\n]{1,40}\)\s*[—–-]|[ \t]*[•·][ \t]*[\p{L} .]{2,30}(?:\n|$))/iu;

/**
 * Words after a town or a raion adjective that make it a district, which counts for its oblast:
 * "the Brovary district", "Izmail district of Odesa Oblast", "Нікопольському районі",
 * "Покровська громада", "в Раменском округе".
 */
export const DISTRICT_WORDS = set(`
  district districts raion raions community hromada municipality
  район районі району районом райони районах районів округ округу окрузі округом громада громади
  громаді громаду громадою громадах громад громадам громадами hromadas communities
  районе района округе округа
`);

/** District words that close a list: "у Харківському, Куп'янському та Чугуївському районах". */
export const PLURAL_DISTRICT_WORDS = set(`
  districts raions communities hromadas municipalities районах районів райони районами районам громадах громад громади
  районах районов районы районами
`);

/** After "район": a district of a city, not a raion: "Київський район міста", "Киевский район города". */
export const CITY_DISTRICT_AFTER = set("міста города столиці столицы city");

/**
 * Words before a town that call it a village or settlement: "the settlement of Bilozerka",
 * "смт Золочів", "селище Велика Новосілка", "в посёлке Суджа". It then counts for its oblast only.
 */
export const SETTLEMENT_WORDS = set(`
  village settlement township hamlet
  село села селі селом селу селище селища селищі селищем смт сел
  поселок поселка поселке поселку пгт деревня деревни деревне станица станицы станице хутор
  хутора хуторе
`);

/** Of those (and the plurals below), the ones that say "village", not "settlement". */
export const VILLAGE_WORDS = set(`
  village villages hamlet hamlets село села селі селом селу сел сіл селах деревня деревни деревне
  деревень хутор хутора хуторе станица станицы станице
`);

/**
 * Plural settlement words, which make every name of the list after them a settlement: "the
 * villages of Bilozerka, Komyshany and Antonivka", "у селах Кушугум і Балабине". Not "села",
 * "селища": those are also the genitive singular ("біля села Кушугум і Запоріжжя").
 */
export const PLURAL_SETTLEMENT_WORDS = set(`
  villages settlements townships hamlets сіл селищ селах селищах поселки поселков поселках деревень
`);

/** "селище міського типу", "поселок городского типа", "urban-type settlement" (the words between). */
export const SETTLEMENT_TYPE_WORDS = set("міського типу городского типа");

/** An airport named after its town is not the town: "в аэропортах Внуково и Домодедово". */
export const AIRPORT_BEFORE = set(`
  аеропорт аеропорту аеропорти аеропортах аеропортів аэропорт аэропорта аэропорту аэропорты
  аэропортах аэропортов
`);
export const AIRPORT_AFTER = set("airports");

/**
 * Launch sites are not where anything happened: "launched from Russia's Kursk and Oryol regions",
 * "from the directions of Kursk, Oryol and Millerovo", "з напрямків Курськ, Брянськ",
 * "запущены из Курской области", "took off from Engels".
 */
export const LAUNCH_FROM = set("from з із зі из с со");
export const LAUNCH_DIRECTION = set(`
  direction directions напрямку напрямків напрямів напрямком напрямок напрямки направления
  направлений направлении направлениях
`);
/** "from the area of", "з території", "з аеродрому": a launch site only with a launch verb or weapons before it. */
export const LAUNCH_AREA = set(`
  area areas airfield airfields району аеродрому аеродромів района аэродрома території територій
  территории боку стороны
`);

/**
 * Weapons counted just before "from": "50 drones from Russia's Kursk Oblast", "60 дронами з
 * Воронезької області", "30 беспилотниками из Брянской области". The place after "from" is then
 * where they came from.
 */
export const LAUNCH_WEAPONS = set(`
  drones drone uavs uav shaheds shahed gerans missiles missile rockets bombers aircraft
  дронів дронами дрони дрона бпла безпілотників безпілотниками шахедів шахедами ракет ракетами
  ракети ракету ударних бомбардувальників літаків
  дронов дронами беспилотников беспилотниками бпла ракет ракетами ракеты шахедов бомбардировщиков
  самолетов
`);

/** Words between "from" and a launch area: "from Russia's Kursk Oblast", "from the occupied Crimea". */
export const LAUNCH_AREA_SKIP = set("the russia s russian occupied temporarily border neighbouring neighboring of");
export const LAUNCH_VERBS = set(`
  launched launch launches launching fired fire fires firing took lunched
  запустив запустила запустили запущено запущені запуску запусків запускав запускає випустив
  випустила випустили випущено атакував атакувала атакували злетіли летіли летів летіла летять
  запустил запустили запущены выпустил выпустила выпустили выпущены атаковал атаковала атаковали
  взлетели летели летел летела летят
`);
/** "attacked with 30 UAVs … from Kursk": an attack verb, with weapons between it and "from". */
export const LAUNCH_ATTACK_VERBS = set("attacked attacks attack struck");
/**
 * The Air Force's "launch areas: Kursk, Millerovo", "(райони пусків – Курськ, Орел)", "районы пуска:
 * Брянск": the word before a list of names, and the word before that one.
 */
export const LAUNCH_AREA_LIST = new Map<string, ReadonlySet<string>>([
  ["areas", set("launch")],
  ["area", set("launch")],
  ["sites", set("launch")],
  ["site", set("launch")],
  ["пусків", set("райони район районів")],
  ["пуску", set("райони район районів")],
  ["запусків", set("райони район районів")],
  ["запуску", set("райони район районів")],
  ["пусков", set("районы район районов")],
  ["пуска", set("районы район районов")],
  ["запусков", set("районы район районов")],
  ["запуска", set("районы район районов")],
  // "по направлениям Брянск, Курск (РФ)", "за напрямками Курськ, Брянськ".
  ["направлениям", set("по")],
  ["напрямками", set("за")],
  ["напрямах", set("на")],
]);
/** Words that end the "from …" phrase: what follows is the target. "from Kursk at Sumy", "з Брянщини по Сумах". */
export const LAUNCH_STOP = set(`
  at on against toward towards targeting over into onto hit hitting struck striking
  на по над проти против
`);

/**
 * Meetings and visits are not events: "chaired a meeting in Odesa", "speaking in Kyiv", "at a
 * summit in Kyiv", "during a visit to Kyiv", "arrived in Kyiv", "told reporters in Kyiv",
 * "на зустрічі в Києві", "прибув до Києва", "выступая в Москве". The word before the preposition.
 */
export const VENUE_WORDS = set(`
  meeting meetings summit conference forum talks visit visiting visited trip speaking spoke
  reporters journalists ceremony gathering session hosted hosting held signing met
  зустріч зустрічі зустріччю саміт саміті самміт конференції конференція форумі форум переговори
  переговорів переговорах візит візиту візиті візитом виступаючи виступ виступі пресконференції
  брифінгу брифінг перебуваючи засіданні нараді
  встреча встречи встрече саммит саммите конференции форуме переговоры переговорах визит визита
  визите визитом выступая брифинге находясь заседании совещании
`);

/**
 * Arrivals are visits when a person arrives ("Chancellor Merz arrived in Kyiv", "after arriving
 * in Kyiv by train", "Мерц прибув до Києва"), deliveries when goods do ("transformers arrived in
 * Kharkiv" counts as where the aid went).
 */
export const ARRIVAL_WORDS = set(`
  arrived arriving arrives arrive прибув прибула прибули прибувши приїхав приїхала приїхали прибыл
  прибыла прибыли приехал приехала прибывший
`);
/** Words before an arrival that make the arriving one a person: a title, or a participle clause ("after arriving"). */
export const ARRIVAL_PEOPLE = set(`
  chancellor president minister premier secretary delegation pm leader leaders ambassador envoy
  king queen pope chief commissioner head prime after upon on before while who
  канцлер президент президентка прем'єр премєр премєрка міністр міністерка делегація посол очільник
  голова генсек який яка які після премьер министр делегация посол глава генсек который
  которая после
`);

/** Prepositions between a venue word and the place: "meeting in Odesa", "visit to Kyiv", "прибув до Києва". */
export const VENUE_PREPOSITIONS = set("in to at у в до во");

/**
 * Verbs of a strike right before a place: "Drones struck Engels, where bombers are based" keeps
 * Engels, while "bombers based at Engels" does not.
 */
export const STRIKE_VERBS_EN = set(`
  hit hits struck strike strikes attacked attack attacks targeted target shelled bombed
`);

/** "Kyiv cannot wait", "Moscow will respond": a modal makes the capital the subject of a decision … */
export const ACTOR_MODALS_EN = set("can cannot will would must should could may might won");
/** … unless what follows happens to the city: "Kyiv could see blackouts", "Kyiv will remain without power". */
export const NON_AGENT_EN = set("be been see face get experience remain stay suffer go t not");
/** "Kyiv to receive F-16s": not before these. */
export const TO_NOT_VERB_EN = set("the a an its their his her this that these those");
