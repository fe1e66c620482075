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
];
