import type { RouteStep } from '../core/config/schema/index.js';

// The phases are small and the config check needs their ids, so they live apart from the steps.
export { nationalPhases } from './route-phases.js';

/**
 * The default separation route for the Netherlands, used by `<digiplein-stap-tracker>`.
 *
 * Every fact here comes from ../shared/CONTENT-FACTS.md (checked 2026-11-23) and carries the
 * page it was checked against in `source`. Steps without a legal fact only name what to
 * arrange; they give information, never advice, and legal and money steps end with where to
 * get advice (the Juridisch Loket, a mediator, a lawyer). A gemeente can add steps, replace a
 * step by using the same id, and hide steps through `hide`.
 */

const SRC = {
  scheiden: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/ouderschap-en-scheiding',
  ouderschapsplan: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
  veiligheid: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  juridischLoket: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
  mediation: 'https://mfnregister.nl/faq/',
  procedure: 'https://www.rechtspraak.nl/Onderwerpen/Ontbinding-geregistreerd-partnerschap',
  partneralimentatie: 'https://zoek.officielebekendmakingen.nl/stb-2019-283.html',
  lbio: 'https://www.lbio.nl/als-alimentatie-niet-betaald-wordt/',
  toeslagen: 'https://www.belastingdienst.nl',
  villaPinedo: 'https://www.villapinedo.nl/english/',
  kies: 'https://www.kiesvoorhetkind.nl/interventie-omschrijving-kies-methodiek',
} as const;

const links = {
  juridischLoketOuderschapsplan: {
    label: { nl: 'Juridisch Loket: het ouderschapsplan', en: 'Juridisch Loket: the parenting plan' },
    url: 'https://www.juridischloket.nl/familie-en-relatie/ouderschap/ouderschapsplan/',
  },
  checklist: {
    label: { nl: 'Rijksoverheid: checklist ouderschapsplan', en: 'Rijksoverheid: parenting plan checklist' },
    url: SRC.ouderschapsplan,
  },
  scheiden: { label: { nl: 'Rijksoverheid: ouderschap en scheiding', en: 'Rijksoverheid: parenting and separation' }, url: SRC.scheiden },
  rechtspraak: {
    label: { nl: 'Rechtspraak: geregistreerd partnerschap beëindigen', en: 'Rechtspraak: ending a registered partnership (Dutch)' },
    url: SRC.procedure,
  },
} as const;

const ADVICE = {
  nl: 'Wilt u weten wat dit voor u betekent? Vraag het Juridisch Loket (gratis), een mediator of een advocaat.',
  en: 'Want to know what this means for you? Ask the Juridisch Loket (free), a mediator or a lawyer.',
};
const withAdvice = (nl: string, en: string) => ({ nl: `${nl} ${ADVICE.nl}`, en: `${en} ${ADVICE.en}` });

