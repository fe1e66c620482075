import type { SafetySignal } from '../core/safety/detect.js';

/**
 * The national lexicon of danger signals, by category. Where the categories and the indirect
 * signals come from (public guidance of Veilig Thuis, 113 Zelfmoordpreventie and De
 * Kindertelefoon), and how a gemeente adds its own, is in docs/safety.md. The pattern syntax is
 * explained at `SafetySignal` in src/core/safety/detect.ts: words in any order within a few
 * words, `|` for alternatives, `*` for a stem, word end or part of a compound.
 *
 * The word lists below are shared by several signals, so each is kept once.
 */

/** The writer, or the people at home, as the object of what is done. */
const ME = 'me|mij|ons|mn|us|mama|mam|mamma|papa|pap|mommy|mom|mum|moeder|vader|mother|father';
/** A child as the subject or object. */
const CHILD =
  'kind|kinderen|kindje|kinders|kids|kid|zoon|zoontje|dochter|dochtertje|baby|broertje|zusje|jongste|oudste|child|children|son|daughter|toddler|meisje|jongen|kleine|tweeling';
/** The (ex-)partner or other parent. */
const PARTNER =
  'hem|haar|ex|expartner|partner|man|vrouw|vriend|vriendin|echtgenoot|echtgenote|vader|moeder|him|her|husband|wife|boyfriend|girlfriend|stiefvader|stiefmoeder|stepdad|stepmom';
/** Hitting and hurting, in all the forms people write. */
const HIT =
  'slaat|sloeg|sloegen|slaan|sla|geslagen|klopt|klopte|geklopt|meppen|mept|mepte|gemept|schop*|geschopt|stomp*|gestompt|duwt|duwde|geduwd|trapt|trapte|getrapt|knijpt|kneep|geknepen|bijt|beet|gebeten|gooit|gooide|gegooid|smijt|smeet|gesmeten|rammen|ramt|ramde|slagen|afgetuigd|aftuigen|tuigt|hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|punch*|slap*|shove*|pushed|pushes|chokes|choked|choking|hurt|hurts|hurting|pijn';
/** Words that turn a "hit" into something harmless ("dat slaat nergens op", "een slag slaan", "it hurts me to see"). */
const HIT_HARMLESS = 'nergens|alarm|slag|brug|munt|tilt|dicht|groot|deal|jackpot|road|traffic|eye|nerve|feelings|gevoel|gevoelens|zien|see|hart|heart';

/** Verbs of taking a child away. */
const TAKE =
  'meegenomen|meenemen|mee|neemt|nam|genomen|weggehaald|weggenomen|weggebracht|ontvoerd|gehaald|weg|took|taken|take|taking|gone|left|vertrokken|verdwenen|disappeared|kept|houdt|hield|gehouden|keeps';
const NOWHERE =
  'weet|know|idee|idea|waar|where|onbekend|unknown|onbereikbaar|bereikbaar|reachable|buitenland|abroad|land|country|turkije|marokko|suriname|polen|nigeria|egypte|syrie|irak|iran|afghanistan|somalie|eritrea|india|pakistan|vliegtuig|plane|flight|vlucht|ticket|tickets';

