/**
 * The bodies of the national default online training for parents who are separating, shown by
 * `<digiplein-training>`: a chunk of their own, loaded by src/widgets/training/chapters.ts when a
 * parent opens a chapter, prints, or comes back with progress. Their titles and times are in the
 * outline (./training.ts), which loads with the widget. Four chapters, each 10–15 minutes at the
 * parent’s own pace.
 *
 * Content rules: information, not advice; B1 Dutch with a faithful English equivalent; every
 * section lists the public pages that were read for its facts. Legal and money sections end with
 * where to get advice. Phone numbers only where a source gives them; hours are left out.
 */

import type { Text, TrainingChapter } from '../core/config/schema/index.js';
import { nationalTrainingOutline } from './training.js';

/** The national training: a title, an introduction and its chapters (schema: `trainingChapter`). */
export interface Training {
  id: string;
  title: Text;
  intro: Text;
  chapters: TrainingChapter[];
}

/** A chapter without what the outline has (its title and time). */
type ChapterBody = Omit<TrainingChapter, 'title' | 'minutes'>;

/** Closing sentence for legal and money sections (checked: juridischloket.nl/over-het-juridisch-loket/werkwijze). */
const ADVICE_NL =
  'Wilt u weten wat dit voor uw situatie betekent? Het Juridisch Loket (https://www.juridischloket.nl) geeft gratis juridisch advies. Ook een mediator of advocaat kan u helpen.';
const ADVICE_EN =
  'Want to know what this means for your situation? Het Juridisch Loket (https://www.juridischloket.nl) gives free legal advice. A mediator or lawyer can also help you.';

const SRC = {
  cjgRijnmond: 'https://cjgrijnmond.nl/pdfs/scheiden-doe-je-samen',
  ggdGroningen: 'https://ggd.groningen.nl/scheiden-wat-doet-dat-met-je-kind/',
  richtlijnScheiding: 'https://www.richtlijnenjeugdhulp.nl/guideline/65/full',
  njiWijkteam: 'https://www.nji.nl/wijkteams/wat-doet-een-wijkteam',
  aws05: 'https://alswegenscheiden.nl/als-wegen-scheiden/vertel-het/kinderen/0-5-jaar/',
  awsEmoties: 'https://alswegenscheiden.nl/als-wegen-scheiden/vertel-het/kinderen/emoties/',
  aws1218: 'https://alswegenscheiden.nl/als-wegen-scheiden/vertel-het/kinderen/12-18-jaar/',
  awsAlgemeen: 'https://alswegenscheiden.nl/als-wegen-scheiden/vertel-het/kinderen/algemeen/',
  kindertelefoonScheiden: 'https://kindertelefoon.nl/Scheiden',
  jeugdteamsLeidseregio: 'https://www.jeugdteamsleidseregio.nl/echtscheiding/',
  kinderpostzegelsVillaPinedo: 'https://kinderpostzegels.nl/en/pages/villa-pinedo',
  villaPinedoEnglish: 'https://www.villapinedo.nl/english/',
  villaPinedoMedia: 'https://www.villapinedo.nl/in-de-media/16788',
  kenniscentrumBuddy:
    'https://kenniscentrumkindenscheiding.nl/2025/03/sascha-vertelt-over-de-waardevolle-samenwerking-tussen-villa-pinedo-en-het-kenniscentrum-kind-en-scheiding',
  vriendenKindertelefoon: 'https://www.vriendenkindertelefoon.nl/kindertelefoon',
  kies: 'https://kiesvoorhetkind.nl/interventie-omschrijving-kies-methodiek',
  njiKies: 'https://www.nji.nl/scheiding/basisprogramma-kies',
  cjgHaarlemmermeer: 'https://www.cjghaarlemmermeer.nl/kennisbank/hoe-kun-je-na-een-scheiding-voor-je-kind-samenwerken-met-je-ex-partner/',
  augeoTips: 'https://www.augeomagazine.nl/scheiding-ouders-augeo-magazine-special/tips-steun-bieden-aan-kinderen',
  rijksoverheidChecklist: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
  rechtspraakStartbijdrage:
    'https://www.rechtspraak.nl/organisatie-en-contact/organisatie/raad-voor-de-rechtspraak/nieuws/subsidieregeling-startbijdrage-mediation-voor-vijf-jaar-verlengd',
  mfnFaq: 'https://mfnregister.nl/faq/',
  mfnOnderhoudseisen: 'https://mfnregister.nl/login-registermediator/onderhoudseisen/',
  vfas: 'https://www.verenigingfas.nl',
  kamerbriefMediation: 'https://zoek.officielebekendmakingen.nl/kst-29528-6.html',
  rvrMediators: 'https://www.rvr.org/Informatie+voor+mediators/over-aanvragen/inschrijven/inschrijven-mediators.html',
  juridischLoketWerkwijze: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
  juridischLoketPrivacy: 'https://www.juridischloket.nl/privacyverklaring/',
  juridischLoketOuderschapsplan: 'https://www.juridischloket.nl/familie-en-relatie/ouderschap/ouderschapsplan/',
  lbioBerekenen: 'https://lbio.nl/kinderalimentatie-berekenen/',
  lbioBerekening: 'https://lbio.nl/berekening-kinderalimentatie/',
  lbioAanvraag: 'https://lbio.nl/berekenen-alimentatie/hoe-verloopt-een-alimentatieberekening-bij-het-lbio/',
  belastingdienstScheiden:
    'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/wijzigingen_doorgeven/welke_wijzigingen_moet_ik_doorgeven/gezin_en_huishouden/ik_ga_scheiden_of_wij_gaan_uit_elkaar/wat_zijn_de_gevolgen_voor_mijn_toeslagen',
  juridischLoketKoopwoning: 'https://www.juridischloket.nl/familie-en-relatie/echtscheiding/echtscheiding-koopwoning/',
  juridischLoketHuurwoning: 'https://www.juridischloket.nl/wonen/woning-en-scheiden/echtscheiding-huurwoning',
  thuisartsStress: 'https://www.thuisarts.nl/node/12013',
  olvgSlapen: 'https://olvg.nl/medische-informatie/slecht-slapen-of-slapeloosheid',
  rijksoverheidHuiselijkGeweld:
    'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  zelfmoordpreventie113: 'https://www.113.nl/schoolopdracht',
} as const;

