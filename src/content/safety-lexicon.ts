import type { SafetySignal } from '../core/safety/signals.js';

/**
 * The national lexicon of danger signals, by category. Where the categories and the indirect
 * signals come from (public guidance of Veilig Thuis, 113 Zelfmoordpreventie and De
 * Kindertelefoon), and how a gemeente adds its own, is in docs/safety.md. The pattern syntax is
 * explained at `SafetySignal` in src/core/safety/signals.ts: words in any order within a few
 * words, `|` for alternatives, `*` for a stem, word end or part of a compound.
 *
 * The word lists below are shared by several signals, so each is kept once.
 */

/** The writer, or the people at home, as the object of what is done. */
const ME = 'me|mij|ons|mn|us|mama|mam|mamma|papa|pap|mommy|mom|mum|moeder|vader|mother|father';
/** A child as the subject or object. */
const CHILD =
  'kind|kinderen|kindje|kinders|kids|kid|zoon|zoontje|dochter|dochtertje|baby|broertje|zusje|jongste|oudste|child|children|son|daughter|toddler|meisje|jongen|kleine|tweeling|jarige|old|peuter|kleuter|puber|tiener|teenager|pikin|pikien';
/** A brother or sister: only where a child is hurt (in CHILD they made "ik zie mijn zus nooit meer" a missing child). */
const SIBLING = 'broer|zus|broertje|zusje|brother|sister|brothers|sisters|stepbrother|stepsister|stiefbroer|stiefzus';
/** The (ex-)partner or other parent. */
const PARTNER =
  'hem|haar|ex|expartner|partner|man|vrouw|vriend|vriendin|echtgenoot|echtgenote|vader|moeder|him|her|husband|wife|boyfriend|girlfriend|stiefvader|stiefmoeder|stepdad|stepmom';
/** Hitting and hurting, in all the forms people write. */
const HIT =
  'slaat|sloeg|sloegen|slaan|sla|geslagen|geklopt|meppen|mept|mepte|gemept|schop*|geschopt|stomp*|gestompt|duwt|duwde|geduwd|trapt|trapte|getrapt|knijpt|kneep|geknepen|bijt|beet|gebeten|gooit|gooide|gegooid|smijt|smeet|gesmeten|rammen|ramt|ramde|slagen|afgetuigd|aftuigen|tuigt|threw|throws|thrown|pinned|pins|pinning|hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|punch*|slap|slaps|slapped|slapping|shove*|pushed|pushes|chokes|choked|choking';
/** Words that turn a "hit" into something harmless ("dat slaat nergens op", "een slag slaan", "it hurts me to see"). */
const HIT_HARMLESS =
  'over|overslaan|skip|nergens|alarm|slag|brug|munt|tilt|dicht|groot|deal|jackpot|road|traffic|eye|nerve|feelings|gevoel|gevoelens|hart|heart|nobody|niemand|andere|other|others';
/**
 * Hurting, which is also said of feelings ("it hurts me to see", "het doet me pijn om te zien"):
 * apart from HIT, so that "hij slaat mijn dochter en de kinderen zien het" stays danger.
 */
const HURT = 'hurt|hurts|hurting|pijn';
const HURT_HARMLESS = `${HIT_HARMLESS}|zien|see|seeing|watch|watching|hoor|hear|hearing|verdriet|verdrietig|sad|sadness|scheiding|divorce|mist|miss|misses|praat|talk|talks|calls|belt|buik|stomach|oor|ear|ziek|sick|hoofd|head|tand|tooth|eerlijk|honestly|vrolijker|happier`;

/** Verbs of taking a child away. */
const TAKE =
  'meegenomen|meenemen|meeneemt|meenam|vlucht|vluchten|fly|flying|vliegen|emigreren|emigrate|mee|neemt|nam|genomen|weggehaald|weggenomen|weggebracht|ontvoerd|gehaald|weg|took|taken|take|taking|gone|left|vertrokken|verdwenen|disappeared|kept|houdt|hield|gehouden|keeps';
const NOWHERE =
  'thuisland|herkomst|homecountry|blijven|stay|verdwijnen|disappear|weet|know|idee|idea|waar|where|onbekend|unknown|onbereikbaar|bereikbaar|reachable|buitenland|abroad|land|country|turkije|marokko|suriname|polen|nigeria|egypte|syrie|irak|iran|afghanistan|somalie|eritrea|india|pakistan|morocco|turkey|poland|egypt|syria|iraq|vliegtuig|plane|flight|vlucht|ticket|tickets';

