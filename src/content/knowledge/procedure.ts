import type { KnowledgeEntry } from '../../core/config/schema/index.js';
import { ADVICE_EN, ADVICE_NL } from './advice.js';

/** The procedure (together or alone, how long, costs, lawyer, mediator, court, subsidised legal aid), emotions and stress. */
export const procedureKnowledge: KnowledgeEntry[] = [
  {
    id: 'scheiding-procedure',
    question: { nl: 'Moet een scheiding via de rechter?', en: 'Does a divorce have to go through the court?' },
    alternatives: [
      'moet een scheiding via de rechter',
      'kan scheiden zonder rechter',
      'heb ik een advocaat nodig om te scheiden',
      'hoe gaat een echtscheiding',
      'scheiden zonder advocaat mogelijk',
      'geregistreerd partnerschap beeindigen zonder rechter',
      'gaat een scheiding altijd via de rechtbank',
      'do i need a lawyer to divorce',
      'does a divorce go through the court',
      'end registered partnership without court',
    ],
    answer: {
      nl: `Een echtscheiding gaat altijd via de rechter, met een advocaat. Een geregistreerd partnerschap zonder minderjarige kinderen kan zonder rechter eindigen, als u het er allebei over eens bent. Dat gaat via een advocaat of notaris.\n\n${ADVICE_NL}`,
      en: `A divorce always goes through the court, with a lawyer. A registered partnership without minor children can end without the court if you both agree. That goes through a lawyer or notary.\n\n${ADVICE_EN}`,
    },
    keywords: ['rechter', 'rechtbank', 'advocaat', 'procedure', 'echtscheiding', 'geregistreerd partnerschap', 'notaris', 'court', 'lawyer', 'divorce', 'registered partnership'],
    themes: ['juridisch'],
    links: [{ label: { nl: 'Rechtspraak: geregistreerd partnerschap beëindigen', en: 'Judiciary: ending a registered partnership' }, url: 'https://www.rechtspraak.nl/Onderwerpen/Ontbinding-geregistreerd-partnerschap' }],
    source: 'https://www.rechtspraak.nl/Onderwerpen/Ontbinding-geregistreerd-partnerschap',
  },
  {
    id: 'mediator-vinden',
    question: { nl: 'Hoe vind ik een mediator?', en: 'How do I find a mediator?' },
    alternatives: [
      'hoe vind ik een mediator',
      'mediator zoeken',
      'waar vind ik een goede bemiddelaar',
      'scheidingsmediator in de buurt',
      'geregistreerde mediator',
      'wie kan ons helpen samen afspraken te maken',
      'mediation zoeken voor scheiding',
      'mediaton',
      'find a mediator',
      'where do i find a divorce mediator',
    ],
    answer: {
      nl: 'Een mediator helpt u samen afspraken te maken, bijvoorbeeld over de kinderen en het geld. Geregistreerde mediators vindt u in het [MfN-register](https://mfnregister.nl). Advocaten familierecht en scheidingsmediators vindt u bij de [vFAS](https://www.verenigingfas.nl).',
      en: 'A mediator helps you make agreements together, for example about the children and money. Registered mediators are listed in the [MfN register](https://mfnregister.nl). Family-law lawyers and divorce mediators are listed at [vFAS](https://www.verenigingfas.nl).',
    },
    keywords: ['mediator', 'mediation', 'bemiddeling', 'samen afspraken', 'advocaat', 'mfn', 'vfas', 'lawyer'],
    themes: ['juridisch', 'kinderen', 'emoties'],
    source: 'https://mfnregister.nl/faq/',
  },
  {
    id: 'juridisch-advies',
    question: { nl: 'Waar krijg ik gratis juridisch advies?', en: 'Where can I get free legal advice?' },
    alternatives: [
      'waar krijg ik gratis juridisch advies',
      'gratis advies over mijn rechten',
      'juridisch loket',
      'wat zijn mijn rechten bij een scheiding',
      'ik wil advies maar heb weinig geld',
      'wie kan mij juridisch adviseren',
      'rechtshulp gratis',
      'free legal advice',
      'where can i get legal advice for free',
    ],
    answer: {
      nl: 'Bij Het Juridisch Loket krijgt u gratis juridisch advies, bijvoorbeeld over het ouderschapsplan, alimentatie en de procedure. Kijk op [juridischloket.nl](https://www.juridischloket.nl) hoe u contact opneemt.',
      en: 'Het Juridisch Loket gives free legal advice, for example about the parenting plan, alimony and the procedure. See [juridischloket.nl](https://www.juridischloket.nl) for how to get in touch.',
    },
    keywords: ['juridisch loket', 'juridisch advies', 'gratis advies', 'rechten', 'wet', 'legal advice', 'free advice', 'rights'],
    themes: ['juridisch', 'geld'],
    source: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
  },
  {
    id: 'scheiden-zonder-schade',
    question: { nl: 'Wat is Scheiden zonder Schade?', en: 'What is Scheiden zonder Schade?' },
    alternatives: [
      'wat is scheiden zonder schade',
      'wat is het digiplein',
      'wie zijn jullie',
      'wat is de digibegeleider',
      'wie heeft deze chat gemaakt',
      'what is scheiden zonder schade',
      'who are you',
    ],
    answer: {
      nl: 'Scheiden zonder Schade was een programma van de ministeries van Justitie en Veiligheid en van VWS, samen met de VNG (2018–2021). Het programma bedacht het DigiPlein en de DigiBegeleider: een plek waar ouders die uit elkaar gaan snel informatie en hulp vinden.',
      en: 'Scheiden zonder Schade ("separating without harm") was a programme of the ministries of Justice and Security and of Health, Welfare and Sport, with the association of municipalities VNG (2018–2021). It sketched the DigiPlein and the DigiBegeleider: a place where separating parents quickly find information and help.',
    },
    keywords: ['scheiden zonder schade', 'digiplein', 'digibegeleider', 'programma', 'wie zijn jullie', 'who are you'],
    source: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/ouderschap-en-scheiding',
  },
  {
    id: "somber-zelfmoordgedachten",
    question: { nl: "Ik voel me heel somber. Waar kan ik terecht?", en: "I feel very low. Where can I go?" },
    alternatives: ["ik voel me zo somber", "ik heb het heel zwaar sinds de scheiding", "ik zit er helemaal doorheen", "waar kan ik heen als ik me rot voel", "ik voel me depressief", "praten over somberheid", "i feel so low", "where can i get help when i feel down"],
    answer: {
      nl: "Wat fijn dat u het hier schrijft. U hoeft dit niet alleen te dragen.\n\n- Denkt u aan zelfmoord? Bel 113 Zelfmoordpreventie: [0800-0113](tel:08000113), gratis, dag en nacht en anoniem. Chatten kan op [113.nl](https://www.113.nl).\n- U kunt ook met uw huisarts praten.\n- Bent u in direct gevaar? Bel 112.\n\nWilt u met iemand van uw gemeente praten? Vraag in deze chat naar een medewerker.",
      en: "Thank you for writing it here. You do not have to carry this alone.\n\n- Thinking about suicide? Call 113 Zelfmoordpreventie: [0800-0113](tel:08000113), free, day and night and anonymous. You can chat at [113.nl](https://www.113.nl).\n- You can also talk to your GP.\n- In danger right now? Call 112.\n\nWould you like to talk to someone from your gemeente? Ask for a person in this chat.",
    },
    keywords: ["somber", "depressief", "zwaar", "113", "huisarts", "down", "depressed"],
    themes: ["emoties", "veiligheid"],
    source: ["https://www.113.nl", "https://www.hilversum.nl/Home/Sociaal_Plein/ZorgOndersteuning/Zelfmoordpreventie"],
  },
  {
    id: "praten-met-iemand",
    question: { nl: "Ik wil met iemand praten over de scheiding. Kan dat?", en: "I would like to talk to someone about the separation. Is that possible?" },
    alternatives: ["ik wil met iemand praten", "kan ik ergens mijn verhaal kwijt", "wie kan ik bellen om te praten over de scheiding", "ik heb niemand om mee te praten", "praten met een hulpverlener", "i need someone to talk to", "can i talk to someone about my divorce"],
    answer: {
      nl: "Ja. U kunt op verschillende plekken terecht:\n- in deze chat: vraag naar een medewerker;\n- bij het wijkteam of sociaal team van uw gemeente (kijk in de hulpzoeker op deze website);\n- bij uw huisarts.\n\nVoor uw kinderen is er ook steun, bijvoorbeeld [De Kindertelefoon](https://www.kindertelefoon.nl) (8 tot 18 jaar, 0800-0432, gratis en anoniem) en [Villa Pinedo](https://www.villapinedo.nl).",
      en: "Yes. You can turn to several places:\n- in this chat: ask for a person;\n- the wijkteam or social team of your gemeente (see the help finder on this website);\n- your GP.\n\nThere is support for your children too, for example [De Kindertelefoon](https://www.kindertelefoon.nl) (ages 8 to 18, 0800-0432, free and anonymous) and [Villa Pinedo](https://www.villapinedo.nl).",
    },
    keywords: ["praten", "verhaal", "hulpverlener", "wijkteam", "huisarts", "talk", "someone"],
    themes: ["emoties"],
    source: ["https://www.vriendenkindertelefoon.nl/kindertelefoon", "https://www.villapinedo.nl/english/"],
  },
  {
    id: "partnerschap-beeindigen",
    question: { nl: "Hoe beëindig ik een geregistreerd partnerschap?", en: "How do I end a registered partnership?" },
    alternatives: ["geregistreerd partnerschap beeindigen", "partnerschap ontbinden", "hoe stoppen we ons geregistreerd partnerschap", "kan het zonder rechter als we geregistreerd partners zijn", "notaris geregistreerd partnerschap", "end registered partnership", "dissolve registered partnership netherlands"],
    answer: {
      nl: `Heeft u geen minderjarige kinderen en bent u het er allebei over eens? Dan kan een geregistreerd partnerschap eindigen zonder rechter, via een advocaat of notaris.

${ADVICE_NL}`,
      en: `No minor children, and do you both agree? Then a registered partnership can end without the court, through a lawyer or notary.

${ADVICE_EN}`,
    },
    keywords: ["geregistreerd partnerschap", "partnerschap", "beeindigen", "ontbinden", "notaris", "registered partnership"],
    themes: ["juridisch"],
    source: ["https://www.rechtspraak.nl/Onderwerpen/Ontbinding-geregistreerd-partnerschap"],
  },
  {
    id: "mediation-uitleg",
    question: { nl: "Wat is mediation?", en: "What is mediation?" },
    alternatives: ["wat is mediation", "wat doet een mediator", "hoe werkt bemiddeling bij scheiden", "is mediation iets voor ons", "scheidingsbemiddeling uitleg", "what is mediation", "how does a mediator help"],
    answer: {
      nl: "Bij mediation helpt een mediator u en de andere ouder om samen afspraken te maken, bijvoorbeeld over de kinderen, het ouderschapsplan en het geld. Geregistreerde mediators vindt u in het [MfN-register](https://mfnregister.nl); scheidingsmediators ook bij de [vFAS](https://www.verenigingfas.nl).",
      en: "In mediation a mediator helps you and the other parent make agreements together, for example about the children, the parenting plan and money. Registered mediators are listed in the [MfN register](https://mfnregister.nl); divorce mediators also at [vFAS](https://www.verenigingfas.nl).",
    },
    keywords: ["mediation", "mediator", "bemiddeling", "bemiddelaar", "afspraken", "mediator"],
    themes: ["juridisch", "emoties"],
    source: ["https://mfnregister.nl/faq/", "https://www.verenigingfas.nl"],
  },
  {
    id: "advocaat-nodig",
    question: { nl: "Heb ik een advocaat nodig?", en: "Do I need a lawyer?" },
    alternatives: ["heb ik een advocaat nodig", "moet ik een advocaat nemen om te scheiden", "advocaat familierecht zoeken", "scheidingsadvocaat vinden", "kunnen we samen één advocaat nemen", "do i need a lawyer for divorce", "find a family lawyer"],
    answer: {
      nl: `Een echtscheiding gaat altijd via de rechter, met een advocaat. Advocaten familierecht en scheidingsmediators vindt u bij de [vFAS](https://www.verenigingfas.nl). Een geregistreerd partnerschap zonder minderjarige kinderen kan zonder rechter eindigen als u het allebei eens bent, via een advocaat of notaris.

${ADVICE_NL}`,
      en: `A divorce always goes through the court, with a lawyer. Family-law lawyers and divorce mediators are listed at [vFAS](https://www.verenigingfas.nl). A registered partnership without minor children can end without the court if you both agree, through a lawyer or notary.

${ADVICE_EN}`,
    },
    keywords: ["advocaat", "familierecht", "scheidingsadvocaat", "lawyer", "vfas"],
    themes: ["juridisch"],
    source: ["https://www.rechtspraak.nl/Onderwerpen/Ontbinding-geregistreerd-partnerschap", "https://www.verenigingfas.nl"],
  },
];