const kinderenChapter: ChapterBody = {
  id: 'kinderen',
  intro: {
    nl: 'In dit hoofdstuk leest u hoe kinderen kunnen reageren op een scheiding, wat een loyaliteitsconflict is en wat kinderen helpt. U leest ook wat kinderen van gescheiden ouders er zelf over zeggen.',
    en: 'In this chapter you read how children may react to a separation, what a loyalty conflict is and what helps children. You also read what children of separated parents say about it themselves.',
  },
  sections: [
    {
      id: 'kinderen-reacties',
      title: { nl: 'Ieder kind reageert anders', en: 'Every child reacts differently' },
      body: {
        nl: `Een scheiding verandert veel in het leven van een kind. Het gezin zoals het was, valt weg. Hoe een kind reageert, verschilt per kind en per leeftijd. Ook de manier waarop de scheiding verloopt, heeft veel invloed.\n\nKinderen kunnen schrikken, of boos, bang of verdrietig worden. Veel kinderen denken dat het hun schuld is. Sommige kinderen gaan zich lastig gedragen, andere worden juist heel stil. Soms doen ze jonger dan ze zijn, of krijgen ze klachten zoals buikpijn.\n\nHet helpt kinderen als u hun gevoelens ziet en benoemt. Bijvoorbeeld: ‘Ik zie dat je boos bent. Dat mag.’\n\nDe meeste kinderen wennen na verloop van tijd aan de nieuwe situatie. Volgens de richtlijn over scheiding voor jeugdhulp gaat het met de meeste kinderen ongeveer twee jaar na de scheiding weer goed. Blijven de problemen? Dan kunt u hulp vragen, bijvoorbeeld bij de huisarts of het wijkteam.`,
        en: `A separation changes a lot in a child's life. The family as it was falls away. How a child reacts differs per child and per age. The way the separation goes also has a big influence.\n\nChildren may be shocked, or become angry, afraid or sad. Many children think it is their fault. Some children start behaving difficultly, others become very quiet. Sometimes they act younger than they are, or get complaints such as a stomach ache.\n\nIt helps children when you see and name their feelings. For example: 'I can see you are angry. That's allowed.'\n\nMost children get used to the new situation over time. According to the guideline on separation for youth care, most children are doing well again about two years after the separation. Do the problems continue? Then you can ask for help, for example from your GP (huisarts) or the local social team (wijkteam).`,
      },
      source: [SRC.cjgRijnmond, SRC.ggdGroningen, SRC.richtlijnScheiding, SRC.njiWijkteam],
    },
    {
      id: 'kinderen-leeftijd',
      title: { nl: 'Verschillen per leeftijd', en: 'Differences by age' },
      body: {
        nl: `Kinderen van verschillende leeftijden beleven een scheiding op een andere manier.\n\nBaby’s en peuters begrijpen nog niet wat er gebeurt. Maar ze merken veel meer dan u denkt, zoals spanning in huis. De band met beide ouders is voor hen heel belangrijk. Vaak contact met allebei helpt.\n\nBasisschoolkinderen denken vaak dat de scheiding door hen komt. Soms met vreemde gedachtes, zoals: ‘Ik had te veel speelgoed, daarom is er ruzie over geld.’ U kunt niet vaak genoeg zeggen dat het niet hun schuld is en dat u allebei van hen blijft houden.\n\nTieners zoeken soms een schuldige en kiezen partij. Ze kunnen zich terugtrekken. Of ze worden bang dat hun eigen relaties later ook stuklopen. Het helpt om tieners te betrekken bij de afspraken over de omgang. Moet de rechter over uw kind beslissen? Dan mag een kind vanaf 12 jaar de rechter vertellen wat het wil, bijvoorbeeld bij wie het wil wonen. De rechter luistert, maar beslist zelf.`,
        en: `Children of different ages experience a separation in different ways.\n\nBabies and toddlers do not yet understand what is happening. But they notice much more than you think, such as tension in the house. The bond with both parents is very important to them. Frequent contact with both helps.\n\nPrimary school children often think the separation is because of them. Sometimes with strange thoughts, such as: 'I had too many toys, that's why there is arguing about money.' You cannot say often enough that it is not their fault and that you will both keep loving them.\n\nTeenagers sometimes look for someone to blame and take sides. They may withdraw. Or they become afraid that their own relationships will fail later too. It helps to involve teenagers in the arrangements about contact. Does the judge have to decide about your child? Then from age 12 a child may tell the judge what they want, for example where they want to live. The judge listens, but decides.`,
      },
      source: [SRC.aws05, SRC.awsEmoties, SRC.aws1218, SRC.kindertelefoonScheiden],
    },
    {
      id: 'kinderen-vertellen',
      title: { nl: 'Het de kinderen vertellen', en: 'Telling the children' },
      body: {
        nl: `Voor kinderen is het slecht nieuws dat hun ouders uit elkaar gaan. Hoe u het vertelt, maakt verschil.\n\nVertel het als het kan samen, als ouders. Dan horen de kinderen één verhaal en voelen ze dat u er allebei voor hen blijft. Vertel het alle kinderen tegelijk, zodat ze steun hebben aan elkaar. Kies een rustige plek en neem ruim de tijd. Vertel het als het kan een paar weken voordat iemand verhuist.\n\nBegin met het nieuws zelf. Daarna is er tijd voor vragen en gevoelens. Pas uw woorden aan de leeftijd aan. Voor jonge kinderen helpt iets concreets: ‘Papa en mama gaan apart wonen.’\n\nZeg duidelijk dat het niet de schuld van de kinderen is. Geef zo snel mogelijk duidelijkheid over waar ze gaan wonen en wanneer ze de andere ouder zien.\n\nLukt samen vertellen niet? Spreek dan vooraf af wat u zegt. En laat de ander weten wanneer u het verteld heeft.`,
        en: `For children it is bad news that their parents are separating. How you tell them makes a difference.\n\nIf possible, tell them together, as parents. Then the children hear one story and feel that you both remain there for them. Tell all the children at the same time, so they can support each other. Choose a calm place and take plenty of time. If possible, tell them a few weeks before anyone moves out.\n\nStart with the news itself. After that there is time for questions and feelings. Adapt your words to their age. For young children something concrete helps: 'Dad and mum are going to live apart.'\n\nSay clearly that it is not the children's fault. As soon as possible, make clear where they will live and when they will see the other parent.\n\nIs telling them together not possible? Then agree beforehand what you will say. And let the other parent know when you have told them.`,
      },
      source: [SRC.ggdGroningen, SRC.jeugdteamsLeidseregio],
    },
    {
      id: 'kinderen-loyaliteit',
      title: { nl: 'Niet hoeven kiezen: loyaliteit', en: 'Not having to choose: loyalty' },
      body: {
        nl: `Kinderen houden van allebei hun ouders. Ze willen trouw (loyaal) zijn aan allebei. Als een kind het gevoel krijgt dat het moet kiezen, komt het klem te zitten. Dat heet een loyaliteitsconflict. Het is een van de ernstige gevolgen die een scheiding voor kinderen kan hebben.\n\nRuzie tussen ouders die na de scheiding doorgaat, is heel belangrijk voor hoe het met kinderen gaat. U kunt uw kind op verschillende manieren beschermen:\n\n- maak geen ruzie waar de kinderen bij zijn;\n\n- praat met respect over de andere ouder;\n\n- laat uw kind geen boodschapper zijn tussen u en de ander;\n\n- zeg hardop dat uw kind van de andere ouder mag houden.\n\nDat is niet altijd makkelijk, zeker als u zelf boos of verdrietig bent. Maar uw kind heeft er veel aan.`,
        en: `Children love both their parents. They want to be faithful (loyal) to both. When a child feels it has to choose, it gets caught in the middle. This is called a loyalty conflict. It is one of the serious consequences a separation can have for children.\n\nConflict between parents that continues after the separation matters a great deal for how children are doing. You can protect your child in several ways:\n\n- do not argue when the children are present;\n\n- talk about the other parent with respect;\n\n- do not let your child be the messenger between you and the other parent;\n\n- say out loud that your child may love the other parent.\n\nThat is not always easy, especially when you are angry or sad yourself. But it means a lot to your child.`,
      },
      source: [SRC.jeugdteamsLeidseregio, SRC.richtlijnScheiding, SRC.awsAlgemeen, SRC.awsEmoties, SRC.kinderpostzegelsVillaPinedo],
    },
    {
      id: 'kinderen-wat-helpt',
      title: { nl: 'Wat kinderen zelf zeggen', en: 'What children say themselves' },
      body: {
        nl: `Bij Villa Pinedo vertellen jongeren met gescheiden ouders wat zij hebben meegemaakt. Hun motto is: kinderen spreken, volwassenen luisteren.\n\nZij vertellen dat de scheiding zelf vaak niet het grootste probleem was, maar de manier waarop het ging. Sommigen werden boodschapper tussen hun ouders en voelden zich eenzaam. Kinderen hebben liefde, aandacht en ruimte nodig om over hun gevoelens te praten. Veel kinderen hopen dat hun ouders respectvol met elkaar omgaan.\n\nKinderen kunnen ook steun vinden bij anderen:\n\n- Bij Villa Pinedo kunnen kinderen vanaf ongeveer 10 jaar een buddy krijgen: een jongere die zelf gescheiden ouders heeft.\n\n- De Kindertelefoon is er voor kinderen van 8 tot 18 jaar. Bellen (0800-0432) of chatten is gratis en anoniem.\n\n- In een KIES-groep praten kinderen met andere kinderen van gescheiden ouders, onder leiding van een KIES-coach.`,
        en: `At Villa Pinedo, young people with separated parents tell what they went through. Their motto is: children speak, grown-ups listen.\n\nThey say that the separation itself was often not the biggest problem, but the way it was handled. Some became the messenger between their parents and felt lonely. Children need love, attention and room to talk about their feelings. Many children hope their parents treat each other with respect.\n\nChildren can also find support from others:\n\n- At Villa Pinedo, children from about age 10 can get a buddy: a young person who has separated parents themselves.\n\n- De Kindertelefoon is there for children aged 8 to 18. Calling (0800-0432) or chatting is free and anonymous.\n\n- In a KIES group, children talk with other children of separated parents, led by a KIES coach.`,
      },
      source: [
        SRC.villaPinedoEnglish,
        SRC.villaPinedoMedia,
        SRC.kinderpostzegelsVillaPinedo,
        SRC.kenniscentrumBuddy,
        SRC.vriendenKindertelefoon,
        SRC.kies,
        SRC.njiKies,
      ],
    },
  ],
  reflections: [
    {
      id: 'kinderen-reflectie-signalen',
      prompt: {
        nl: 'Wat ziet u veranderen bij uw kind of kinderen sinds de scheiding ter sprake kwam? Denk aan gedrag, slapen, eten of school.',
        en: 'What changes do you notice in your child or children since the separation came up? Think of behaviour, sleeping, eating or school.',
      },
    },
    {
      id: 'kinderen-reflectie-boodschap',
      prompt: {
        nl: 'Welke zin wilt u uw kind zeker meegeven? Schrijf hem op in uw eigen woorden.',
        en: 'Which sentence do you definitely want your child to hear from you? Write it down in your own words.',
      },
    },
    {
      id: 'kinderen-reflectie-klem',
      prompt: {
        nl: 'Zijn er momenten waarop uw kind tussen u en de andere ouder in komt te staan? Wat zou u daaraan kunnen veranderen?',
        en: 'Are there moments when your child ends up standing between you and the other parent? What could you change about that?',
      },
    },
  ],
  selfCheck: [
    {
      id: 'kinderen-check-schuld',
      question: {
        nl: 'Uw dochter van 7 zegt: ‘Papa gaat weg omdat ik zo vaak stout was.’ Wat zou u kunnen zeggen?',
        en: "Your 7-year-old daughter says: 'Dad is leaving because I was naughty so often.' What could you say?",
      },
      options: [
        {
          id: 'kinderen-check-schuld-niet-jouw-schuld',
          label: {
            nl: 'Dat het niet haar schuld is en dat we allebei van haar blijven houden.',
            en: 'That it is not her fault and that we will both keep loving her.',
          },
          feedback: {
            nl: 'Dit sluit aan bij wat onder meer het CJG en de GGD beschrijven. Kinderen denken vaak dat een scheiding door hen komt. Het helpt om vaak en duidelijk te zeggen dat het niet hun schuld is, en dat u allebei van hen blijft houden.',
            en: 'This matches what the CJG and the GGD, among others, describe. Children often think a separation is because of them. It helps to say often and clearly that it is not their fault, and that you will both keep loving them.',
          },
        },
        {
          id: 'kinderen-check-schuld-niets-zeggen',
          label: { nl: 'Niets. Zulke gedachtes gaan vanzelf over.', en: 'Nothing. Thoughts like that pass by themselves.' },
          feedback: {
            nl: 'Begrijpelijk dat u er niet te zwaar op wilt ingaan. Toch beschrijven bronnen dat veel kinderen denken dat de scheiding hun schuld is. Het helpt als u dat gevoel benoemt en vaak herhaalt dat het niet aan haar ligt.',
            en: 'It is understandable that you do not want to make too much of it. Still, sources describe that many children think the separation is their fault. It helps when you name that feeling and repeat often that it is not because of her.',
          },
        },
        {
          id: 'kinderen-check-schuld-alles-uitleggen',
          label: {
            nl: 'Precies uitleggen wat er misging tussen papa en mij.',
            en: 'Explain exactly what went wrong between dad and me.',
          },
          feedback: {
            nl: 'Eerlijk willen zijn is goed. Voor kinderen helpt het wel als u uw woorden aanpast aan hun leeftijd. Een korte, concrete uitleg is vaak genoeg. Het belangrijkste voor haar is om te horen dat het niet haar schuld is.',
            en: 'Wanting to be honest is good. It does help children when you adapt your words to their age. A short, concrete explanation is often enough. The most important thing for her is to hear that it is not her fault.',
          },
        },
      ],
    },
    {
      id: 'kinderen-check-vertellen',
      question: {
        nl: 'U en de andere ouder willen de kinderen vertellen dat u uit elkaar gaat. Hoe pakt u dat aan?',
        en: 'You and the other parent want to tell the children that you are separating. How do you go about it?',
      },
      options: [
        {
          id: 'kinderen-check-vertellen-samen',
          label: {
            nl: 'Samen, met alle kinderen tegelijk, op een rustig moment.',
            en: 'Together, with all the children at the same time, at a calm moment.',
          },
          feedback: {
            nl: 'Dit past bij wat de GGD en jeugdteams beschrijven. Zo horen de kinderen één verhaal, hebben ze steun aan elkaar en merken ze dat u allebei hun ouder blijft.',
            en: 'This fits what the GGD and youth teams describe. This way the children hear one story, can support each other and notice that you both remain their parents.',
          },
        },
        {
          id: 'kinderen-check-vertellen-apart',
          label: {
            nl: 'Ieder kind apart, door de ouder die het kind het best kent.',
            en: 'Each child separately, by the parent who knows that child best.',
          },
          feedback: {
            nl: 'U wilt goed aansluiten bij elk kind, en dat is waardevol. Bronnen beschrijven wel dat het kinderen helpt als ze het samen horen, van allebei de ouders. Daarna kunt u met elk kind apart verder praten, passend bij zijn of haar leeftijd.',
            en: 'You want to connect well with each child, and that is valuable. Sources do describe that it helps children to hear it together, from both parents. After that you can talk further with each child separately, suited to their age.',
          },
        },
        {
          id: 'kinderen-check-vertellen-verhuisdag',
          label: {
            nl: 'Op de dag dat een van ons verhuist. Dan is het meteen duidelijk.',
            en: 'On the day one of us moves out. Then it is clear straight away.',
          },
          feedback: {
            nl: 'Het is begrijpelijk dat u het gesprek liever uitstelt. De GGD beschrijft dat het helpt om het, als het kan, een paar weken vóór de verhuizing te vertellen. Dan hebben kinderen tijd voor hun vragen en gevoelens.',
            en: 'It is understandable that you would rather put the conversation off. The GGD describes that it helps to tell them, if possible, a few weeks before the move. Then children have time for their questions and feelings.',
          },
        },
      ],
    },
    {
      id: 'kinderen-check-loyaliteit',
      question: {
        nl: 'Uw zoon komt terug van een weekend bij de andere ouder en vertelt enthousiast over een uitje. Wat helpt hem het meest?',
        en: 'Your son comes back from a weekend with the other parent and talks excitedly about an outing. What helps him most?',
      },
      options: [
        {
          id: 'kinderen-check-loyaliteit-luisteren',
          label: {
            nl: 'Luisteren en laten merken dat ik blij voor hem ben.',
            en: 'Listen and show that I am happy for him.',
          },
          feedback: {
            nl: 'Zo laat u merken dat hij van de andere ouder mag houden. Jeugdteams beschrijven dat juist dit kinderen helpt om niet klem te komen zitten tussen hun ouders.',
            en: 'This way you show that he may love the other parent. Youth teams describe that exactly this helps children not to get caught between their parents.',
          },
        },
        {
          id: 'kinderen-check-loyaliteit-doorvragen',
          label: {
            nl: 'Doorvragen wat de andere ouder over mij zei.',
            en: 'Ask what the other parent said about me.',
          },
          feedback: {
            nl: 'Het is heel menselijk dat u dat wilt weten. Maar zo kan uw kind het gevoel krijgen dat hij boodschapper is. Jongeren van Villa Pinedo vertellen dat die rol zwaar voor hen was. Vragen over de andere ouder kunt u beter rechtstreeks aan die ouder stellen.',
            en: 'It is very human that you want to know. But this can make your child feel like a messenger. Young people from Villa Pinedo say that this role was hard for them. Questions about the other parent are better asked directly to that parent.',
          },
        },
        {
          id: 'kinderen-check-loyaliteit-geld',
          label: {
            nl: 'Zeggen dat ik zulke uitjes niet kan betalen.',
            en: 'Say that I cannot afford outings like that.',
          },
          feedback: {
            nl: 'Het is begrijpelijk als geld krap is en dit u raakt. Voor uw kind kan zo’n reactie voelen alsof hij niet blij mag zijn met de tijd bij de andere ouder. Dat kan hem klem zetten. Uw eigen zorgen kunt u beter met een volwassene bespreken.',
            en: 'It is understandable if money is tight and this touches you. For your child, such a reaction can feel as if he is not allowed to enjoy the time with the other parent. That can put him in the middle. Your own worries are better discussed with an adult.',
          },
        },
      ],
    },
  ],
  suggestedSteps: [
    {
      id: 'kinderen-stap-gesprek-voorbereiden',
      title: { nl: 'Bereid het gesprek met de kinderen voor', en: 'Prepare the conversation with the children' },
      description: {
        nl: 'Spreek met de andere ouder af wanneer en waar u het vertelt, en wat u allebei zegt. Schrijf de belangrijkste zinnen op: het is niet jouw schuld, we blijven allebei je ouders, en dit gaat er voor jou veranderen.',
        en: 'Agree with the other parent when and where you will tell them, and what you will both say. Write down the key sentences: it is not your fault, we both remain your parents, and this is what will change for you.',
      },
    },
    {
      id: 'kinderen-stap-plek-om-te-praten',
      title: { nl: 'Zoek een plek waar uw kind kan praten', en: 'Find a place where your child can talk' },
      description: {
        nl: 'Kijk samen met uw kind op kindertelefoon.nl of villapinedo.nl. Vraag op school, bij het CJG of het wijkteam of er een KIES-groep is.',
        en: 'Look at kindertelefoon.nl or villapinedo.nl together with your child. Ask at school, at the CJG or the local social team whether there is a KIES group.',
      },
    },
  ],
};