export const nationalSafetySignals: SafetySignal[] = [
  // acute violence: being hit or hurt at home
  {
    category: 'acute-violence',
    strength: 'strong',
    match: [
      `${HIT} ${ME} ! ${HIT_HARMLESS}`,
      '*mishandel*|mishandeld|*geweld|gewelddadig*|geweldpleging|handtastelijk*|abusive|abuser|abused|abuses|abusing|abuse',
      'wurg*|*wurggreep|strangl*|choked|choking|chokes',
      'onveilig|unsafe ! internet|website|online|wachtwoord|password|verkeer|traffic|buurt|neighbourhood|fiets|auto|app|apps',
      'veilig|safe niet|not|nie|nooit|never|meer ! internet|website|online|wachtwoord|password|verkeer|traffic|buurt|fiets|auto|app|apps|bewaren|opslaan|store|data|gegevens|financieel|geld|money|spaargeld|toekomst|future|beleggen',
      'blauw|black oog|eye|ogen|eyes',
      'blauwe|bruises|bruised|bruise plekken|plek|on',
      'bloedneus|bloedlip|hechtingen|stitches|gebroken|broken|kneuzing neus|rib|ribben|arm|pols|nose|ribs|wrist|lip',
      'vrouwenopvang|blijfhuis|safe house|shelter|refuge|huisverbod|contactverbod|straatverbod|restraining|protective order',
      'blijf van mijn lijf*',
      'domestic violence|abuse',
    ],
    window: 5,
  },
  {
    category: 'acute-violence',
    strength: 'possible',
    match: [
      `bang|angst|scared|afraid|terrified|doodsbang|fear|frightened ${PARTNER} ! dat|that|kosten|costs|geld|money|rechter|judge|court|advocaat|lawyer|reactie|reaction|zeggen|say|boos|angry|mad|verliezen|lose|losing|kwijt|krijgt|gets|wint|wins|meer|more|voogdij|custody|gezag|zorgregeling|omgang|procedure|gesprek|conversation|talk|praten|confront|vertellen|tell|telling|beslissing|decision|nieuwe|new`,
      'doodsbang|terrified',
      'agressief|aggressive|agresief|woedeaanval*|rage|driftbui*|explodes|ontploft|flipt|losing|loses temper ! auto|verkeer|traffic|telefoon|phone|mail|brief|letter|advocaat|lawyer',
      'gooit|gooide|gegooid|smijt|smeet|gesmeten|throws|threw|thrown naar|at|met|kapot|borden|plates|spullen|stuff|things|dingen',
      'politie|police|cops|112 ! belasting|inkomsten|tax|paspoort|passport|verhuizing|adres|geboorte',
      'aangifte ! belasting*|inkomsten*|tax|geboorte|verhuizing|adres|verhuisaangifte|birth',
      'hurt|hurts|pijn me|mij ! feelings|gevoel|gevoelens|see|zien|doet|does|it|het|dat|that|hart|heart',
    ],
    window: 5,
  },
  // threats to kill or hurt
  {
    category: 'threats',
    strength: 'strong',
    match: [
      'vermoord*|vermoorden|doodmaken|ombrengen|afmaken|doodsteken|neersteken|neerschieten|doodschieten|kill|killing|kills|murder ! paperwork|papierwerk|formulieren|forms|stress|work|werk|traffic|files|kosten|costs|rugpijn|backache|time|tijd|headache|hoofdpijn|waiting|wachten|boredom|verveling|feet',
      'maak|maakt|maken|make je|jou|mij|me|ons|you|us|her|him|hem|haar af|dood|dead ! zorgen|worries|druk|boos|wijs',
      '*doodsbedreig*|bedreigd|bedreigde|bedreigt|bedreigen|bedreiging|bedreigingen|threatened|threatening|threatens|threat ! advocaat|lawyer|rechter|judge|court|rechtszaak|procedure|rechtbank|beslag|deurwaarder|incasso|boete|fine|alimentatie|alimony|geld|money|stoppen|stop|verhuizen|moving|move|lawsuit|custody|voogdij|sue|aanklagen|police|politie|bellen|call|melding|report|report',
      'dreigt|dreigde|dreigen|gedreigd ! advocaat|lawyer|rechter|judge|court|rechtszaak|procedure|rechtbank|beslag|deurwaarder|incasso|alimentatie|alimony|geld|money|stoppen|stop|verhuizen|moving|lawsuit|custody|voogdij|weggaan|vertrekken|leave|scheiding|divorce|huis|house|verkopen|sell|betalen|pay|aanklagen|sue|politie|police|melden|report|zorgregeling|omgang|kinderbijslag|bankrekening|rekening|account|regen|rain',
      'mes|messen|knife|knives|wapen|wapens|pistool|pistolen|gun|guns|vuurwapen|weapon|bijl|axe ! keuken|kitchen|koken|cooking|eten|food|brood|bread|snijden|cut|boter|groente|vegetables|vork|fork|lepel|spoon',
      'spijt|boeten|regret|wraak|revenge krijgen|get|zul|zult|zal|will|gonna|krijgt',
      'je|you zal|zult|will|gonna het|it|spijt|regret|pay ! rechter|judge|court|geld|money|advocaat|lawyer|alimentatie|alimony|betalen|rekening|bill',
    ],
    window: 4,
  },
  // suicidal thoughts and self-harm
  {
    category: 'suicide-self-harm',
    strength: 'strong',
    match: [
      'zelfmoord*|zelfdoding|suicid*|suïcid*|zelfbeschadig*|selfharm|zelfverwond*|self-harm',
      'self harm',
      'kill|killing|end|ending|take|taking myself|my own|life|own ! mijn',
      'end it all|ending it all',
      'wil|wilt|wou|wil|liefst|want|wanna|wish|rather dood|dead|die|dying|sterven|overlijden ! moe|tired|lachen|laugh|honger|hungry|moe|verveel|bored|boredom|embarrassment|schaamte|niet|not|t|dont|tired',
      'niet|nie meer leven|wakker|bestaan|wezen|zijn|er ! gelukkig|happy|samen|together|met|with|hem|haar|him|her|zo|so|thuis|home|huis|house|getrouwd|married|relatie|relationship',
      'eind|einde|punt aan maken|leven|alles ! relatie|relationship|huwelijk|marriage|ruzie|discussie|samenwonen|contract|partnerschap|argument|fight|samen|together|scheiding|divorce|situatie|situation|onzekerheid|gedoe|conflict',
      'beter|better af|off zonder|without mij|me ! zorgen|worries|stress|ruzie|fighting|hem|haar|him|her|ex',
      'snij|snijd|snijden|sneed|cut|cutting|krassen|kras|burn|burning|brand mezelf|myself|armen|arms|polsen|wrists|mijzelf',
      'mezelf|mijzelf|myself iets|wat|pijn|hurt|aandoen|harm|kwaad',
      'pillen|pills|slaappillen|overdosis|overdose|medicijnen|tabletten allemaal|all|opsparen|sparen|saving|stockpil*|innemen|slikken|take|took|genomen|nemen ! vergeten|forget|vergeet|doctor|dokter|huisarts|voorschrift|prescription|apotheek|pharmacy|allergie|slapen|sleep|pijn|pain|headache|hoofdpijn|vitamines|anticonceptie',
      'springen|spring|jump|jumping voor|van|off trein|brug|flat|dak|bridge|train|roof|balkon|balcony',
    ],
    window: 4,
  },
  {
    category: 'suicide-self-harm',
    strength: 'possible',
    match: [
      'zie het niet meer zitten ! scheiding|divorce|procedure|rechter|advocaat|relatie|huwelijk|samen|together|met hem|met haar|zo|werk|geld',
      'geen|no uitweg|way|escape out|meer ! geld|money|schulden|debts|financieel|huur|rent|huis|house',
      'geen zin|point meer|anymore|leven|life|living|to live ! ruzie|praten|talk|discussie|gesprek|werk|work|feest|party|vakantie|holiday|school|sport|eten|food|koken',
      'hopeloos|hopeless|wanhopig|desperate|uitzichtloos|worthless|waardeloos ! situatie|situation|zaak|case|procedure|rechter|court|advocaat|lawyer|geld|money|schulden|debts|huis|house|markt|market|woningmarkt|wachtlijst|waiting|list|systeem|system|gemeente|ex|hem|haar|him|her|communicatie|communication|onderhandel*|negotiat*',
      'iedereen|everyone|everybody beter|better af|off',
      'afscheidsbrief|goodbye letter|suicide note',
      'ophouden|stoppen|stop te|to bestaan|exist|existing',
      'verdwijnen|disappear|vanish wil|want|wanna|zou|would ! kinderen|kids|children|ex|hem|haar|him|her|buitenland|abroad|verhuizen',
      'kan|can niet|not|cant|can t meer|anymore|more verder|on|go leven|live|living',
    ],
    window: 5,
  },
  // a child in danger, or a child who is hurt or wants to die
  {
    category: 'child-danger',
    strength: 'strong',
    match: [
      `${HIT} ${CHILD} ! ${HIT_HARMLESS}`,
      '*kindermishandel*|child abuse|childabuse|verwaarloos*|verwaarlozing|neglect*',
      `mishandel*|mishandeld|abus*|misbruik*|molest* ${CHILD}`,
    ],
    window: 5,
  },
  {
    category: 'child-danger',
    strength: 'possible',
    match: [
      `blauw|blauwe|plekken|bruise*|bruised|wond|wonden|verwond*|injur*|brandwond*|burns|marks|striemen ${CHILD} ! gevallen|vallen|fell|fall|sport|voetbal|football|fiets|bike|speeltuin|playground|school|gym|spelen|playing`,
      `bang|angst|scared|afraid|terrified|doodsbang|frightened ${CHILD} vader|moeder|papa|mama|stiefvader|stepdad|vriend|boyfriend|dad|mom|mum|hem|haar|him|her ! onweer|donder|storm|honden|dogs|hond|dog|donker|dark|spinnen|monsters|school|toets|test|scheiding|divorce|verhuizen|moving|kiezen|choose|rechter|judge|missen|miss|verdriet|sad|kwijt|lose|losing|verliezen|boos worden|teleurstellen|disappoint`,
      `dronken|drunk|bezopen|drinkt|drinks|drinking|drugs|high|stoned|coke|cocaine ${CHILD} ! bier|beer|glas|glass|wijn|wine|feest|party|melk|milk|water|limonade`,
      `alleen|alone|left|gelaten geen|no eten|food|niemand|nobody|toezicht|supervision ${CHILD} ! school|huiswerk|homework`,
      `${CHILD} pijn|hurt|hurts|pain doet|does|gedaan|done ! buik|stomach|hoofd|head|tand|tooth|keel|throat|oor|ear|scheiding|divorce|verdriet|heart|hart`,
      `${CHILD} rijdt|drives|driving|reed dronken|drunk|onder invloed|influence`,
    ],
    window: 5,
  },
  // child abduction, or a child kept away with whereabouts unknown
  {
    category: 'child-abduction',
    strength: 'strong',
    match: [
      'ontvoer*|kinderontvoering|abduct*|kidnap*',
      `${TAKE} ${CHILD} ${NOWHERE} ! vakantie|holiday|holidays|vacation|mag|allowed|toestemming|consent|permission|toestemmingsformulier|verhuizen|moving|move|school|wonen|live|living|slapen|sleep|moeten|should|kiezen|choose|hoe|how|wanneer|when|regeling|arrangement`,
      `paspoort*|passport*|identiteitskaart|id|documenten|papers afgepakt|meegenomen|weggenomen|ingenomen|verstopt|hid|hidden|took|taken|kwijt|weg|afgenomen|weggehaald|stole|stolen|gestolen|houdt|keeps|kept ! aanvragen|aanvraag|apply|application|renew|verlengen|nodig|need|needs|formulier|form|toestemming|consent|verlopen|expired|gemeente|vakantie|holiday`,
      `${CHILD} niet|not|never|nooit|hasnt|hasn teruggebracht|returned|terugbrengen|brought|bring|gebracht|teruggegeven ! laat|late|later|te|too|minuten|minutes|uur|hour|hours|op tijd|on time|tijd|time|school|wil|want|wants`,
      `${CHILD} weet|know|idee|idea niet|not|dont|no waar|where ! wonen|live|living|slapen|sleep|school|moeten|should|naartoe|kiezen|choose|beginnen|start|heen|gaan|go|naar|to`,
      `${CHILD} nooit|never meer|again|terugzien|zien|see`,
      `dreig*|threat*|threaten*|bang|afraid|scared|fear ${CHILD} ${TAKE} ! vakantie|holiday|holidays|vacation|verhuizen|moving|weekend|weekends|meer|more|vaker|often|rechter|judge|court|voogdij|custody`,
    ],
    window: 8,
  },
  // stalking and coercive control
  {
    category: 'stalking-coercive-control',
    strength: 'strong',
    match: [
      'stalk*|stalkt|gestalkt|stalker|achtervolg*|belaag*|belaging|stalking|harass*|lastiggevallen|lastigvalt',
      'opgesloten|opsluiten|sluit|sloot|locked|lock|locks|opsloten me|mij|us|ons|kinderen|kids op|in|up|out|binnen|huis|kamer|room|house ! fiets|bike|bagage|luggage|koffer|sleutel|keys|auto|car|buiten|outside',
      'tracker|gps|volgsysteem|spyware|stalkerware|zender|airtag|airtags|life360 ! fiets|bike|bagage|luggage|koffer|hond|dog|sleutel|keys|huisdier|pet|pakket|parcel|sport|hardlopen|running|stappen|steps',
    ],
    window: 5,
  },
  {
    category: 'stalking-coercive-control',
    strength: 'possible',
    match: [
      'volgt|volgde|gevolgd|follows|followed|following me|mij|us|ons ! instagram|facebook|tiktok|social|twitter|cursus|course|advies|advice',
      'mag|allowed|laat|lets|let|verbiedt|forbids|forbidden niet|not|geen|nergens|nowhere|nobody|niemand|never|nooit naar|out|buiten|leave|weg|deur|door|werken|work|vrienden|friends|familie|family|alleen|alone ! vakantie|holiday|kinderen|kids|children|verhuizen|moving|huis|house|zorgregeling|omgang|school',
      'staat|stond|stonden|wacht|wachtte|waits|shows|showed|turns|turned voor|bij|at|outside|up de|mijn|my deur|door|huis|house|werk|work|raam|window ! ophalen|pick|pickup|afspraak|appointment|kinderen|kids|brengen|bring|wissel|handover',
      'controleert|controlleert|checkt|checks|controls|controlling|control|leest|reads|read|bekijkt|monitors|monitoring|doorzoekt|meekijken|meekijkt mijn|my telefoon|phone|berichten|messages|mail|email|whatsapp|locatie|location ! zorgverzekering|insurance|administratie|paperwork|bankafschriften|statements',
      'controleert|controls|controlling|beheert|houdt alles|all|mijn|my geld|money|bank|rekening|account|pinpas|bankpas|uitgaven|spending|financien|finances ! administratie|belasting|tax|rekeningen|bills|alimentatie|alimony|huishoudboekje|budget|samen|together',
      'afgepakt|pakt|pakte|took|takes|afgenomen|weggenomen|ingenomen|houdt|keeps mijn|my telefoon|phone|pinpas|bankpas|card|sleutels|keys|geld|money|paspoort|passport ! vergeten|forgot|kwijt|lost',
      'geen|no toegang|access geld|money|rekening|account|bank',
      'belt|calls|appt|texts|berichten|messages|apps|called|calling|texting|blijft|keeps dag|nacht|night|day|constant|steeds|continu|keer|times|honderd|hundred|100|50|30|midden ! vakantie|holidays|holiday|vacation|afspraak|appointment|rooster|schedule|planning|school|ophalen|pickup|alimentatie|alimony|advocaat|lawyer|rechter|court|regeling|arrangement|weekend|wissel|handover|kosten|costs|rekeningen|bills|betalen|pay|verjaardag|birthday|dokter|doctor|vragen|ask|questions|vraag|about|over|kinderen|kids|children',
      'isoleert|isolates|isolated|geisoleerd|dwingt|dwong|forces|forced|gedwongen|controlerend|dwingend ! rechter|court|verkopen|sell|huis|house|verhuizen|moving|betalen|pay|tekenen|sign',
    ],
    window: 5,
  },
  // sexual violence
  {
    category: 'sexual-violence',
    strength: 'strong',
    match: [
      'verkracht*|aanrand*|aangerand|rape|raped|raping|rapes|raper|molest*',
      'seksueel|sexueel|sexual|sexually|seksuele|sexuele misbruik*|misbruikt|abuse*|abused|geweld|violence|assault*|assaulted|overschreden|grensoverschrijdend',
      'seks|sex|sexual|seksueel|neuken|vrijen|intiem|intimate dwingt|dwong|gedwongen|forces|forced|force|pressure|pressures|pressured|wil niet|didnt want|niet wilde|zonder|without|tegen|against',
      `betast|betastte|aangeraakt|aanraakt|aanzitten|zit|zat|touched|touches|touching|touch ${CHILD}|me|mij|her|him|hem|haar onder|private|geslacht|plassertje|piemel|borsten|kruis|ongepast|inappropriately|inappropriate|shouldnt|mag niet|niet mag|bed|slaapkamer|bedroom ! bad|bath|baden|douche|shower|aankleden|dressing|luier|diaper|knuffel|hug|voorlezen|reading|verhaaltje|story`,
      'naaktfoto*|nudes|nude|naakt|naked foto|fotos|photos|pictures|beelden|verspreid*|online|sturen|send|deel|share|dreig*|threat* ! baby|strand|beach',
      'misbruikt|abused ! vertrouwen|trust|goedheid|kindness|situatie|situation|geld|money',
    ],
    window: 5,
  },
];