export const nationalSteps: RouteStep[] = [
  // 1. Deciding and telling the children
  {
    id: 'veiligheid',
    phase: 'besluiten',
    title: { nl: 'Is het thuis veilig?', en: 'Is it safe at home?' },
    why: {
      nl: 'Uw veiligheid en die van de kinderen gaat voor alles. Bent u in direct gevaar? Bel dan 112.',
      en: 'Your safety and that of the children comes first. Are you in direct danger? Call 112.',
    },
    todo: {
      nl: 'Maakt u zich zorgen over geweld thuis? Veilig Thuis geeft advies. Bel gratis 0800-2000, dag en nacht. U mag anoniem bellen.',
      en: 'Worried about violence at home? Veilig Thuis gives advice. Call 0800-2000 for free, day and night. You may call anonymously.',
    },
    offers: ['veilig-thuis'],
    source: SRC.veiligheid,
  },
  {
    id: 'kinderen-vertellen',
    phase: 'besluiten',
    title: { nl: 'De kinderen vertellen', en: 'Telling the children' },
    why: {
      nl: 'Een scheiding verandert veel voor kinderen. Er is hulp voor kinderen van gescheiden ouders.',
      en: 'A separation changes a lot for children. There is help for children of separated parents.',
    },
    todo: {
      nl: 'Bespreek samen wanneer en hoe u het de kinderen vertelt. Villa Pinedo is een online plek voor kinderen van gescheiden ouders, met een forum en buddy’s. KIES is een groepsprogramma voor kinderen van 4 tot 6, 7 tot 12 en 13 tot 17 jaar. Kinderen van 8 tot 18 jaar kunnen gratis en anoniem De Kindertelefoon bellen: 0800-0432.',
      en: 'Talk together about when and how you tell the children. Villa Pinedo is an online place for children of separated parents, with a forum and buddies. KIES is a group programme for children aged 4 to 6, 7 to 12 and 13 to 17. Children aged 8 to 18 can call De Kindertelefoon for free and anonymously: 0800-0432.',
    },
    offers: ['villa-pinedo', 'kies', 'kindertelefoon'],
    appliesTo: { minorChildren: true },
    source: SRC.villaPinedo,
  },

  // 2. Getting help and advice
  {
    id: 'juridisch-advies',
    phase: 'hulp',
    title: { nl: 'Gratis juridisch advies vragen', en: 'Getting free legal advice' },
    why: {
      nl: 'Veel van wat u regelt bij een scheiding, heeft met de wet te maken. Het Juridisch Loket geeft gratis juridisch advies.',
      en: 'When you separate, much of what you arrange has to do with the law. The Juridisch Loket gives free legal advice.',
    },
    todo: {
      nl: 'Zet uw vragen op een rij en neem contact op met het Juridisch Loket via de website.',
      en: 'Write down your questions and contact the Juridisch Loket through its website.',
    },
    offers: ['juridisch-loket'],
    source: SRC.juridischLoket,
  },
  {
    id: 'mediator-of-advocaat',
    phase: 'hulp',
    title: { nl: 'Kiezen wie u helpt: mediator of advocaat', en: 'Choosing who helps you: a mediator or a lawyer' },
    why: {
      nl: 'Een mediator helpt u samen afspraken te maken. Een echtscheiding gaat altijd via de rechter, met een advocaat.',
      en: 'A mediator helps you make agreements together. A divorce always goes through the court, with a lawyer.',
    },
    todo: withAdvice(
      'Geregistreerde mediators vindt u op mfnregister.nl. Advocaten en mediators voor familierecht vindt u op verenigingfas.nl.',
      'You can find registered mediators on mfnregister.nl. Family-law lawyers and divorce mediators are on verenigingfas.nl.',
    ),
    offers: ['mfn-register', 'vfas'],
    appliesTo: { hasHelp: false },
    source: SRC.mediation,
  },
  {
    id: 'begeleider-delen',
    phase: 'hulp',
    title: { nl: 'Deze route delen met uw begeleider', en: 'Sharing this route with your begeleider' },
    why: {
      nl: 'Als u, de andere ouder en uw begeleider hetzelfde overzicht zien, zijn er minder misverstanden.',
      en: 'When you, the other parent and your begeleider see the same overview, there are fewer misunderstandings.',
    },
    todo: {
      nl: 'Kies “Route delen” onderaan. Geef de code aan de andere ouder en aan uw begeleider.',
      en: 'Choose “Share route” at the bottom. Give the code to the other parent and to your begeleider.',
    },
    appliesTo: { hasHelp: true },
  },

  // 3. Agreements
  {
    id: 'ouderschapsplan',
    phase: 'afspraken',
    title: { nl: 'Het ouderschapsplan maken', en: 'Making the parenting plan' },
    why: {
      nl: 'Ouders die samen het gezag hebben over een kind onder de 18, moeten een ouderschapsplan maken als ze scheiden of hun geregistreerd partnerschap beëindigen. Volgens de Rijksoverheid geldt dat ook voor samenwonende ouders met gezamenlijk gezag die uit elkaar gaan.',
      en: 'Parents with joint authority over a child under 18 must make a parenting plan when they divorce or end a registered partnership. According to Rijksoverheid, this also applies to cohabiting parents with joint authority who separate.',
    },
    todo: withAdvice(
      'In het plan staat in elk geval: hoe u de zorg en opvoeding verdeelt, hoe u elkaar informeert en overlegt over de kinderen, en de kosten van verzorging en opvoeding.',
      'The plan contains at least: how you share care and upbringing, how you inform and consult each other about the children, and the costs of care and upbringing.',
    ),
    links: [links.checklist, links.juridischLoketOuderschapsplan],
    offers: ['rijksoverheid-ouderschapsplan', 'juridisch-loket'],
    appliesTo: { minorChildren: true },
    requiredFor: { minorChildren: true },
    requiredNote: { nl: 'Verplicht als u samen het gezag heeft.', en: 'Required if you have joint authority.' },
    source: SRC.ouderschapsplan,
  },
  {
    id: 'zorgregeling',
    phase: 'afspraken',
    title: { nl: 'De zorgregeling afspreken', en: 'Agreeing on the care arrangement' },
    why: {
      nl: 'Hoe u de zorg en opvoeding verdeelt, staat in het ouderschapsplan.',
      en: 'How you share care and upbringing is part of the parenting plan.',
    },
    todo: {
      nl: 'Spreek af wanneer de kinderen bij wie zijn, ook in vakanties en op feestdagen.',
      en: 'Agree when the children are with whom, including holidays and special days.',
    },
    links: [links.checklist],
    appliesTo: { minorChildren: true },
    source: SRC.ouderschapsplan,
  },
  {
    id: 'kinderalimentatie',
    phase: 'afspraken',
    title: { nl: 'Kinderalimentatie afspreken', en: 'Agreeing on child maintenance (kinderalimentatie)' },
    why: {
      nl: 'De kosten van verzorging en opvoeding van de kinderen staan in het ouderschapsplan.',
      en: 'The costs of care and upbringing of the children are part of the parenting plan.',
    },
    todo: withAdvice('Spreek af wie welke kosten voor de kinderen betaalt.', 'Agree who pays which costs for the children.'),
    links: [links.checklist],
    offers: ['juridisch-loket'],
    appliesTo: { minorChildren: true },
    source: SRC.ouderschapsplan,
  },
  {
    id: 'partneralimentatie',
    phase: 'afspraken',
    title: { nl: 'Partneralimentatie bespreken', en: 'Discussing partner alimony (alimentatie)' },
    why: {
      nl: 'Sinds 1 januari 2020 duurt partneralimentatie in de regel maximaal de helft van de duur van het huwelijk, en niet langer dan 5 jaar. Er zijn uitzonderingen.',
      en: 'Since 1 January 2020, partner alimony (alimentatie) as a rule lasts at most half the length of the marriage, and no longer than 5 years. There are exceptions.',
    },
    todo: withAdvice(
      'Bespreek of een van u partneralimentatie gaat betalen. Vraag bij uitzonderingen het Juridisch Loket.',
      'Discuss whether one of you will pay partner alimony (alimentatie). For the exceptions, ask the Juridisch Loket.',
    ),
    offers: ['juridisch-loket'],
    appliesTo: { relation: ['getrouwd'] },
    source: SRC.partneralimentatie,
  },
  {
    id: 'woning',
    phase: 'afspraken',
    title: { nl: 'Afspraken over het huis', en: 'Agreements about the house' },
    why: {
      nl: 'Waar iedereen gaat wonen, heeft invloed op de kinderen, op geld en op de toeslagen.',
      en: 'Where everyone will live affects the children, money and benefits (toeslagen).',
    },
    todo: withAdvice(
      'Bespreek wie in het huis blijft wonen, en wat er gebeurt met de huur of de hypotheek.',
      'Discuss who stays in the house, and what happens with the rent or the mortgage.',
    ),
    offers: ['juridisch-loket'],
    links: [links.scheiden],
  },
  {
    id: 'spullen-verdelen',
    phase: 'afspraken',
    title: { nl: 'Spullen, spaargeld en schulden verdelen', en: 'Dividing belongings, savings and debts' },
    why: {
      nl: 'Duidelijke afspraken over geld en spullen voorkomen later ruzie.',
      en: 'Clear agreements about money and belongings prevent arguments later.',
    },
    todo: withAdvice(
      'Maak een lijst van wat u samen heeft en samen schuldig bent, en spreek af hoe u het verdeelt.',
      'Make a list of what you own and owe together, and agree how you divide it.',
    ),
    offers: ['juridisch-loket', 'mfn-register'],
  },
  {
    id: 'pensioen',
    phase: 'afspraken',
    title: { nl: 'Afspraken over pensioen', en: 'Agreements about pension' },
    why: {
      nl: 'Pensioen is een onderwerp om afspraken over te maken. Wat dat voor u betekent, hangt af van uw situatie.',
      en: 'Pension is a topic to make agreements about. What that means for you depends on your situation.',
    },
    todo: withAdvice('Zet op een rij welke pensioenen u allebei heeft opgebouwd.', 'List the pensions you have both built up.'),
    offers: ['juridisch-loket'],
    appliesTo: { relation: ['getrouwd', 'geregistreerd'] },
  },

  // 4. The legal procedure
  {
    id: 'echtscheiding-rechter',
    phase: 'procedure',
    title: { nl: 'De echtscheiding via de rechter', en: 'The divorce through the court' },
    why: {
      nl: 'Een echtscheiding gaat altijd via de rechter, met een advocaat.',
      en: 'A divorce always goes through the court, with a lawyer.',
    },
    todo: withAdvice(
      'Een echtscheiding gaat altijd via de rechter. Uw advocaat vraagt de echtscheiding voor u aan.',
      'A divorce always goes through the court. Your lawyer applies for the divorce for you.',
    ),
    offers: ['vfas', 'juridisch-loket'],
    appliesTo: { relation: ['getrouwd'] },
    requiredFor: { relation: ['getrouwd'] },
    source: SRC.procedure,
  },
  {
    id: 'partnerschap-beeindigen',
    phase: 'procedure',
    title: { nl: 'Het geregistreerd partnerschap beëindigen', en: 'Ending the registered partnership' },
    why: {
      nl: 'Een geregistreerd partnerschap zonder kinderen onder de 18 kan zonder de rechter eindigen als u het allebei wilt, via een advocaat of notaris.',
      en: 'A registered partnership without children under 18 can end without the court if you both agree, through a lawyer or a notary.',
    },
    todo: withAdvice(
      'Vraag na welke weg voor u geldt, en wie u daarbij helpt.',
      'Find out which way applies to you, and who helps you with it.',
    ),
    links: [links.rechtspraak],
    offers: ['juridisch-loket', 'vfas'],
    appliesTo: { relation: ['geregistreerd'] },
    requiredFor: { relation: ['geregistreerd'] },
    source: SRC.procedure,
  },

  // 5. Practical matters
  {
    id: 'toeslagen',
    phase: 'praktisch',
    title: { nl: 'Toeslagen doorgeven', en: 'Passing on changes to benefits (toeslagen)' },
    why: {
      nl: 'Na een scheiding veranderen toeslagen meestal.',
      en: 'After separating, benefits (toeslagen) usually change.',
    },
    todo: {
      nl: 'Geef de verandering door in Mijn toeslagen van de Belastingdienst.',
      en: 'Pass on the change in Mijn toeslagen of the Belastingdienst.',
    },
    offers: ['belastingdienst-toeslagen'],
    source: SRC.toeslagen,
  },
  {
    id: 'inschrijving',
    phase: 'praktisch',
    title: { nl: 'Nieuw adres regelen', en: 'Arranging a new address' },
    why: {
      nl: 'Gaat een van u verhuizen? Dan verandert er iets in uw gegevens bij de gemeente.',
      en: 'Is one of you moving? Then something changes in your details at the gemeente.',
    },
    todo: {
      nl: 'Kijk op de website van uw gemeente hoe u een verhuizing doorgeeft.',
      en: 'Check your gemeente’s website for how to report a move.',
    },
  },
  {
    id: 'school',
    phase: 'praktisch',
    title: { nl: 'School en opvang informeren', en: 'Informing the school and childcare' },
    why: {
      nl: 'In het ouderschapsplan staat hoe u elkaar informeert over de kinderen. Ook school en opvang horen het graag.',
      en: 'The parenting plan says how you inform each other about the children. The school and childcare also like to know.',
    },
    todo: {
      nl: 'Spreek af wie het de school en de opvang vertelt, en hoe u allebei informatie van school krijgt.',
      en: 'Agree who tells the school and childcare, and how you both get information from the school.',
    },
    appliesTo: { minorChildren: true },
    source: SRC.ouderschapsplan,
  },
  {
    id: 'verzekeringen',
    phase: 'praktisch',
    title: { nl: 'Verzekeringen en abonnementen nakijken', en: 'Checking insurance and subscriptions' },
    why: {
      nl: 'Veel verzekeringen en abonnementen staan op uw beide namen.',
      en: 'Many insurance policies and subscriptions are in both your names.',
    },
    todo: {
      nl: 'Maak een lijst van verzekeringen en abonnementen, en spreek af wie wat overneemt of opzegt.',
      en: 'Make a list of insurance policies and subscriptions, and agree who takes over or cancels what.',
    },
  },

  // 6. After the separation
  {
    id: 'alimentatie-inning',
    phase: 'daarna',
    title: { nl: 'Als alimentatie niet wordt betaald', en: 'If alimentatie is not paid' },
    why: {
      nl: 'Het LBIO int kinder- en partneralimentatie die niet wordt betaald, als de rechter het bedrag heeft vastgesteld. Dat is gratis voor de ouder die het geld moet krijgen.',
      en: 'The LBIO collects child and partner alimony (alimentatie) that is not paid, when the amount was set by a court. This is free for the parent who is owed the money.',
    },
    todo: withAdvice(
      'Houd bij wat er is betaald. Wordt er niet betaald? Kijk op lbio.nl wat u kunt doen.',
      'Keep track of what has been paid. If it is not paid, check lbio.nl for what you can do.',
    ),
    offers: ['lbio', 'juridisch-loket'],
    source: SRC.lbio,
  },
  {
    id: 'plan-bijhouden',
    phase: 'daarna',
    title: { nl: 'Het ouderschapsplan bijhouden', en: 'Keeping the parenting plan up to date' },
    why: {
      nl: 'Kinderen worden ouder en situaties veranderen. Dan passen afspraken soms niet meer.',
      en: 'Children grow older and situations change. Then agreements sometimes no longer fit.',
    },
    todo: {
      nl: 'Spreek af wanneer u de afspraken samen bekijkt. Een mediator kan helpen als het samen niet lukt.',
      en: 'Agree when you will look at the agreements together. A mediator can help if you cannot work it out together.',
    },
    offers: ['mfn-register'],
    appliesTo: { minorChildren: true },
  },
  {
    id: 'steun-voor-uzelf',
    phase: 'daarna',
    title: { nl: 'Steun voor uzelf', en: 'Support for yourself' },
    why: {
      nl: 'Een scheiding kost veel energie. Het is normaal om daar hulp bij te vragen.',
      en: 'A separation takes a lot of energy. It is normal to ask for help with that.',
    },
    todo: {
      nl: 'Kijk welke hulp uw gemeente heeft, of praat met iemand die u vertrouwt.',
      en: 'See what help your gemeente offers, or talk to someone you trust.',
    },
    links: [links.scheiden],
  },
];