const samenPratenChapter: ChapterBody = {
  id: 'samen-praten',
  intro: {
    nl: 'U gaat uit elkaar als partners, maar u blijft samen ouders. In dit hoofdstuk leest u hoe u het gesprek met de andere ouder rustig kunt houden, met de kinderen voorop. En wanneer een mediator kan helpen.',
    en: 'You are separating as partners, but you remain parents together. In this chapter you read how to keep conversations with the other parent calm, with the children first. And when a mediator can help.',
  },
  sections: [
    {
      id: 'samen-ouders-blijven',
      title: { nl: 'Samen ouders blijven', en: 'Remaining parents together' },
      body: {
        nl: `Als partners gaat u uit elkaar. Als ouders blijft u samen verantwoordelijk voor uw kinderen. U werkt niet meer samen als partners, maar alleen nog als ouders. Met één groot gezamenlijk doel: dat uw kinderen gezond en evenwichtig kunnen opgroeien.\n\nDat is belangrijk. Geen contact of een slechter contact met een van de ouders kan ernstige gevolgen hebben voor kinderen. Bijvoorbeeld slechtere prestaties op school, problemen met gedrag en een lager zelfbeeld. Ruzie tussen ouders die na de scheiding doorgaat, weegt zwaar voor het welzijn van kinderen.\n\nKinderen merken het als hun ouders ‘normaal’ tegen elkaar doen. Bijvoorbeeld samen op het schoolplein staan, of allebei bij een verjaardag of diploma-uitreiking zijn. Dat hoeft niet meteen te lukken. Maar het is een doel waar u samen naartoe kunt werken.`,
        en: `As partners you are separating. As parents you remain jointly responsible for your children. You no longer work together as partners, only as parents. With one big shared goal: that your children can grow up healthy and balanced.\n\nThat matters. No contact or worse contact with one of the parents can have serious consequences for children. For example poorer results at school, behaviour problems and a lower self-image. Conflict between parents that continues after the separation weighs heavily on children's well-being.\n\nChildren notice when their parents behave 'normally' towards each other. For example standing together in the schoolyard, or both being at a birthday or a graduation. That does not have to work straight away. But it is a goal you can work towards together.`,
      },
      source: [SRC.cjgHaarlemmermeer, SRC.awsAlgemeen, SRC.augeoTips],
    },
    {
      id: 'samen-rustig-communiceren',
      title: { nl: 'Rustig met elkaar praten', en: 'Talking calmly with each other' },
      body: {
        nl: `Praten met de andere ouder kan moeilijk zijn, zeker in het begin. Er is vaak veel verdriet en boosheid. Een paar dingen kunnen helpen om het rustig te houden:\n\n- Bespreek zaken over de kinderen op een moment dat de kinderen er niet bij zijn. Ruzie maakt kinderen bang.\n\n- Geef berichten zelf door. Laat uw kind niet de boodschapper zijn.\n\n- Blijf beleefd bij het halen en brengen. Zorg dat uw kind op tijd klaarstaat, gegeten heeft en uitgerust is.\n\n- Maak vaste gewoontes voor het heen en weer gaan. Dat geeft uw kind houvast.\n\nHet is normaal dat uw kind na een wissel even drukker of juist stiller is. Het moet wennen. Geef daar wat ruimte voor.\n\nLopen gesprekken steeds uit de hand? Dan kan hulp van buiten helpen, bijvoorbeeld van een mediator of het wijkteam.`,
        en: `Talking with the other parent can be hard, especially at the start. There is often a lot of sadness and anger. A few things can help to keep it calm:\n\n- Discuss matters about the children at a moment when the children are not present. Arguing makes children afraid.\n\n- Pass on messages yourself. Do not let your child be the messenger.\n\n- Stay polite when collecting and dropping off. Make sure your child is ready on time, has eaten and is rested.\n\n- Create fixed routines for going back and forth. That gives your child something to hold on to.\n\nIt is normal for your child to be a bit livelier or, on the contrary, quieter after a switch. They need to adjust. Give that some room.\n\nDo conversations keep getting out of hand? Then outside help can help, for example from a mediator or the local social team.`,
      },
      source: [SRC.cjgHaarlemmermeer, SRC.awsEmoties, SRC.kinderpostzegelsVillaPinedo, SRC.awsAlgemeen, SRC.njiWijkteam],
    },
    {
      id: 'samen-zakelijk-afspreken',
      title: { nl: 'Zakelijk samenwerken met afspraken', en: 'Working together in a business-like way' },
      body: {
        nl: `Het kan helpen om het contact met de andere ouder te zien als samenwerking rond de kinderen. U bespreekt dan wat de kinderen nodig hebben, en niet wat er tussen u als partners misging.\n\nDuidelijke afspraken geven rust. Daarom staat in het ouderschapsplan ook hoe u elkaar informeert en overlegt over uw kind. Bijvoorbeeld over school, de dokter of vakanties.\n\nIn het ouderschapsplan staan de afspraken waar u zich allebei aan houdt. Maar afspraken liggen niet voor altijd vast. Kinderen worden ouder en situaties veranderen. Het helpt om af te spreken dat u het plan af en toe samen bekijkt. Past het nog? Lukt het niet om daar goed samen over te praten? Dan kunt u dat gesprek met een mediator voeren.\n\n${ADVICE_NL}`,
        en: `It can help to see contact with the other parent as working together around the children. You then discuss what the children need, and not what went wrong between you as partners.\n\nClear agreements bring calm. That is why the parenting plan also states how you inform and consult each other about your child. For example about school, the doctor or holidays.\n\nThe parenting plan holds the agreements you both keep to. But agreements are not fixed forever. Children grow older and situations change. It helps to agree that you review the plan together from time to time. Does it still fit? Are you unable to talk about it well together? Then you can have that conversation with a mediator.\n\n${ADVICE_EN}`,
      },
      source: [SRC.cjgHaarlemmermeer, SRC.rijksoverheidChecklist, SRC.awsAlgemeen],
    },
    {
      id: 'samen-mediator',
      title: { nl: 'Wanneer een mediator kan helpen', en: 'When a mediator can help' },
      body: {
        nl: `Soms lukt het niet om samen afspraken te maken. Een mediator kan dan helpen. Mediation is een manier om een conflict op te lossen zonder dat de rechter beslist. U en de andere ouder maken zelf de afspraken, met hulp van de mediator.\n\nHoe vindt u een mediator?\n\n- In het MfN-register (mfnregister.nl) staan mediators die werken volgens de regels van dat register. Zij moeten zich blijven bijscholen om ingeschreven te blijven.\n\n- Bij de vFAS (verenigingfas.nl) vindt u advocaten in het familierecht die ook scheidingsmediator zijn.\n\nMediation kost geld. Voor mensen met weinig geld bestaat een tegemoetkoming in de kosten. Die loopt via mediators die bij de Raad voor Rechtsbijstand zijn ingeschreven. Loopt er al een rechtszaak? Dan kan de rechter u naar een mediator verwijzen.\n\n${ADVICE_NL}`,
        en: `Sometimes you cannot manage to make agreements together. A mediator can help then. Mediation is a way to resolve a conflict without a judge deciding. You and the other parent make the agreements yourselves, with the mediator's help.\n\nHow do you find a mediator?\n\n- The MfN register (mfnregister.nl) lists mediators who work according to that register's rules. They must keep up their training to stay registered.\n\n- At the vFAS (verenigingfas.nl) you find family-law lawyers who are also divorce mediators.\n\nMediation costs money. For people with little money there is a contribution towards the costs. It runs through mediators registered with the Raad voor Rechtsbijstand (Legal Aid Board). Is there already a court case? Then the judge can refer you to a mediator.\n\n${ADVICE_EN}`,
      },
      source: [
        SRC.rechtspraakStartbijdrage,
        SRC.mfnFaq,
        SRC.mfnOnderhoudseisen,
        SRC.vfas,
        SRC.kamerbriefMediation,
        SRC.rvrMediators,
        SRC.awsAlgemeen,
      ],
    },
  ],
  reflections: [
    {
      id: 'samen-reflectie-ruzie',
      prompt: {
        nl: 'Over welke onderwerpen krijgt u nu vaak ruzie met de andere ouder? Welke daarvan gaan echt over de kinderen?',
        en: 'Which topics do you often argue about with the other parent now? Which of these are really about the children?',
      },
    },
    {
      id: 'samen-reflectie-manier',
      prompt: {
        nl: 'Op welke manier lukt praten met de andere ouder het best: in een gesprek, aan de telefoon of op papier? Wat maakt het verschil?',
        en: 'In which way does talking with the other parent work best: face to face, on the phone or in writing? What makes the difference?',
      },
    },
    {
      id: 'samen-reflectie-kind',
      prompt: {
        nl: 'Wat zou uw kind willen dat u en de andere ouder anders doen als u elkaar zien?',
        en: 'What would your child want you and the other parent to do differently when you see each other?',
      },
    },
  ],
  selfCheck: [
    {
      id: 'samen-check-bericht',
      question: {
        nl: 'De zwemles van uw kind verschuift naar een andere dag. De andere ouder moet dat weten. Hoe geeft u dat door?',
        en: "Your child's swimming lesson moves to another day. The other parent needs to know. How do you pass it on?",
      },
      options: [
        {
          id: 'samen-check-bericht-zelf',
          label: { nl: 'Ik stuur de andere ouder zelf een kort bericht.', en: 'I send the other parent a short message myself.' },
          feedback: {
            nl: 'Zo houdt u uw kind buiten het overleg tussen ouders. Dat sluit aan bij wat jongeren van Villa Pinedo vertellen: boodschapper zijn tussen ouders is zwaar voor kinderen.',
            en: 'This keeps your child out of the consultation between parents. It matches what young people from Villa Pinedo say: being the messenger between parents is hard for children.',
          },
        },
        {
          id: 'samen-check-bericht-via-kind',
          label: { nl: 'Ik vraag mijn kind om het door te geven.', en: 'I ask my child to pass it on.' },
          feedback: {
            nl: 'Dat lijkt makkelijk, en het gaat maar om een kleine boodschap. Toch kan uw kind zo in de rol van boodschapper komen. Jongeren met gescheiden ouders vertellen dat die rol zwaar voor hen was. Een bericht van ouder naar ouder houdt uw kind daarbuiten.',
            en: 'That seems easy, and it is only a small message. Still, it can put your child in the role of messenger. Young people with separated parents say that this role was hard for them. A message from parent to parent keeps your child out of it.',
          },
        },
        {
          id: 'samen-check-bericht-bij-wissel',
          label: {
            nl: 'Ik zeg het bij het ophalen, terwijl de kinderen erbij staan.',
            en: 'I mention it at pick-up, while the children are standing there.',
          },
          feedback: {
            nl: 'Dat kan goed gaan als het contact rustig is. Loopt de spanning snel op? Dan kan het helpen om zaken over de kinderen te bespreken als zij er niet bij zijn. Ruzie waar kinderen bij zijn, maakt hen bang.',
            en: 'That can go well if contact is calm. Does tension rise quickly? Then it can help to discuss matters about the children when they are not present. Arguing in front of children makes them afraid.',
          },
        },
      ],
    },
    {
      id: 'samen-check-mediator',
      question: { nl: 'Wat doet een mediator bij een scheiding?', en: 'What does a mediator do in a separation?' },
      options: [
        {
          id: 'samen-check-mediator-afspraken',
          label: {
            nl: 'Helpt u en de andere ouder om samen afspraken te maken.',
            en: 'Helps you and the other parent make agreements together.',
          },
          feedback: {
            nl: 'Klopt. Bij mediation lost u een conflict op zonder dat de rechter beslist. U maakt de afspraken zelf, met hulp van de mediator.',
            en: 'Right. In mediation you resolve a conflict without a judge deciding. You make the agreements yourselves, with the help of the mediator.',
          },
        },
        {
          id: 'samen-check-mediator-beslist',
          label: { nl: 'Beslist wie er gelijk heeft, net als een rechter.', en: 'Decides who is right, just like a judge.' },
          feedback: {
            nl: 'Dat is een begrijpelijk idee, maar beslissen is de taak van de rechter. Mediation is juist een manier om er samen uit te komen zonder dat de rechter beslist.',
            en: 'That is an understandable idea, but deciding is the judge’s task. Mediation is precisely a way to work things out together without a judge deciding.',
          },
        },
        {
          id: 'samen-check-mediator-kant',
          label: { nl: 'Komt alleen op voor mijn belangen.', en: 'Stands up only for my interests.' },
          feedback: {
            nl: 'Bij mediation praat de mediator met u allebei, om samen tot afspraken te komen. Wilt u weten welke hulp het best bij uw situatie past? Het Juridisch Loket kan dat met u bekijken en u zo nodig doorverwijzen.',
            en: 'In mediation the mediator talks with both of you, to reach agreements together. Want to know which help suits your situation best? Het Juridisch Loket can look at that with you and refer you if needed.',
          },
        },
      ],
    },
    {
      id: 'samen-check-plan-aanpassen',
      question: {
        nl: 'Uw ouderschapsplan is een paar jaar oud. Uw kinderen willen nu graag andere weekenden. Wat kan?',
        en: 'Your parenting plan is a few years old. Your children would now like different weekends. What is possible?',
      },
      options: [
        {
          id: 'samen-check-plan-samen-bekijken',
          label: {
            nl: 'Samen bekijken of het plan nog past, zo nodig met een mediator.',
            en: 'Review together whether the plan still fits, with a mediator if needed.',
          },
          feedback: {
            nl: 'Dat past bij wat bronnen beschrijven. Situaties veranderen als kinderen ouder worden. Het helpt om het plan af en toe samen te bekijken, en dat met een mediator te doen als het samen niet lukt.',
            en: 'That fits what sources describe. Situations change as children grow older. It helps to review the plan together now and then, and to do so with a mediator if it does not work together.',
          },
        },
        {
          id: 'samen-check-plan-vast',
          label: { nl: 'Niets, een ouderschapsplan ligt voor altijd vast.', en: 'Nothing, a parenting plan is fixed forever.' },
          feedback: {
            nl: 'In het plan staan inderdaad afspraken waar u zich allebei aan houdt. Maar u kunt het samen bijstellen als de situatie verandert. Wilt u weten wat dat voor u betekent? Het Juridisch Loket geeft gratis advies.',
            en: 'The plan does hold agreements you both keep to. But you can adjust it together when the situation changes. Want to know what that means for you? Het Juridisch Loket gives free advice.',
          },
        },
        {
          id: 'samen-check-plan-zelf-aanpassen',
          label: {
            nl: 'Ik pas het zelf aan, de andere ouder hoort het wel.',
            en: 'I change it myself, the other parent will find out.',
          },
          feedback: {
            nl: 'Het is begrijpelijk dat u wilt luisteren naar wat uw kinderen vragen. Maar in het ouderschapsplan staan afspraken van u allebei. Een verandering spreekt u daarom het liefst samen af, eventueel met hulp van een mediator.',
            en: 'It is understandable that you want to listen to what your children ask. But the parenting plan holds agreements you both made. So a change is best agreed together, possibly with the help of a mediator.',
          },
        },
      ],
    },
  ],
  suggestedSteps: [
    {
      id: 'samen-stap-overleg-afspreken',
      title: { nl: 'Spreek een vaste manier van overleggen af', en: 'Agree on a fixed way of consulting' },
      description: {
        nl: 'Kies met de andere ouder een vast moment en een vaste manier om over de kinderen te praten, zonder dat de kinderen erbij zijn.',
        en: 'Choose with the other parent a fixed moment and a fixed way to talk about the children, without the children present.',
      },
    },
    {
      id: 'samen-stap-mediator-zoeken',
      title: { nl: 'Zoek informatie over mediation', en: 'Look up information about mediation' },
      description: {
        nl: 'Kijk op mfnregister.nl of verenigingfas.nl. Of vraag het Juridisch Loket welke hulp bij uw situatie past.',
        en: 'Look at mfnregister.nl or verenigingfas.nl. Or ask Het Juridisch Loket which help suits your situation.',
      },
    },
  ],
};