export const nationalSafetySignals: SafetySignal[] = [
  // acute violence: being hit or hurt at home
  {
    category: 'acute-violence',
    strength: 'strong',
    match: [
      `${HIT} ${ME} ! ${HIT_HARMLESS}`,
      // Flemish "hij klopt mij" (he hits me), but not "klopt dat?" (is that right?): with the writer alone
      'klopt|klopte me|mij ! dat|het|niet|wel|toch|precies|deur|door|aan',
      // "dan krijg ik klappen", "hij geeft me klappen", "een pak slaag": a person beaten; not "de
      // kinderen krijgen de klappen van de scheiding" (they bear the brunt) nor "slaag" (I pass)
      'krijg|krijgt|kreeg|kregen ik|je|hij|ze|zij klappen|rammel ! scheiding|geld|financieel|financiele|economie|crisis|situatie|rekening|applaus|handen',
      'geeft|gaf|geven|gaven me|mij|hem|haar|ons klappen|rammel ! applaus|handen',
      'pak slaag ! voetbal|wedstrijd|match|hockey|team|sport|uitslag|score',
      // "hij heeft me een klap verkocht": the idiom is always a blow
      `${ME}|hem|haar|je|${CHILD} klap|klappen|dreun|mep|oplawaai|opdonder|hijs verkocht|verkoopt|verkopen`,
      // hurting the writer ("he hurts me", "hij doet me pijn"); not a feeling ("het doet me pijn dat…")
      `${HURT} me|mij|us|ons ! ${HURT_HARMLESS}|dat|that`,
      '*mishandel*|mishandeld|*geweld|gewelddadig*|geweldpleging|handtastelijk*|abusive|abuser|abused|abuses|abusing|abuse',
      // what was done stays danger whatever it was about ("he strangled me over the debts")
      'gewurgd|wurgde|wurgden|strangled|choked|*wurggreep|hersenschudding|concussion',
      // the present may be a figure of speech: "the mortgage is strangling me", "I could strangle whoever designed this form"
      'wurg|wurgt|wurgen|strangle|strangles|strangling|choking|chokes ! mortgage|hypotheek|debt|debts|schulden|bills|rekeningen|costs|kosten|form|forms|formulier|formulieren|paperwork|papierwerk|bureaucracy|bureaucratie|whoever|lol|haha',
      'geslagen|geschopt|gewurgd|getrapt|gestompt|afgetuigd|mishandeld ! nergens|alarm|slag|brug|munt|tilt|dicht|groot|deal|jackpot|over|overslaan|klok|clock|uur|hour',
      'trok|trekt|getrokken|pulled|pulls|pakte|greep|grijpt|gegrepen|grabbed|grabs haren|haar|hair|nek|keel|throat|neck|arm|armen|arms|pols|wrist ! fiets|bike|tas|bag|telefoon|phone|kinderen|kids',
      'tegen|against muur|wall|kast|deur|grond|floor|radiator ! verf|paint|poster|fiets|bike|ladder|tas|bag|bal|ball|auto|car',
      'onveilig|unsafe ! internet|website|online|wachtwoord|password|verkeer|traffic|buurt|neighbourhood|fiets|app|apps',
      'veilig|safe niet|not|nie|nooit|never|meer ! internet|website|online|wachtwoord|password|verkeer|traffic|buurt|fiets|app|apps|bewaren|opslaan|store|data|gegevens|financieel|geld|money|spaargeld|toekomst|future|beleggen',
      'blauw|black oog|eye|ogen|eyes',
      'blauwe|bruises|bruised|bruise plekken|plek|on ! gevallen|vallen|viel|fell|fall|fiets|bike|sport|skaten|skate*|voetbal*|football|gym|speeltuin|playground|trampoline|ongeluk*|accident|school',
      'bloedneus|bloedlip|hechtingen|stitches|gebroken|broken|kneuzing neus|rib|ribben|arm|pols|nose|ribs|wrist|lip ! gevallen|vallen|viel|fell|fall|fiets|bike|sport|skaten|skate*|voetbal*|football|gym|speeltuin|playground|trampoline|ongeluk*|accident|school',
      'vrouwenopvang|blijfhuis|shelter|refuge|huisverbod|contactverbod|straatverbod',
      'safe house',
      'restraining|protective order',
      'blijf van mijn lijf*',
      'domestic violence|abuse',
      'violence|violent|geweldadig',
      // afraid of one's partner: what Veilig Thuis asks first ("ben je bang voor je partner?")
      `bang|angst|scared|afraid|terrified|doodsbang|fear|frightened ${PARTNER} ! dat|that|kosten|costs|geld|money|*rechter|judge|court|*advocaat|lawyer|reactie|reaction|zeggen|say|boos|angry|mad|verliezen|lose|losing|kwijt|krijgt|gets|wint|wins|meer|more|voogdij|custody|gezag|zorgregeling|omgang|procedure|gesprek|conversation|talk|praten|confront|vertellen|tell|telling|beslissing|decision|nieuwe|new`,
    ],
    window: 7,
  },
  {
    category: 'acute-violence',
    strength: 'possible',
    match: [
      // hurting is also said of feelings and aches: a possible signal, the words decide
      `${HURT} ${ME} ! ${HURT_HARMLESS}`,
      'doodsbang|terrified ! hond|dog|honden|dogs|spin|spider|spiders|onweer|thunder|donker|dark|film|movie|monster*|tandarts|dentist|prik|injection|vliegen|flying|zitting|hearing|*rechter|judge|court|rechtszaak|examen|exam|toets|test|presentatie|presentation',
      'agressief|aggressive|agresief|woedeaanval*|driftbui*|tekeer|furious|explodes ! auto|verkeer|traffic|telefoon|phone|mail|brief|letter|*advocaat|lawyer|mails|berichten|messages',
      'losing|loses|lost temper ! auto|verkeer|traffic|telefoon|phone|mail|*advocaat|lawyer',
      'veilige|safe plek|place|plaats|onderdak|slaapplek|stay|slapen|sleep ! internet|online|wachtwoord|password|data|gegevens|documenten|papieren|papers|geld|money|bewaren|store',
      'eerste|spoedeisende|hospital|ziekenhuis|emergency|huisarts|dokter|doctor hulp|room|vanwege|because|door|by|of hem|him|haar|her|what|wat|he|hij|she|ze ! kinderen|kids|children|kind|child|zoon|son|dochter|daughter|gevallen|fell|ziek|sick|griep',
      'verwondingen|injuries|marks|striemen|schrammen|scratches mijn|my|me|mij|neck|nek|keel|arm|armen|arms|gezicht|face',
      'bang|angst|scared|afraid|terrified|durf|dare naar|go huis|home|thuis ! kosten|costs|geld|money|huur|rent|eenzaam|lonely|alleen|alone|stil|quiet|leeg|empty',
      'kogel|bullet|kogels|bullets',
      // marks hidden or explained away (Veilig Thuis lists injuries explained by a fall or a door)
      'lip|wang|cheek|oog dik|dikke|gezwollen|swollen|cut|split|busted|kapot|gescheurd ! tandarts*|dentist|wesp|wasp|bee|allergie|allergic|allergy|hooikoorts|hayfever|eczeem|eczema|ontsteking|infection|val|viel|valt|fell|falls|gevallen|voetbal*|football|sport|hockey|skate*|fiets|bike|kies|tooth|verkouden|cold',
      'walked|liep|gelopen|lopen into|tegen door|deur|kast|cupboard ! dronken|drunk|donker|dark|telefoon|phone|lol|haha',
      'zodat|so niemand|nobody|noone|no ziet|sees|see|weet|knows ! cadeau|present|verrassing|surprise|verjaardag|birthday',
      'gevallen|fell|walked|trap|stairs|door|deur niet|not|geen zo|true|happened|waar|gebeurd ! erg|bad|pijn|hurt|dokter|doctor|gips|cast',
      'smoesje*|excuse*|lied|lie|lieg|verzin|verzon|told gevallen|fell|walked|trap|stairs|door|deur|plekken|bruises|injuries|verwondingen',
      'vuisten|vuist|fists|fist',
      'sloeg|slaat|hits|hit|schopte|kicked zo|so hard ! bal|ball|deur|door|tafel|table',
      'opvang|shelter|refuge gegaan|gevlucht|went|gone|fled|zitten|staying ! kinder*|child*|kids|na school|after',
      'schrik|angst|bang|scared|afraid|terrified|schrik thuiskomt|thuiskomen|comes|gets home|thuis|elke|every ! spinnen|spiders|onweer|storm|donker|dark|vuurwerk|fireworks',
      'boeten|hiervoor pay|betalen|boeten|let|wacht|wait ! boete|fine|parkeer|parking|belasting|tax',
      'bruise*|plekken|blauw*|marks him|hem|her|haar|husband|man|vrouw|wife ! gevallen|fell|sport|voetbal|football',
      'gillen|gilde|schreeuwen|screaming|screamed|geschreeuw buren|buurvrouw|buurman|neighbours|neighbors|neighbour|politie|police ! feest|party|muziek|music|kinderen|kids|spelen|playing',
      'gevlucht|vluchten|fled|flee|fleeing ! oorlog|war|land|country',
      'bang|afraid|scared dat|that hij|he|ze|she iets|something doet|does|do|aandoet ! geld|money|kinderen|kids|huis|house|spullen|stuff|auto|car|stom|stupid',
      'gooit|gooide|gegooid|smijt|smeet|gesmeten|throws|threw|thrown naar|at|met|kapot|borden|plates|spullen|stuff|things|dingen',
      'politie|police|cops|112 ! belasting|inkomsten|tax|paspoort|passport|verhuizing|adres|geboorte',
      'aangifte ! belasting*|inkomsten*|tax|geboorte|verhuizing|adres|verhuisaangifte|birth',
      'hurt|hurts|pijn me|mij ! feelings|gevoel|gevoelens|see|zien|doet|does|it|het|dat|that|hart|heart',
      'iets|something aandoet|aandoen|gebeurt|happen|happens|overkomt ! vergeet|forget|kinderen|kids|children|ziek|ill|sick|auto|car|huis|house',
    ],
    window: 6,
  },
  // threats to kill or hurt
  {
    category: 'threats',
    strength: 'strong',
    match: [
      // a threat to kill, named as a threat: its own pattern, because both words alone are common
      // in harmless messages ("dreigt met een advocaat", "mijn moeder vermoordt me als…")
      'dreigt|dreigde|dreigen|gedreigd|bedreigt|bedreigd|threatens|threatened|threatening|threat vermoord*|vermoorden|doodmaken|ombrengen|afmaken|doodsteken|neersteken|neerschieten|doodschieten|kill|killing|murder|stab|shoot ! lol|haha|grapje|joke|joking|spel|game|deal|proposal|plan|idea|idee|voorstel|slowly|work|werk|stress|time|tijd|losing|verliezen',
      'vermoord*|vermoorden|doodmaken|ombrengen|afmaken|afmaak*|doodsteken|neersteken|neerschieten|doodschieten|kill|killing|kills|murder|stab|stabs|shoot ! myself|mezelf|mijzelf|lol|haha|slowly|divorce|scheiding|process|procedure|proces|paperwork|papierwerk|formulieren|forms|stress|work|werk|traffic|files|kosten|costs|rugpijn|backache|time|tijd|headache|hoofdpijn|waiting|wachten|boredom|verveling|feet|rate|koers|prices|prijzen|deal|proposal|voorstel|idea|idee',
      'maak|maakt|maken|make je|jou|mij|me|ons|you|us|her|him|hem|haar af|dood|dead ! zorgen|worries|druk|boos|wijs|rekening*|kosten|costs|bills|werk|work',
      'overleef|overleeft|overleven|survive niet|not|nie|wont|never|nooit ! zonder|without|geld|money|huis|house|scheiding|divorce|kosten|costs|alleen|alone|inkomen|income',
      'brand|burn|fire steken|steekt|steek|down|erin|with|me|mij|huis|house',
      'kapot|dood|af maakt|maak|maken|make erbij|too',
      'leven|life niet|not|never zeker|safe|veilig',
      'pay|betalen|boeten|betaal life|leven',
      'dood|death|graf|grave meeneemt|meenemen|neemt|take|takes|with ons|us|mij|me|allemaal|all',
      'opblazen|opblaast|blow|explode|explosief|bom|bomb ! ballon|balloon|band|tyre|foto|photo',
      'blazen|blaast huis|house|auto|car|mij|me ! ballon|balloon|kaarsjes|candles|fluit|whistle',
      'niet|not|never live|leven|overleven zien|see|meemaken|volgende|next ! geld|money|huis|house|kinderen|kids|pensioen|pension|*rechter|court',
      'zie|see niet|not|never meer|again volgende|next dag|day|morning|ochtend',
      'niemand|nobody|noone krijgt|krijgen|get|gets|vindt|vinden|find|finds ze|me|mij|you|je|jou|hen|them|kinderen|kids ! leuk|mooi|aardig|nice|begrijpt|understands|helpt|helps|baan|job|huis|house|woning|oppas|babysitter',
      'oppassen|uitkijken|careful|watch moet|must|better|beter|out ! kosten|costs|geld|money|met|with|for|voor|wat|what|zeg|say|tekent|sign|contract|papieren|papers',
      '*doodsbedreig*|bedreigd|bedreigde|bedreigt|bedreigen|bedreiging|bedreigingen|threatened|threatening|threatens|threat ! *advocaat|lawyer|*rechter|judge|court|rechtszaak|procedure|*rechtbank|beslag|deurwaarder|incasso|boete|fine|alimentatie|alimony|geld|money|stoppen|stop|verhuizen|moving|move|lawsuit|custody|voogdij|sue|aanklagen|police|politie|bellen|call|melding|report|report',
      'dreigt|dreigde|dreigen|gedreigd ! *advocaat|lawyer|*rechter|judge|court|rechtszaak|procedure|*rechtbank|beslag|deurwaarder|incasso|alimentatie|alimony|geld|money|stoppen|stop|verhuizen|moving|lawsuit|custody|voogdij|weggaan|vertrekken|leave|scheiding|divorce|huis|house|verkopen|sell|betalen|pay|aanklagen|sue|politie|police|melden|report|zorgregeling|omgang|kinderbijslag|bankrekening|rekening|account|regen|rain|hypotheek|mortgage|deel|geding|zaak|papieren|handtekening|tekenen|verjaardag|birthday|overslaan|skip',
      'mes|knife|knives|wapen|wapens|pistool|pistolen|gun|guns|vuurwapen|weapon|bijl|axe|geweer|jachtgeweer|rifle|shotgun ! koken|cooking|eten|food|brood|bread|snijden|cut|boter|groente|vegetables|vork|fork|lepel|spoon',
      'spijt|boeten|regret|wraak|revenge krijgen|get|zul|zult|zal|will|gonna|krijgt',
      'bekopen|boeten|pay leven|life',
      'break|breaks|breek|breekt|breken his|her|my|your|je|jouw|mn|mijn|zijn|haar legs|benen|neck|nek|arms|armen|botten|bones ! skate*|skateboard*|bmx|klimmen|climbing|skiing|ski|skien|trap|stairs|ijs|ice|fiets|bike|trampoline|voetbal|football',
      'je|you zal|zult|will|gonna het|it|spijt|regret|pay ! *rechter|judge|court|geld|money|*advocaat|lawyer|alimentatie|alimony|betalen|rekening|bill',
    ],
    window: 6,
  },
  {
    category: 'threats',
    strength: 'possible',
    match: [
      // a veiled threat: "er gebeuren zo snel ongelukjes", "accidents happen"
      'ongeluk|ongelukje|ongelukjes|ongelukken|accident|accidents gebeuren|gebeurt|happen|happens|kan|can ! oplet|opletten|careful|voorzichtig|plassen|poep|pee|pipi|verkeer|traffic|auto|car|fiets|bike|school|sport|keuken|kitchen|verzekering|insurance|zindelijk|potty|toilet|broek|pants|bed',
    ],
    window: 6,
  },
  // suicidal thoughts and self-harm
  {
    category: 'suicide-self-harm',
    strength: 'strong',
    match: [
      // 113 itself asks "zie je het niet meer zitten?": strong, so that the model turns it down to
      // the calm line at most (above the floor), never off
      'zie|zag het|t niet meer zitten ! ouderschapsplan|plan|samen|together|mediation|mediator|regeling|afspraken|relatie|relationship|huwelijk|marriage|baan|job|opleiding|studie|verbouwing|verhuizing',
      'zelfmoord*|zelfdoding|suicid*|suïcid*|zelfbeschadig*|selfharm|zelfverwond*|self-harm',
      // "er niet meer willen zijn": how many people say they think of ending their life
      'wil|wilde|willen|wou er|der niet meer zijn|wezen ! bij|met|op|in|naar|werk|feest|verjaardag|vergadering|zitting',
      'self harm',
      // (one pattern of three word groups before: 'kill myself' alone never matched)
      'kill|killing|kills|killed myself|mezelf|mijzelf',
      'end|ending|take|taking my|own life ! back|terug|control|charge|hands',
      'end it all|ending it all',
      'wil|wilt|wou|wilde|willen|liefst|want|wants|wanted|wanna|wish|rather dood|dead|dying|sterven|overlijden ! moe|tired|lachen|laugh|honger|hungry|verveel|bored|boredom|embarrassment|schaamte',
      // "ik wil gewoon dood", "i just want to die": despair that "moe" beside it does not undo
      // ("zo moe van alles, wil gwn dood"; the pattern above stands down for "dood moe")
      'wil|wilt|wou|want|wanna gewoon|gwn|echt|just|really dood|dead|die|sterven',
      // "i don't want to wake up anymore", "i wish i'd never wake up" (not an early alarm)
      'want|wanna|wish wake|waking anymore|again|ever|never ! early|vroeg|alarm|school|work|werk|morning|ochtend',
      // "die" alone is mostly Dutch ("ik wil die regeling"): the English verb with "to" or "wanna"
      'want|wants|wanted|going to die ! tired|laugh|hungry|bored|boredom|embarrassment|dog|cat|pet|hamster|plant|plants|tv|phone|battery|car|laptop|party',
      'wish|wished|wishes|rather|could|wanna|gonna die ! tired|laugh|hungry|bored|boredom|embarrassment|dog|cat|pet|hamster|plant|plants|tv|phone|battery|car|laptop|party',
      'liever|rather|better|beter dood|dead ! dan|than|hond|dog|kat|cat|plant',
      'niet|nie meer leven|wakker|bestaan|wezen ! gelukkig|happy|samen|together|met|with|hem|haar|him|her|zo|so|thuis|home|huis|house|getrouwd|married|relatie|relationship',
      'eind|einde|punt aan maken|leven|alles ! relatie|relationship|huwelijk|marriage|ruzie|discussie|samenwonen|contract|partnerschap|argument|fight|samen|together|scheiding|divorce|situatie|situation|onzekerheid|gedoe|conflict',
      'beter|better af|off zonder|without mij|me ! zorgen|worries|stress|ruzie|fighting|hem|haar|him|her|ex',
      'snij|snijd|snijden|sneed|gesneden|sneden|cut|cutting|krassen|kras|gekrast|krab|krabben|gekrabd|burn|burning|brand mezelf|myself|armen|arms|polsen|wrists|mijzelf ! mug|muggen|muggenbult*|jeuk|itch|itchy|itching|eczeem|eczema|waterpokken|chickenpox|bulten|koken|cooking|keuken|kitchen|oven|strijkijzer|iron',
      // cutting "again", without saying where: a relapse (113 names it as a sign)
      'snij|snijd|sneed|kras|krassen|cut|cutting ik|i weer|again|opnieuw ! keuken|kitchen|koken|cooking|groente|vegetables|brood|bread|papier|paper|hair|haar|nagels|nails|knutsel*|crafts|gras|grass|taart|cake|vlees|meat|ui|onion|stof|fabric',
      'snijden|krassen|cutting|snijd|snij helpt|helps|help|rustig|calm|calms ! groente|vegetables|brood|bread|papier|paper|hair|haar|knutsel*|crafts|mes|knife',
      'mezelf|mijzelf|myself iets|wat|pijn|hurt|aandoen|harm|kwaad',
      'pillen|pills|slaappillen|overdosis|overdose|medicijnen|tabletten|doosjes allemaal|all|klaar|klaarliggen|ready|opsparen|sparen|gespaard|spaar|verzameld|verzamel|collected|saving|stockpil*|innemen|slikken|take|took|genomen|nemen ! vergeten|forget|vergeet|doctor|dokter|huisarts|voorschrift|prescription|apotheek|pharmacy|allergie|slapen|sleep|pijn|pain|headache|hoofdpijn|vitamines|anticonceptie',
      'springen|spring|jump|jumping trein|brug|flat|dak|bridge|train|roof|balkon|balcony|spoor|tracks|rails ! bungee|zwembad|pool|trampoline|fiets|bike|sloot|stoep',
      'beroven|beroof|stappen|stap|kant leven|maken|maak mezelf|myself|mijn|my|uit|van',
      'touw|rope|strop|noose gekocht|bought|klaar|ready|ophangen|hang|opgehangen ! was|laundry|tent|boot|boat|schommel|swing',
      'spoor|tracks|rails|trein|train staan|gestaan|stond|stand|stood|lopen|liep|walk|walked ! station|vertraging|delay|werk|work|school|reis|trip',
      'beter|better af|off zonder|without moeder|vader|mother|father|ouder|mom|dad|mij|me|ik ! ex|hem|haar|him|her|relatie|partner',
      'weg|stappen|stap|out uit|of leven|life ! relatie|relationship|huwelijk|marriage|zijn|his|haar|her|zijn|kinderen|kids',
      'hoe|how|manier|way dood|sterven|overlijden snelst|pijnloos|fastest|painless|quickest|easiest|snel',
      'how|way to die fastest|painless|quickest|easiest|fast|quick',
    ],
    window: 6,
  },
  {
    category: 'suicide-self-harm',
    strength: 'possible',
    match: [
      // no look-alike words here: on a separation site nearly every message names the separation
      'geen|no uitweg|way|escape out|meer ! geld|money|schulden|debts|financieel|huur|rent|huis|house',
      'zin|point leven|life|living|live ! ruzie|praten|talk|discussie|gesprek|werk|work|feest|party|vakantie|holiday|school|sport|eten|food|koken',
      'hopeloos|hopeless|wanhopig|desperate|uitzichtloos|worthless|waardeloos ! situatie|situation|zaak|case|procedure|*rechter|court|*advocaat|lawyer|geld|money|schulden|debts|huis|house|markt|market|woningmarkt|wachtlijst|waiting|list|systeem|system|gemeente|ex|hem|haar|him|her|communicatie|communication|onderhandel*|negotiat*',
      'iedereen|everyone|everybody beter|better af|off',
      'afscheidsbrief|afscheidsbrieven',
      'goodbye|farewell letter|note|letters|notes',
      'suicide note',
      'ophouden|stoppen|stop te|to bestaan|exist|existing',
      'verdwijnen|disappear|vanish wil|want|wanna|zou|would ! kinderen|kids|children|ex|hem|haar|him|her|buitenland|abroad|verhuizen',
      'kan|can niet|not|cant meer|anymore|more verder|on|go leven|live|living',
      'niet|not|cant|geen verder|on|going leven|living|live|keep ! samen|together|met|with|hem|haar|him|her|relatie|huwelijk|marriage',
      'reden|reason|zin|point om|to opstaan|op|staan|keep|going|leven|live|living|doorgaan|verder ! ruzie|fight|praten|talk|relatie|relationship|huwelijk|marriage|ex|hem|haar|him|her',
      'zinloos|pointless|meaningless leven|life|alles|everything|bestaan',
      'wil|want|wants niet|not|dont meer|anymore verder|on|door|leven|live ! samen|together|met|with|hem|haar|him|her|relatie|huwelijk|marriage|zo|like|dit|this|werk|job|baan',
      'dood|death|doodgaan|dying gedacht|denk|denken|think|thinking|thought ! moeder|vader|mother|father|hond|dog|opa|oma|grandpa|grandma|grootvader|grootmoeder|oom|tante|vriend|friend|kat|cat',
      'spullen|things|stuff|belongings weggegeven|gave|given|weggeven ! kringloop|charity|verhuizing|moving|kinderen|kids|zolder|attic',
      'burden|last voor|to|for iedereen|everyone|anyone|everybody|mijn|my|familie|family',
      'stop|stoppen|ophouden for|voor good|altijd|ever|goed ! roken|smoking|drinken|drinking|werk|work|baan|job|cursus|course|sport|relatie|relationship|ruzie|fighting',
      'stoppen|stop|ophouden met|with alles|everything|leven|life|living ! roken|smoking|drinken|drinking|werk|work|baan|job|cursus|course|sport|relatie|relationship|ruzie|fighting|mediation|procedure',
      'afscheid|goodbye genomen|said|nemen|say testament|will|brief|brieven|letter|letters ! verhuizing|moving|baan|job|collega|colleague',
      'hoeft|hoef niet|nie meer|allemaal ! praten|talk|overleg|contact|zien|see|samen|together|relatie|relationship|hem|haar|him|her|ex',
      'klaar|done|finished met|with leven|life|alles|everything|living ! ex|hem|haar|him|her|relatie|relationship|huwelijk|marriage|gedoe|ruzie|procedure|*advocaat|*rechter|scheiding|divorce|papierwerk|paperwork',
      'end|ending it|alles|all ! relationship|relatie|marriage|huwelijk|contract|lease|huur|sub|subscription|abonnement|account|rekening|chat|call|gesprek',
      // asking how much of a medicine is too much, or having stood on a bridge or at the rails
      'hoeveel|how pillen|pills|tabletten|tablets|slaappillen|paracetamol|medicijnen|meds teveel|veel|too|dodelijk|lethal|overdosis|overdose ! kind|kinderen|kids|child|children|baby|dokter|doctor|huisarts|apotheek|pharmacy|per|dag|day|daily|kost|kosten|cost|costs|vergoed*|prijs|price|bezorg*|deliver*',
      'brug|bridge|spoor|rails|tracks gestaan|stond|stood|standing|gezeten|sat ! wandeling|walk|fiets|bike|uitzicht|view|foto|photo|feest|party|vuurwerk|fireworks|trein|train|boten|boats|kijken|look|looking|watch|watching|wachten|waiting|file|traffic|lekkage|leak|reparatie|repair|open|dicht|closed|laat|late|minuten|minutes|auto|car|roken|smoking|rookte',
    ],
    window: 7,
  },
  // a child in danger, or a child who is hurt or wants to die
  {
    category: 'child-danger',
    strength: 'strong',
    match: [
      `${HIT} ${CHILD} ! ${HIT_HARMLESS}`,
      `${HIT} ${SIBLING} ! ${HIT_HARMLESS}|deur|door|bal|ball|game|spel|tennis|voetbal|football`,
      '*kindermishandel*|childabuse|verwaarloos*|verwaarlozing|neglect*|neglects|neglected',
      'child abuse',
      // a baby or small child shaken
      `geschud|schudt|schudde|schudden|shook|shakes|shaking|shaken ${CHILD}|baby|babys|babies|kleine|zoontje|dochtertje ! hand|handen|hands|hoofd|head|nee|no|zand|sand|fles|bottle|kussen|pillow|medicijn|medicine`,
      `mishandel*|mishandeld|abus*|misbruik*|molest* ${CHILD}`,
      `mishandel*|mishandeld|abus*|misbruik*|molest* ${SIBLING}`,
      `krast|kras|krassen|snijdt|snijden|sneed|cuts|cutting|beschadigt|zelfbeschadig*|selfharm ${CHILD} ! papier|paper|groente|vegetables|knutsel*|crafts|hair|nagels|nails|brood|bread|school`,
      `${CHILD} wil|wilt|wants|wanted|wilde|zegt|says|said|zei|told dood|dying|zelfmoord*|suicid*|leven|live ! niet|never|nooit|bij|with|meer|more|vaker|often|mama|papa|mom|dad|vader|moeder|father|mother|huis|house|wonen|living`,
      `${CHILD} wants|wanted|says|said|told|wishes|wished to die ! never|with|more|often|mom|dad|mum|father|mother|house|living|party|dog|cat|pet`,
    ],
    window: 6,
  },
  {
    category: 'child-danger',
    strength: 'possible',
    match: [
      `${HURT} ${CHILD} ! ${HURT_HARMLESS}`,
      // a child who shies from a raised hand (Veilig Thuis lists fearful reactions among the signs)
      'flinches|flinch|flinching|cowers|cowering|ineenkrimpt|krimpt|duikt|wegduikt weg|ineen|hand|hands|someone|iemand|arm',
      `blauw|blauwe|plekken|bruise*|bruised|verwonding*|verwonde|injur*|brandwond*|brandplek*|burns|marks|striemen ${CHILD} ! gevallen|vallen|fell|fall|sport|voetbal*|football|gym|fiets|bike|speeltuin|playground|school|gym|spelen|playing`,
      `bang|angst|scared|afraid|terrified|doodsbang|frightened ${CHILD} vader|moeder|papa|mama|stiefvader|stepdad|vriend|boyfriend|dad|mom|mum|hem|haar|him|her ! onweer|donder|storm|honden|dogs|hond|dog|donker|dark|spinnen|monsters|school|toets|test|scheiding|divorce|verhuizen|moving|kiezen|choose|*rechter|judge|missen|miss|verdriet|sad|kwijt|lose|losing|verliezen|teleurstellen|disappoint`,
      `dronken|drunk|bezopen|drinkt|drinks|drinking|drugs|high|stoned|coke|cocaine ${CHILD} ! bier|beer|glas|glass|wijn|wine|feest|party|melk|milk|water|limonade`,
      `alleen|alone|left thuis|home|house|huis|gelaten|urenlang|hours|uren|nachts|night ${CHILD} ! school|huiswerk|homework|even|minuten|minutes|kwartier|oud|old|mag|may|allowed|age|leeftijd|hoe|how|vanaf|from|vaak|often`,
      `geen|no|zonder|without eten|food|drinken|toezicht|supervision ${CHILD}|me|mij ! school|lunch|brood|snoep|sweets|gezond|healthy|suiker|sugar|dieet|diet|vegetarisch|vegan`,
      `opgesloten|opsluit|opsluiten|sluit|sloot|locks|locked|lock ${CHILD} ! fiets|bike|telefoon|phone|tablet|ipad|tv|spelcomputer|game|games|deur|door`,
      `${CHILD} pijn|hurt|hurts|pain doet|does|gedaan|done ! buik|stomach|hoofd|head|tand|tooth|keel|throat|oor|ear|scheiding|divorce|verdriet|heart|hart`,
      `${CHILD} rijdt|drives|driving|reed dronken|drunk|onder invloed|influence`,
      'papa|mama|pappa|mamma|dad|mom|daddy|mommy dronken|drunk|drugs|eng|scary|enge ! hond|dog|honden|dogs|spin|spider|spiders|onweer|thunder|donker|dark|film|movie|monster*|tandarts|dentist|prik|injection|vliegen|flying|zitting|hearing|*rechter|judge|court|rechtszaak|examen|exam|toets|test|presentatie|presentation',
      'niemand|nobody|niet|not|mag|mogen vertellen|tell|zeggen|say thuis|home|gebeurt|happens|geheim|secret ! verrassing|surprise|cadeau|present|verjaardag|birthday|feest|party',
    ],
    window: 8,
  },
  // child abduction, or a child kept away with whereabouts unknown
  {
    category: 'child-abduction',
    strength: 'strong',
    match: [
      'ontvoer*|kinderontvoering|abduct*|kidnap*',
      `${TAKE} ${CHILD} ${NOWHERE} ! vakantie|holiday|holidays|vacation|maand|month|weken|weeks|week|mag|allowed|toestemming|consent|permission|toestemmingsformulier|verhuizen|moving|move|school|wonen|live|living|slapen|sleep|moeten|should|kiezen|choose|hoe|how|wanneer|when|regeling|arrangement`,
      `paspoort*|passport*|identiteitskaart|id|documenten|papers afgepakt|ingepikt|gepikt|meegenomen|weggenomen|ingenomen|verstopt|hid|hidden|took|taken|kwijt|weg|afgenomen|weggehaald|stole|stolen|gestolen|houdt|keeps|kept|kluis|safe ! afgesproken|agreed|ouderschapsplan|bewaart|samen|together|aanvragen|aanvraag|apply|application|renew|verlengen|nodig|need|needs|formulier|form|toestemming|consent|verlopen|expired|gemeente|vakantie|holiday`,
      `${CHILD} niet|not|never|nooit|hasnt|hasn teruggebracht|returned|terugbrengen|brought|bring|gebracht|teruggegeven ! laat|late|later|te|too|minuten|minutes|uur|hour|hours|tijd|time|school|wil|want|wants`,
      `${CHILD} weet|weten|know|knowing|idee|idea niet|not|dont|no waar|where ! wonen|live|living|slapen|sleep|school|moeten|should|naartoe|kiezen|choose|beginnen|start|heen|gaan|go|naar|to`,
      `${CHILD} nooit|never meer|again|terugzien|zien|see`,
      `${CHILD} alleen|only nog|on foto*|photos|pictures|fotos`,
      `${CHILD} nergens|nowhere|onvindbaar|vermist|missing`,
      `${CHILD} didn|didnt|not|niet|never|nooit come|came|terug*|back|returned ! laat|late|later|te|too|minuten|minutes|uur|hour|hours|tijd|time|school|wil|want|wants|naar|to|house|huis|afspraak`,
      `enkele|one reis|way|ticket|tickets ${CHILD}`,
      `tickets|ticket|vliegtickets|flights ${CHILD} ${NOWHERE} ! vakantie|holiday|holidays|vacation|familiebezoek|visit`,
      `verdwenen|verdwijnt|verdwijnen|disappeared|disappear|vanished|verdween ${CHILD} ! speelgoed|toy|toys|knuffel|sok|socks|fiets|bike`,
      `uitgeschreven|deregistered ${CHILD}`,
      `weigert|weigerde|refuses|refused ${CHILD} terug*|back|return*|brengen|bring ! eten|food|school|huiswerk|homework|bed|slapen|sleep|douchen|shower`,
      `verborgen|verstopt|hides|hidden|onderduiken|ondergedoken ${CHILD} ! speelgoed|toys|cadeau|present|snoep|candy|verstoppertje|hide`,
      `dreig*|threat*|threaten*|bang|afraid|scared|fear ${CHILD} ${TAKE} ! vakantie|holiday|holidays|vacation|verhuizen|moving|weekend|weekends|meer|more|vaker|often|*rechter|judge|court|voogdij|custody|pay|paying|betalen|betaalt|geld|money|alimentatie|alimony|zwemles*|lessons`,
    ],
    window: 8,
  },
  {
    category: 'child-abduction',
    strength: 'possible',
    match: [
      `zonder|without toestemming|consent|permission|overleg ${TAKE}|verhuizen|emigreren|emigrate|buitenland|abroad|land|country|gegaan|vertrokken|gevlucht|gevlogen|went|gone|left|flew ${CHILD} ! vakantie|holiday|mag|may|can|kan|allowed|toestemmingsformulier|formulier|form|opa|oma|grandpa|grandma|grootouders|grandparents`,
      `telefoon|phone niet|not|off|uit op|answer|aan ${CHILD} ! vakantie|holiday|kamp|camp`,
      `absent|afwezig|school ${CHILD} gone|weg|verdwenen|vertrokken|onbereikbaar ! ziek|sick|vakantie|holiday`,
    ],
    window: 10,
  },
  // stalking and coercive control
  {
    category: 'stalking-coercive-control',
    strength: 'strong',
    match: [
      'stalk*|stalkt|gestalkt|stalker|achtervolg*|belaag*|belaging|stalking|harass*|lastiggevallen|lastigvalt',
      'opgesloten|opsluiten|sluit|sloot|locked|lock|locks|opsloten me|mij|us|ons|kinderen|kids op|in|up|out|binnen|huis|kamer|room|house ! fiets|bike|bagage|luggage|koffer|sleutel|keys|auto|car|buiten|outside',
      'volgsysteem|volgapp|volgapps|spyware|stalkerware|airtag|airtags|life360 ! fiets|bike|bagage|luggage|koffer|hond|dog|sleutel|keys|huisdier|pet|pakket|parcel|sport|hardlopen|running',
      // "de tracker" is also DigiPlein's own stap-tracker, where parents write notes about their steps
      'tracker|gps ! fiets|bike|bagage|luggage|koffer|hond|dog|sleutel|keys|huisdier|pet|pakket|parcel|sport|hardlopen|running|stappen|steps|stap|step|notitie|notities|note|notes|digiplein|stap-tracker|stappenplan|datum|datums|dates|planning|agenda|tijdlijn|timeline',
    ],
    window: 5,
  },
  {
    category: 'stalking-coercive-control',
    strength: 'possible',
    match: [
      'volgt|volgde|gevolgd|follows|followed|following me|mij|us|ons ! instagram|insta|facebook|tiktok|snapchat|snap|youtube|social|twitter|cursus|course|advies|advice',
      'mag|allowed|laat|lets|let|verbiedt|forbids|forbidden niet|not|geen|nergens|nowhere|nobody|niemand|never|nooit naar|out|buiten|leave|weg|deur|door|werken|work|vrienden|friends|familie|family|alleen|alone ! vakantie|holiday|kinderen|kids|children|verhuizen|moving|huis|house|zorgregeling|omgang|school',
      'staat|stond|stonden|zit|zat|parkeert|parked|wacht|wachten|wachtte|waits|waiting|shows|showed|turns|turned voor|bij|at|outside|up de|mijn|my deur|door|huis|house|werk|work|raam|window|school|auto|car|straat|street|hek|gate ! ophalen|pick|pickup|afspraak|appointment|kinderen|kids|brengen|bring|wissel|handover',
      'controleert|controlleert|checkt|checks|controls|controlling|control|leest|reads|read|bekijkt|monitors|monitoring|doorzoekt|meekijken|meekijkt mijn|my telefoon|phone|berichten|messages|mail|email|whatsapp|locatie|location ! zorgverzekering|insurance|administratie|paperwork|bankafschriften|statements',
      'controleert|controls|controlling|beheert|houdt alles|all|mijn|my geld|money|bank|rekening|account|pinpas|bankpas|uitgaven|spending|financien|finances ! administratie|belasting|tax|rekeningen|bills|alimentatie|alimony|huishoudboekje|budget|samen|together',
      'afgepakt|pakt|pakte|took|takes|afgenomen|weggenomen|ingenomen|houdt|keeps telefoon|phone|pinpas|bankpas|card|sleutels|keys|geld|money|paspoort|passport|salaris|salary|loon|wages|uitkering ! vergeten|forgot|kwijt|lost|kinderen|kids|children|kind|zoon|dochter|school|bewaart|keeps',
      'wachtwoord*|password|passwords|inlog*|hack*|gehackt|ingelogd ! vergeten|forgot|kwijt|lost|reset|digid|bank',
      'controlerend|controlerende|dwingend|dwingende|controlling|coercive gedrag|behaviour|behavior|control|controle|relatie|relationship|partner|ex ! baan|job|functie|werkgever|employer|baas|boss|ouder|parent|school',
      'hij|ze|zij|he|she|ex|vent|man kijkt|keek|staat|stond|staart|staarde|watches|watched|watching|staring|stares door|through raam|window|ramen|windows ! vogels|birds|regen|rain|sneeuw|snow|poes|kat|cat|hond|dog|komt|coming|thuiskomt',
      'rijdt|drives|loopt|komt|walks|drives langs|past|by mijn|my huis|house|werk|work|deur|door ! ophalen|pick|brengen|bring|kinderen|kids|afspraak|appointment',
      'deur|door slot|locked ! ik|i|kinderen|kids|fiets|bike|auto|car',
      'weet|knows|know altijd|always waar|where ! kinderen|kids|sleutels|keys|spullen|stuff',
      'app|apps|software|programma|spyware telefoon|phone gezet|installed|installeerde|geinstalleerd|stiekem|secretly ! kinderen|kids|school|werk|work|game',
      'geeft|gives|give|gaf me|mij geen|no geld|money|cent ! kinderen|kids|alimentatie|alimony|vakantie|holiday',
      'verbiedt|verbood|forbids|forbade|forbidden familie|family|vrienden|friends|werken|work|buiten|out|zus|sister|moeder|mother',
      'toestemming|permission vragen|ask|asking bellen|call|zien|see|kopen|buy|gaan|go|werken|work ! kinderen|kids|school|vakantie|holiday|verhuizen|moving|*rechter|court|reis|trip|paspoort|passport',
      'nepaccount*|nepprofiel*|fakeaccount*|anoniem|anonymous berichten|messages|sturen|stuurt|sends|contact|volgen|follow ! kinderen|kids|school|werk|work',
      'fake account|accounts|profile|profiles',
      'laat|let|lets me|mij niet|not|never gaan|go|leave|weg|los ! rust|alone|praten|talk|uitpraten|finish|vakantie|holiday|kinderen|kids|zien|see',
      'huis|house niet|not uit|out kan|can|mag|allowed ! ziek|sick|corona|griep|kinderen|kids|baby|regen|rain|oppas|babysitter',
      'geen|no toegang|access geld|money|rekening|account|bank',
      'belt|calls|appt|texts|berichten|messages|apps|called|calling|texting|blijft|keeps dag|nacht|night|day|constant|steeds|continu|keer|times|honderd|hundred|100|50|30|midden ! vakantie|holidays|holiday|vacation|afspraak|appointment|rooster|schedule|planning|school|ophalen|pickup|alimentatie|alimony|*advocaat|lawyer|*rechter|court|regeling|arrangement|weekend|wissel|handover|kosten|costs|rekeningen|bills|betalen|pay|verjaardag|birthday|dokter|doctor|vragen|ask|questions|vraag|about|over|kinderen|kids|children',
      'isoleert|isolates|isolated|geisoleerd|dwingt|dwong|forces|forced|gedwongen|dwingend ! *rechter|court|verkopen|sell|huis|house|verhuizen|moving|betalen|pay|tekenen|sign',
    ],
    window: 7,
  },
  // sexual violence
  {
    category: 'sexual-violence',
    strength: 'strong',
    match: [
      'said|zei|zeg|told no|nee|niet but|maar didnt|didn|niet stop|stopped|stoppen|stopte|ophouden|ophield ! texting|calling|bellen|appen|messages|berichten|praten|talking|asking|vragen|shouting|schreeuwen|eten|food',
      'verkracht*|aanrand*|aangerand|rape|raped|raping|rapes|raper|molest*',
      // image abuse and exploitation by their names, as typed in a search box; not a lesson or a talk about them
      'wraakporno|sextortion|sekschantage|loverboy|loverboys|mensenhandel ! voorlichting|les|lessen|lesson|lessons|praten|talk|talking|uitleggen|explain|documentaire|documentary|film|serie|series|boek|book|preventie|prevention|training|cursus|course|project|band|liedje|song|nummer|workshop',
      'seksuele|sexual chantage|afpersing|extortion|uitbuiting|exploitation ! voorlichting|les|lessen|lesson|lessons|praten|talk|talking|uitleggen|explain|documentaire|documentary|film|serie|series|boek|book|preventie|prevention|training|cursus|course|project|band|liedje|song|nummer|workshop',
      'seksueel|sexueel|sexual|sexually|seksuele|sexuele misbruik*|misbruikt|abuse*|abused|geweld|violence|assault*|assaulted|overschreden|grensoverschrijdend',
      'seks|sex|sexual|seksueel|neuken|vrijen|intiem|intimate dwingt|dwong|gedwongen|forces|forced|force|pressure|pressures|pressured|zonder|without|tegen|against',
      'seks|sex|vrijen wil|wilde|want|wanted niet|not|didnt|nee|no',
      'komt|kruipt|comes|came|gets bed|bedroom|slaapkamer|kamer|room nacht|nachts|night|niet|not|nee|no ! kinderen|kids|baby|nachtmerrie|nightmare|ziek|sick|bang|scared|onweer|storm|knuffel|cuddle|voorlezen|read',
      `zit|zat|zitten|touching|touches|touched aan|my|haar|her ${CHILD}|me|mij|haar|her ! zeuren|nag|kop|hoofd|nek|tas|bag|telefoon|phone|spullen|stuff|eten|food|hair|huiswerk|homework`,
      `betast|betastte|aangeraakt|aanraakt|aanzitten|zit|zat|touched|touches|touching|touch ${CHILD}|me|mij|her|him|hem|haar onder|private|geslacht|plassertje|piemel|borsten|kruis|ongepast|inappropriately|inappropriate|shouldnt|mag niet|niet mag|bed|slaapkamer|bedroom ! bad|bath|baden|douche|shower|aankleden|dressing|luier|diaper|knuffel|hug|voorlezen|reading|verhaaltje|story`,
      'naaktfoto*|nudes|nude|naakt|naked foto|fotos|photos|pictures|beelden|verspreid*|online|sturen|send|deel|gedeeld|share|shared|sharing|posted|leaked|gelekt|dreig*|threat*|filmde|gefilmd|filmed|filmt|films ! baby|strand|beach',
      // intimate images passed on: the image and its sharing both ("intieme video van mij gedeeld")
      'intieme|intiem|intimate|sekstape|sextape foto|fotos|photos|pictures|beelden|video|videos|filmpje|filmpjes gedeeld|verspreid*|rondgestuurd|doorgestuurd|gepost|posted|shared|leaked|gelekt|online|dreigt|dreigde|threatens|threatened',
      'misbruikt|abused ! vertrouwen|trust|goedheid|kindness|situatie|situation|geld|money',
      'seks|sex|bed|vrijen|bezig nee|no|stop',
      'bed|seks|sex anders|otherwise|else|moet|must|forces',
      'plassertje|piemel|piemeltje|vagina|geslachtsdelen|privates aan|touch*|zit|zat|voelt|laat',
    ],
    window: 5,
  },
  // violence named in two words that belong together ("death threats", "revenge porn"): next to
  // each other only, so "the kids killed it at the play, no threats" stays quiet
  {
    category: 'threats',
    strength: 'strong',
    match: ['death|murder threat|threats'],
    window: 2,
  },
  {
    category: 'sexual-violence',
    strength: 'strong',
    match: ['revenge|wraak porn|porno'],
    window: 2,
  },
];