const afsprakenChapter: ChapterBody = {
  id: 'afspraken',
  intro: {
    nl: 'Bij een scheiding maakt u afspraken over de kinderen, over geld en over het huis. In dit hoofdstuk leest u in grote lijnen hoe dat werkt, en waar u meer informatie en advies vindt.',
    en: 'When you separate, you make arrangements about the children, about money and about the house. In this chapter you read in outline how that works, and where to find more information and advice.',
  },
  sections: [
    {
      id: 'afspraken-ouderschapsplan-wanneer',
      title: { nl: 'Wanneer is een ouderschapsplan verplicht?', en: 'When is a parenting plan required?' },
      body: {
        nl: `Een ouderschapsplan is een document met afspraken over uw kinderen na de scheiding.\n\nU bent verplicht om een ouderschapsplan te maken als uw kind jonger is dan 18 jaar én u samen het gezag heeft. Dat geldt als u gaat scheiden of uw geregistreerd partnerschap beëindigt. Volgens de Rijksoverheid geldt het ook als u samenwoont, samen het gezag heeft en uit elkaar gaat.\n\nTwijfelt u of dit voor uw situatie geldt? Vraag het aan Het Juridisch Loket. Welke onderwerpen in het plan horen, leest u in het volgende deel.\n\n${ADVICE_NL}`,
        en: `A parenting plan is a document with agreements about your children after the separation.\n\nYou are required to make a parenting plan if your child is under 18 and you have joint parental authority. This applies when you divorce or end your registered partnership. According to the Dutch government it also applies if you live together, have joint authority and separate.\n\nNot sure whether this applies to your situation? Ask Het Juridisch Loket. Which topics belong in the plan, you read in the next part.\n\n${ADVICE_EN}`,
      },
      source: [SRC.rijksoverheidChecklist, SRC.juridischLoketOuderschapsplan, SRC.awsAlgemeen],
    },
    {
      id: 'afspraken-ouderschapsplan-inhoud',
      title: { nl: 'Wat staat er in het ouderschapsplan?', en: 'What goes into the parenting plan?' },
      body: {
        nl: `In een ouderschapsplan staan in elk geval afspraken over:\n\n- hoe u de zorg en opvoeding verdeelt;\n\n- hoe u elkaar informeert en overlegt over uw kind;\n\n- hoe u de kosten van verzorging en opvoeding betaalt.\n\nHet Juridisch Loket beschrijft stap voor stap hoe u een plan opstelt. U noemt de ouders en de kinderen, met hun geboortedatum. U spreekt af bij wie de kinderen hun hoofdverblijf hebben, op welke dagen ze bij de andere ouder zijn en hoe het gaat in vakanties en op bijzondere dagen. Gaat u met de kinderen naar het buitenland? Regel dan ook het paspoort en toestemming om te reizen. U kunt ook kiezen voor co-ouderschap. Dan verdeelt u de zorg gelijk.\n\nDe Rijksoverheid heeft een checklist voor het ouderschapsplan.\n\n${ADVICE_NL}`,
        en: `A parenting plan contains at least agreements about:\n\n- how you share care and upbringing;\n\n- how you inform and consult each other about your child;\n\n- how you pay the costs of care and upbringing.\n\nHet Juridisch Loket describes step by step how to draw up a plan. You name the parents and the children, with their dates of birth. You agree with whom the children mainly live, on which days they are with the other parent and how holidays and special days work. Are you going abroad with the children? Then also arrange the passport and permission to travel. You can also choose co-parenting. Then you share the care equally.\n\nThe Dutch government has a checklist for the parenting plan.\n\n${ADVICE_EN}`,
      },
      source: [SRC.rijksoverheidChecklist, SRC.juridischLoketOuderschapsplan],
    },
    {
      id: 'afspraken-kinderalimentatie',
      title: { nl: 'Kinderalimentatie in grote lijnen', en: 'Child maintenance in outline' },
      body: {
        nl: `Beide ouders moeten bijdragen aan de kosten van hun kinderen. Ook als ze nooit een relatie hadden. Vaak betaalt de ene ouder de andere ouder elke maand een bedrag: kinderalimentatie.\n\nDe berekening gaat in grote lijnen zo:\n\n- Eerst wordt bekeken wat de kinderen nodig hebben: de behoefte. Die hangt af van uw inkomen vóór de scheiding, het aantal kinderen en hun leeftijd.\n\n- Daarna wordt bekeken wat elke ouder kan betalen: de draagkracht.\n\nRechters, advocaten en mediators gebruiken hiervoor dezelfde rekenregels: de Alimentatienormen. Kinderalimentatie gaat altijd voor partneralimentatie.\n\nHet LBIO (lbio.nl) kan tegen betaling een berekening voor u maken. Die berekening is niet afdwingbaar. Het LBIO kan alleen helpen met innen als het bedrag in een uitspraak van de rechter staat.\n\n${ADVICE_NL}`,
        en: `Both parents must contribute to the costs of their children. Even if they never had a relationship. Often one parent pays the other parent an amount every month: child maintenance (kinderalimentatie).\n\nIn outline, the calculation works like this:\n\n- First, what the children need is assessed: the need. It depends on your income before the separation, the number of children and their ages.\n\n- Then, what each parent can pay is assessed: the capacity to pay.\n\nJudges, lawyers and mediators use the same calculation rules for this: the Alimentatienormen. Child maintenance always comes before partner maintenance.\n\nThe LBIO (lbio.nl) can make a calculation for you for a fee. That calculation is not enforceable. The LBIO can only help with collection if the amount is set in a court decision.\n\n${ADVICE_EN}`,
      },
      source: [SRC.juridischLoketOuderschapsplan, SRC.lbioBerekenen, SRC.lbioBerekening, SRC.lbioAanvraag],
    },
    {
      id: 'afspraken-toeslagen',
      title: { nl: 'Toeslagen na de scheiding', en: 'Benefits (toeslagen) after the separation' },
      body: {
        nl: `Na een scheiding verandert uw geldsituatie. Ook uw toeslagen veranderen meestal.\n\nNadat u of uw ex verhuisd is, bent u meestal geen toeslagpartners meer. U krijgt de toeslagen dan niet meer samen. Het inkomen van uw ex telt niet meer mee. Daardoor kan uw toeslag veranderen. Met een proefberekening op de website van de Belastingdienst ziet u hoe hoog uw toeslag wordt.\n\nEen paar punten:\n\n- Staat een toeslag op naam van uw ex? Dan vraagt u die zelf aan.\n\n- Verhuist u naar een andere huurwoning? Dan neemt u de huurtoeslag mee en geeft u de nieuwe huur door.\n\n- Voor de huurtoeslag tellen kinderen mee bij de ouder bij wie ze wonen. Bij co-ouderschap tellen ze voor de huurtoeslag bij allebei mee. Voor andere toeslagen kunnen andere regels gelden.\n\nWijzigingen geeft u door via Mijn toeslagen.\n\n${ADVICE_NL}`,
        en: `After a separation your financial situation changes. Your benefits (toeslagen) usually change too.\n\nAfter you or your ex has moved, you are usually no longer benefit partners. You then no longer receive the benefits together. Your ex's income no longer counts. As a result, your benefit may change. With a trial calculation on the Belastingdienst (Tax Administration) website you can see how high your benefit will be.\n\nA few points:\n\n- Is a benefit in your ex's name? Then you apply for it yourself.\n\n- Are you moving to another rented home? Then you take the rent benefit with you and report the new rent.\n\n- For rent benefit, children count for the parent they live with. With co-parenting they count for both for rent benefit. Other benefits may have other rules.\n\nYou report changes through Mijn toeslagen.\n\n${ADVICE_EN}`,
      },
      source: [SRC.belastingdienstScheiden],
    },
    {
      id: 'afspraken-woning',
      title: { nl: 'Het huis: wie blijft er wonen?', en: 'The house: who stays?' },
      body: {
        nl: `Wie in het huis blijft wonen, hangt af van uw situatie.\n\nKoopwoning. Stel eerst vast wie de eigenaar is. Dat hangt af van hoe u getrouwd bent (in gemeenschap van goederen, in beperkte gemeenschap of met huwelijkse voorwaarden) en van wanneer en met wiens geld het huis is gekocht. Vaak bent u allebei aansprakelijk voor de hypotheek: de bank kan de schuld dan bij u allebei opeisen. Het Juridisch Loket legt uit wat voor uw situatie geldt. U kunt samen ook iets anders afspreken. Bijvoorbeeld dat de ouder die het meest voor de kinderen zorgt, blijft wonen.\n\nHuurwoning. Staat u allebei in het huurcontract? Dan vraagt u de verhuurder om één van u als huurder te accepteren. Werkt de verhuurder niet mee, of willen u allebei blijven? Dan kan de kantonrechter beslissen. Staat het contract op één naam, dan bent u door het huwelijk medehuurder.\n\n${ADVICE_NL}`,
        en: `Who stays in the house depends on your situation.\n\nOwned home. First establish who the owner is. That depends on how you are married (in community of property, in limited community or with a prenuptial agreement) and on when and with whose money the house was bought. Often you are both liable for the mortgage: the bank can then claim the debt from either of you. Het Juridisch Loket explains what applies to your situation. You can also agree on something else together. For example that the parent who cares for the children most stays.\n\nRented home. Are you both on the tenancy agreement? Then you ask the landlord to accept one of you as the tenant. Does the landlord not cooperate, or do you both want to stay? Then the subdistrict court (kantonrechter) can decide. Is the agreement in one name? Then marriage makes you a co-tenant.\n\n${ADVICE_EN}`,
      },
      source: [SRC.juridischLoketKoopwoning, SRC.juridischLoketHuurwoning],
    },
  ],
  reflections: [
    {
      id: 'afspraken-reflectie-belangrijk',
      prompt: {
        nl: 'Welke afspraken over de kinderen vindt u het belangrijkst? Waarover bent u het met de andere ouder waarschijnlijk snel eens, en waarover niet?',
        en: 'Which arrangements about the children matter most to you? What will you and the other parent probably agree on quickly, and what not?',
      },
    },
    {
      id: 'afspraken-reflectie-geld',
      prompt: {
        nl: 'Welke gegevens over uw inkomen en vaste lasten heeft u al op een rij, en welke nog niet?',
        en: 'Which details about your income and fixed costs do you already have in order, and which not yet?',
      },
    },
    {
      id: 'afspraken-reflectie-wonen',
      prompt: {
        nl: 'Wat betekent de nieuwe woonsituatie voor uw kinderen? Denk aan school, vrienden en de afstand tussen de twee huizen.',
        en: 'What does the new living situation mean for your children? Think of school, friends and the distance between the two homes.',
      },
    },
  ],
  selfCheck: [
    {
      id: 'afspraken-check-verplicht',
      question: { nl: 'Wanneer is een ouderschapsplan verplicht?', en: 'When is a parenting plan required?' },
      options: [
        {
          id: 'afspraken-check-verplicht-gezag',
          label: {
            nl: 'Als uw kind jonger is dan 18 en u samen het gezag heeft.',
            en: 'If your child is under 18 and you have joint authority.',
          },
          feedback: {
            nl: 'Klopt. Dat geldt bij scheiden en bij het beëindigen van een geregistreerd partnerschap. Volgens de Rijksoverheid ook als u samenwoont, samen het gezag heeft en uit elkaar gaat.',
            en: 'Right. This applies when divorcing and when ending a registered partnership. According to the Dutch government also if you live together, have joint authority and separate.',
          },
        },
        {
          id: 'afspraken-check-verplicht-getrouwd',
          label: { nl: 'Alleen als u getrouwd was.', en: 'Only if you were married.' },
          feedback: {
            nl: 'Veel mensen denken dat. Maar volgens de Rijksoverheid geldt de plicht ook voor samenwonende ouders die samen het gezag hebben. Twijfelt u over uw situatie? Het Juridisch Loket geeft gratis advies.',
            en: 'Many people think so. But according to the Dutch government the obligation also applies to cohabiting parents with joint authority. Unsure about your situation? Het Juridisch Loket gives free advice.',
          },
        },
        {
          id: 'afspraken-check-verplicht-ruzie',
          label: { nl: 'Alleen als de ouders het oneens zijn.', en: 'Only if the parents disagree.' },
          feedback: {
            nl: 'Het plan is juist ook bedoeld voor ouders die het eens zijn. Het legt vast hoe u de zorg verdeelt, hoe u elkaar informeert en hoe u de kosten betaalt. Komt u er samen niet uit, dan beslist de rechter.',
            en: 'The plan is meant for parents who agree, too. It records how you share care, how you inform each other and how you pay the costs. If you cannot agree together, the judge decides.',
          },
        },
      ],
    },
    {
      id: 'afspraken-check-alimentatie',
      question: {
        nl: 'Waar hangt de hoogte van de kinderalimentatie vooral van af?',
        en: 'What does the amount of child maintenance mainly depend on?',
      },
      options: [
        {
          id: 'afspraken-check-alimentatie-behoefte-draagkracht',
          label: {
            nl: 'Van wat de kinderen nodig hebben en wat elke ouder kan betalen.',
            en: 'On what the children need and what each parent can pay.',
          },
          feedback: {
            nl: 'Klopt. Het LBIO beschrijft dat de berekening uitgaat van de behoefte van het kind en de draagkracht van de ouders, volgens de Alimentatienormen.',
            en: 'Right. The LBIO describes that the calculation is based on the child’s need and the parents’ capacity to pay, following the Alimentatienormen.',
          },
        },
        {
          id: 'afspraken-check-alimentatie-vast-bedrag',
          label: { nl: 'Van een vast bedrag per kind, voor iedereen gelijk.', en: 'On a fixed amount per child, the same for everyone.' },
          feedback: {
            nl: 'Een vast bedrag zou duidelijk zijn, maar zo werkt het niet. De behoefte hangt onder meer af van het inkomen vóór de scheiding en de leeftijd van de kinderen. Daarna wordt gekeken wat elke ouder kan betalen.',
            en: 'A fixed amount would be clear, but that is not how it works. The need depends among other things on the income before the separation and the children’s ages. Then what each parent can pay is assessed.',
          },
        },
        {
          id: 'afspraken-check-alimentatie-omgang',
          label: {
            nl: 'Van hoe vaak de kinderen de betalende ouder zien.',
            en: 'On how often the children see the paying parent.',
          },
          feedback: {
            nl: 'De zorgregeling kan meetellen, maar de basis is de behoefte van de kinderen en de draagkracht van de ouders. Een andere omgangsregeling kan wel een reden zijn voor een nieuwe berekening, schrijft het LBIO.',
            en: 'The care arrangement can play a part, but the basis is the children’s need and the parents’ capacity to pay. A different contact arrangement can be a reason for a new calculation, the LBIO writes.',
          },
        },
      ],
    },
    {
      id: 'afspraken-check-huur',
      question: {
        nl: 'U bent getrouwd. Het huurcontract staat alleen op naam van uw partner. Wat geldt volgens het Juridisch Loket?',
        en: 'You are married. The tenancy agreement is only in your partner’s name. What applies according to Het Juridisch Loket?',
      },
      options: [
        {
          id: 'afspraken-check-huur-medehuurder',
          label: { nl: 'Door het huwelijk ben ik medehuurder.', en: 'Through the marriage I am a co-tenant.' },
          feedback: {
            nl: 'Klopt. Bent u het samen eens dat u blijft? Dan loopt het contract door en meldt u schriftelijk aan de verhuurder dat u er voortaan alleen woont.',
            en: 'Right. Do you both agree that you stay? Then the agreement continues and you inform the landlord in writing that you now live there alone.',
          },
        },
        {
          id: 'afspraken-check-huur-geen-recht',
          label: { nl: 'Ik heb geen enkel recht op de woning.', en: 'I have no right to the home at all.' },
          feedback: {
            nl: 'Dat is een begrijpelijke zorg. Maar door uw huwelijk bent u automatisch medehuurder geworden. Wilt u weten wat dat voor u betekent? Het Juridisch Loket geeft gratis advies.',
            en: 'That is an understandable worry. But through your marriage you automatically became a co-tenant. Want to know what that means for you? Het Juridisch Loket gives free advice.',
          },
        },
        {
          id: 'afspraken-check-huur-verhuurder',
          label: { nl: 'De verhuurder beslist wie er blijft.', en: 'The landlord decides who stays.' },
          feedback: {
            nl: 'Bij medehuur door een huwelijk kan de verhuurder geen bezwaar maken als u samen afspreekt wie blijft. Staat u allebei in het contract, dan moet de verhuurder wel instemmen. Lukt dat niet, dan kunt u naar de kantonrechter.',
            en: 'With co-tenancy through marriage, the landlord cannot object if you agree together who stays. Are you both on the agreement? Then the landlord does have to agree. If that fails, you can go to the subdistrict court.',
          },
        },
      ],
    },
  ],
  suggestedSteps: [
    {
      id: 'afspraken-stap-checklist',
      title: { nl: 'Loop de checklist voor het ouderschapsplan door', en: 'Go through the parenting plan checklist' },
      description: {
        nl: 'Bekijk de checklist van de Rijksoverheid en het stappenplan van het Juridisch Loket. Noteer per onderwerp wat u al weet en waarover u nog moet praten.',
        en: 'Look at the Dutch government’s checklist and Het Juridisch Loket’s step-by-step plan. Note for each topic what you already know and what you still need to discuss.',
      },
    },
    {
      id: 'afspraken-stap-geldzaken',
      title: { nl: 'Zet uw geldzaken op een rij', en: 'Put your finances in order' },
      description: {
        nl: 'Verzamel uw financiële gegevens, zoals uw inkomen en vaste lasten. Die heeft u nodig voor een berekening van kinderalimentatie en een proefberekening van uw toeslagen.',
        en: 'Collect your financial details, such as your income and fixed costs. You need them for a child maintenance calculation and a trial calculation of your benefits.',
      },
    },
  ],
};

const zorgVoorJezelfChapter: ChapterBody = {
  id: 'zorg-voor-jezelf',
  intro: {
    nl: 'Een scheiding kost veel energie. Als het met u beter gaat, kunt u er ook beter zijn voor uw kinderen. In dit hoofdstuk leest u over stress en slapen, en waar u en uw kinderen hulp kunnen vinden.',
    en: 'A separation takes a lot of energy. When you are doing better, you can also be there better for your children. In this chapter you read about stress and sleep, and where you and your children can find help.',
  },
  sections: [
    {
      id: 'zelf-stress',
      title: { nl: 'Stress herkennen en verminderen', en: 'Recognising and reducing stress' },
      body: {
        nl: `Problemen thuis kunnen veel spanning geven. Duurt die spanning lang, dan kan stress een probleem worden.\n\nStress kunt u bijvoorbeeld merken aan:\n\n- steeds moe zijn en weinig energie hebben;\n\n- sneller boos zijn of snel huilen;\n\n- een somber gevoel;\n\n- slecht slapen, hoofdpijn of een gespannen nek of rug;\n\n- veel piekeren en daar moeilijk mee kunnen stoppen.\n\nWat kan helpen? Zorg eerst voor genoeg ontspanning. Zet daarna op een rij wat u spanning geeft en wat u energie geeft. Praat erover met iemand die u vertrouwt, of schrijf het op. En zorg goed voor uzelf: beweeg veel, eet gezond en slaap genoeg.\n\nLukt ontspannen niet meer, of kunt u niet meer genieten? Dan kunt u met uw huisarts praten.`,
        en: `Problems at home can cause a lot of tension. If that tension lasts a long time, stress can become a problem.\n\nYou may notice stress, for example, by:\n\n- always being tired and having little energy;\n\n- getting angry or crying more quickly;\n\n- a gloomy feeling;\n\n- sleeping badly, headaches or a tense neck or back;\n\n- worrying a lot and finding it hard to stop.\n\nWhat can help? First make sure you get enough relaxation. Then list what causes you tension and what gives you energy. Talk about it with someone you trust, or write it down. And take good care of yourself: move a lot, eat healthily and get enough sleep.\n\nCan you no longer relax, or no longer enjoy things? Then you can talk to your GP (huisarts).`,
      },
      source: [SRC.thuisartsStress, SRC.njiWijkteam],
    },
    {
      id: 'zelf-slapen',
      title: { nl: 'Slecht slapen', en: 'Sleeping badly' },
      body: {
        nl: `Slecht slapen komt vaak door stress en zorgen, bijvoorbeeld over uw relatie. Ook gewoontes spelen mee, zoals ’s avonds op uw telefoon kijken, laat opstaan of overdag slapen. En koffie of alcohol kunnen uw slaap verstoren.\n\nGoed om te weten:\n\n- Hoeveel slaap iemand nodig heeft, verschilt per persoon.\n\n- Vaak slaapt u langer dan u denkt, ook als het voelt alsof u veel wakker lag.\n\n- Het is niet erg als u af en toe korter slaapt.\n\n- Slecht slapen kan overdag klachten geven, zoals moeheid of een somber gevoel.\n\nWat kunt u doen? Let op de gewoontes die uw slaap verstoren. Houd een slaapdagboek bij: dan ziet u beter hoe u slaapt. Blijft u slecht slapen? Bespreek het dan met uw huisarts.`,
        en: `Sleeping badly is often caused by stress and worries, for example about your relationship. Habits play a part too, such as looking at your phone in the evening, getting up late or sleeping during the day. And coffee or alcohol can disturb your sleep.\n\nGood to know:\n\n- How much sleep someone needs differs per person.\n\n- You often sleep longer than you think, even if it feels as if you lay awake a lot.\n\n- It does not matter if you sleep less now and then.\n\n- Sleeping badly can cause complaints during the day, such as tiredness or a gloomy feeling.\n\nWhat can you do? Pay attention to the habits that disturb your sleep. Keep a sleep diary: then you see better how you sleep. Do you keep sleeping badly? Then discuss it with your GP.`,
      },
      source: [SRC.olvgSlapen],
    },
    {
      id: 'zelf-steun-dichtbij',
      title: { nl: 'Steun dichtbij: mensen, huisarts en wijkteam', en: 'Support close by: people, GP and local team' },
      body: {
        nl: `U hoeft het niet alleen te doen. Praten met iemand die u vertrouwt, helpt. Dat kan een vriend, familielid of buur zijn.\n\nDe huisarts kan een eerste aanspreekpunt zijn voor hulp. Ook als het gaat om stress, somberheid of slecht slapen.\n\nGemeenten zorgen voor hulp aan kinderen, jongeren en ouders. Hoe dat geregeld is, verschilt per gemeente. Vaak is er een wijkteam, buurtteam of Centrum voor Jeugd en Gezin (CJG). Kijk op de website van uw gemeente, onder kopjes zoals ‘Zorg en ondersteuning’ of ‘Jeugd en gezin’. Ook school en de huisarts weten vaak waar u terechtkunt. In veel wijkteams krijgt u lichte hulp zonder verwijzing.\n\nVoor kinderen zijn er KIES-groepen. Die worden onder meer gegeven via wijkteams, het CJG of school.`,
        en: `You do not have to do it alone. Talking with someone you trust helps. That can be a friend, relative or neighbour.\n\nThe GP (huisarts) can be a first point of contact for help. Also when it comes to stress, gloominess or sleeping badly.\n\nMunicipalities arrange help for children, young people and parents. How that is organised differs per municipality. Often there is a local social team (wijkteam), neighbourhood team or Centre for Youth and Family (CJG). Look on your municipality's website, under headings such as 'Zorg en ondersteuning' (care and support) or 'Jeugd en gezin' (youth and family). School and the GP also often know where you can go. In many local teams you get light support without a referral.\n\nFor children there are KIES groups. These are offered through local teams, the CJG or school, among others.`,
      },
      source: [SRC.thuisartsStress, SRC.njiWijkteam, SRC.njiKies],
    },
    {
      id: 'zelf-juridisch-loket',
      title: { nl: 'Het Juridisch Loket', en: 'Het Juridisch Loket (the Legal Services Counter)' },
      body: {
        nl: `Bij een scheiding komen veel juridische vragen op. Over het ouderschapsplan, alimentatie of de woning, bijvoorbeeld. Het Juridisch Loket helpt mensen met zulke vragen. Het advies is gratis.\n\nOp juridischloket.nl vindt u informatie, tips en voorbeeldbrieven. Daarmee kunt u vaak zelf al verder. Komt u er niet uit? Dan kunt u uw vraag stellen aan een jurist van het Juridisch Loket. Op de website leest u hoe u contact opneemt. Soms is meer tijd nodig. Dan maakt het Juridisch Loket een afspraak met u. Daarvoor gelden wel voorwaarden.\n\nHeeft u meer nodig dan een advies? Dan kan het Juridisch Loket u doorverwijzen, bijvoorbeeld naar een advocaat of een mediator.\n\n${ADVICE_NL}`,
        en: `A separation raises many legal questions. About the parenting plan, maintenance or the home, for example. Het Juridisch Loket helps people with such questions. The advice is free.\n\nOn juridischloket.nl you find information, tips and sample letters. With these you can often move forward yourself. Are you stuck? Then you can put your question to a legal adviser at Het Juridisch Loket. The website explains how to get in touch. Sometimes more time is needed. Then Het Juridisch Loket makes an appointment with you. Conditions do apply to that.\n\nDo you need more than advice? Then Het Juridisch Loket can refer you, for example to a lawyer or a mediator.\n\n${ADVICE_EN}`,
      },
      source: [SRC.juridischLoketWerkwijze, SRC.juridischLoketPrivacy, SRC.kamerbriefMediation],
    },
    {
      id: 'zelf-veiligheid',
      title: { nl: 'Als het niet veilig is', en: 'When it is not safe' },
      body: {
        nl: `Soms is de situatie thuis niet veilig, voor u of voor uw kinderen. Dan is er hulp.\n\n- Bent u in direct gevaar? Bel 112.\n\n- Veilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Bel gratis 0800-2000, alle dagen en alle uren. U kunt anoniem blijven. Ook als getuige kunt u bellen. Op veiligthuis.nl vindt u meer informatie.\n\n- Denkt u aan zelfdoding, of maakt u zich zorgen om iemand? Bel gratis 0800-0113 of 113, of chat via 113.nl. Dat kan dag en nacht en anoniem.\n\n- Kinderen en jongeren van 8 tot 18 jaar kunnen gratis en anoniem bellen (0800-0432) of chatten met De Kindertelefoon. Over scheiden, en over alles wat hen bezighoudt.\n\nBewaar deze nummers op een plek waar u ze snel kunt vinden.`,
        en: `Sometimes the situation at home is not safe, for you or for your children. Then there is help.\n\n- Are you in immediate danger? Call 112.\n\n- Veilig Thuis is the advice and reporting centre for domestic violence and child abuse. Call 0800-2000 for free, every day and at all hours. You can stay anonymous. You can also call as a witness. veiligthuis.nl has more information.\n\n- Are you thinking about suicide, or worried about someone? Call 0800-0113 (free) or 113, or chat via 113.nl. This is possible day and night and anonymously.\n\n- Children and young people aged 8 to 18 can call (0800-0432) or chat with De Kindertelefoon for free and anonymously. About separation, and about anything on their mind.\n\nKeep these numbers somewhere you can find them quickly.`,
      },
      source: [
        SRC.rijksoverheidHuiselijkGeweld,
        'https://www.113.nl',
        SRC.zelfmoordpreventie113,
        SRC.vriendenKindertelefoon,
        SRC.kindertelefoonScheiden,
      ],
    },
  ],
  reflections: [
    {
      id: 'zelf-reflectie-energie',
      prompt: {
        nl: 'Wat geeft u op dit moment energie, en wat kost u energie?',
        en: 'What gives you energy at the moment, and what costs you energy?',
      },
    },
    {
      id: 'zelf-reflectie-mensen',
      prompt: {
        nl: 'Wie zijn twee of drie mensen bij wie u terechtkunt als het even niet gaat?',
        en: 'Who are two or three people you can turn to when things are not going well?',
      },
    },
    {
      id: 'zelf-reflectie-signalen',
      prompt: {
        nl: 'Aan welke signalen merkt u dat het u te veel wordt? Wat wilt u dan doen?',
        en: 'Which signals tell you that it is becoming too much for you? What do you want to do then?',
      },
    },
  ],
  selfCheck: [
    {
      id: 'zelf-check-stress',
      question: {
        nl: 'U slaapt al weken slecht en piekert veel over de scheiding. Wat past bij de informatie in dit hoofdstuk?',
        en: 'You have been sleeping badly for weeks and worry a lot about the separation. What fits the information in this chapter?',
      },
      options: [
        {
          id: 'zelf-check-stress-praten',
          label: {
            nl: 'Erover praten met iemand die ik vertrouw, en met mijn huisarts.',
            en: 'Talk about it with someone I trust, and with my GP.',
          },
          feedback: {
            nl: 'Dat sluit aan bij Thuisarts.nl. Praten met iemand die u vertrouwt helpt bij stress. En blijft u slecht slapen, dan kunt u dat met uw huisarts bespreken.',
            en: 'That matches Thuisarts.nl. Talking with someone you trust helps with stress. And if you keep sleeping badly, you can discuss it with your GP.',
          },
        },
        {
          id: 'zelf-check-stress-doorgaan',
          label: { nl: 'Gewoon doorgaan, dit hoort bij scheiden.', en: 'Just carry on, this is part of separating.' },
          feedback: {
            nl: 'Het is waar dat spanning bij een scheiding heel gewoon is. Maar als stress lang duurt, kan het een probleem worden. Het helpt om te zorgen voor ontspanning en erover te praten. U hoeft het niet alleen te dragen.',
            en: 'It is true that tension during a separation is very common. But when stress lasts long, it can become a problem. It helps to make room for relaxation and to talk about it. You do not have to carry it alone.',
          },
        },
        {
          id: 'zelf-check-stress-telefoon',
          label: {
            nl: '’s Avonds lang op mijn telefoon, om mijn gedachten te verzetten.',
            en: 'Spend a long time on my phone in the evening, to take my mind off things.',
          },
          feedback: {
            nl: 'Afleiding zoeken is heel begrijpelijk. Toch kan ’s avonds op uw telefoon kijken uw slaap juist verstoren. Een rustige avond zonder scherm en een slaapdagboek kunnen helpen om te zien wat werkt.',
            en: 'Looking for distraction is very understandable. Still, looking at your phone in the evening can actually disturb your sleep. A calm evening without a screen and a sleep diary can help you see what works.',
          },
        },
      ],
    },
    {
      id: 'zelf-check-juridisch-loket',
      question: { nl: 'Wat doet Het Juridisch Loket?', en: 'What does Het Juridisch Loket do?' },
      options: [
        {
          id: 'zelf-check-juridisch-loket-advies',
          label: {
            nl: 'Geeft gratis juridisch advies en kan doorverwijzen.',
            en: 'Gives free legal advice and can refer you on.',
          },
          feedback: {
            nl: 'Klopt. Het Juridisch Loket geeft gratis advies en informatie, en kan u zo nodig doorverwijzen naar bijvoorbeeld een advocaat of mediator.',
            en: 'Right. Het Juridisch Loket gives free advice and information, and can refer you if needed, for example to a lawyer or mediator.',
          },
        },
        {
          id: 'zelf-check-juridisch-loket-rechter',
          label: { nl: 'Beslist over de scheiding.', en: 'Decides on the divorce.' },
          feedback: {
            nl: 'Dat is een begrijpelijke gedachte, maar een echtscheiding gaat altijd via de rechter. Het Juridisch Loket geeft advies, zodat u weet wat uw mogelijkheden zijn.',
            en: 'That is an understandable thought, but a divorce always goes through the court. Het Juridisch Loket gives advice, so you know what your options are.',
          },
        },
        {
          id: 'zelf-check-juridisch-loket-bedrijven',
          label: { nl: 'Helpt alleen bedrijven.', en: 'Only helps businesses.' },
          feedback: {
            nl: 'Het is eigenlijk andersom. Het Juridisch Loket helpt mensen met vragen over bijvoorbeeld echtscheiding, alimentatie en huren. Met vragen over een eigen bedrijf kunt u beter ergens anders terecht, zoals bij een advocaat.',
            en: 'It is actually the other way round. Het Juridisch Loket helps people with questions about, for example, divorce, maintenance and renting. Questions about your own business are better taken elsewhere, such as to a lawyer.',
          },
        },
      ],
    },
    {
      id: 'zelf-check-veilig',
      question: {
        nl: 'De andere ouder bedreigt u en u voelt zich thuis niet veilig. Waar kunt u terecht?',
        en: 'The other parent threatens you and you do not feel safe at home. Where can you turn?',
      },
      options: [
        {
          id: 'zelf-check-veilig-112-veilig-thuis',
          label: {
            nl: 'Bij direct gevaar 112; anders Veilig Thuis (0800-2000).',
            en: 'In immediate danger 112; otherwise Veilig Thuis (0800-2000).',
          },
          feedback: {
            nl: 'Klopt. Veilig Thuis is gratis, alle dagen en alle uren bereikbaar, en u kunt anoniem blijven. Bent u in direct gevaar, bel dan 112.',
            en: 'Right. Veilig Thuis is free, reachable every day at all hours, and you can stay anonymous. If you are in immediate danger, call 112.',
          },
        },
        {
          id: 'zelf-check-veilig-wachten',
          label: {
            nl: 'Wachten tot de scheiding rond is.',
            en: 'Wait until the divorce is settled.',
          },
          feedback: {
            nl: 'Het is begrijpelijk dat u eerst rust wilt. Maar u hoeft niet te wachten om hulp te vragen. Veilig Thuis (0800-2000) denkt met u mee, ook over veiligheid voor uw kinderen. Bij direct gevaar belt u 112.',
            en: 'It is understandable that you want calm first. But you do not have to wait to ask for help. Veilig Thuis (0800-2000) thinks along with you, also about safety for your children. In immediate danger, call 112.',
          },
        },
        {
          id: 'zelf-check-veilig-kindertelefoon',
          label: { nl: 'Bij De Kindertelefoon.', en: 'At De Kindertelefoon.' },
          feedback: {
            nl: 'De Kindertelefoon is er voor kinderen en jongeren van 8 tot 18 jaar. Fijn om te weten voor uw kinderen. Als ouder kunt u zelf terecht bij Veilig Thuis (0800-2000), of bij 112 als u in direct gevaar bent.',
            en: 'De Kindertelefoon is there for children and young people aged 8 to 18. Good to know for your children. As a parent you can turn to Veilig Thuis (0800-2000) yourself, or to 112 if you are in immediate danger.',
          },
        },
      ],
    },
  ],
  suggestedSteps: [
    {
      id: 'zelf-stap-hulplijst',
      title: { nl: 'Maak uw eigen hulplijstje', en: 'Make your own help list' },
      description: {
        nl: 'Schrijf de namen op van mensen die u kunt bellen. Zet er de nummers bij van uw huisarts, het wijkteam en Veilig Thuis (0800-2000).',
        en: 'Write down the names of people you can call. Add the numbers of your GP, the local social team and Veilig Thuis (0800-2000).',
      },
    },
    {
      id: 'zelf-stap-juridische-vraag',
      title: { nl: 'Stel uw juridische vraag', en: 'Ask your legal question' },
      description: {
        nl: 'Kijk op juridischloket.nl of uw vraag daar al wordt beantwoord. Zo niet, stel uw vraag dan aan een jurist van het Juridisch Loket.',
        en: 'Check on juridischloket.nl whether your question is already answered there. If not, put your question to a legal adviser at Het Juridisch Loket.',
      },
    },
  ],
};

const bodies = new Map([kinderenChapter, samenPratenChapter, afsprakenChapter, zorgVoorJezelfChapter].map((c) => [c.id, c]));

/** The whole national training: the outline's chapters with their bodies. */
export const nationalTraining: Training = {
  ...nationalTrainingOutline,
  chapters: nationalTrainingOutline.chapters.map(({ id, title, minutes }) => ({ ...bodies.get(id)!, title, minutes })),
};
