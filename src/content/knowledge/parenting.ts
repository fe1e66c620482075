import type { KnowledgeEntry } from '../../core/config/schema/index.js';
import { ADVICE_EN, ADVICE_NL } from './advice.js';

/** The ouderschapsplan, the care arrangement (zorgregeling/omgang) and authority; child alimony and partner alimony. */
export const parentingKnowledge: KnowledgeEntry[] = [
  {
    id: 'ouderschapsplan-verplicht',
    question: { nl: 'Moeten wij een ouderschapsplan maken?', en: 'Do we have to make a parenting plan?' },
    alternatives: [
      'moet ik een ouderschapsplan maken',
      'is een ouderschapsplan verplicht',
      'ouderschapsplan verplicht?',
      'moeten we iets op papier zetten over de kinderen',
      'we gaan uit elkaar met kinderen, moet er een plan komen',
      'wij woonden samen, moeten we ook een ouderschapsplan',
      'ouderschapsplam verplicht',
      'is dat plan voor de kinderen echt nodig',
      'moet dat ouderschapsplan bij samenwonen ook',
      'do we need a parenting plan',
      'is a parenting plan mandatory',
      'is a parenting plan required when unmarried',
    ],
    answer: {
      nl: `Ja, als u samen het gezag heeft over een kind onder de 18 en u gaat scheiden of uw geregistreerd partnerschap beëindigen. Volgens de Rijksoverheid geldt dat ook als u samenwoont, samen het gezag heeft en uit elkaar gaat.\n\n${ADVICE_NL}`,
      en: `Yes, if you have joint authority over a child under 18 and you divorce or end your registered partnership. According to the Dutch government, this also applies if you live together, have joint authority and separate.\n\n${ADVICE_EN}`,
    },
    keywords: ['ouderschapsplan', 'verplicht', 'moeten', 'gezag', 'kinderen', 'parenting plan', 'required', 'authority'],
    themes: ['kinderen', 'juridisch'],
    links: [
      {
        label: { nl: 'Checklist ouderschapsplan (Rijksoverheid)', en: 'Parenting plan checklist (Dutch government)' },
        url: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
      },
    ],
    source: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
  },
  {
    id: 'ouderschapsplan-inhoud',
    question: { nl: 'Wat staat er in een ouderschapsplan?', en: 'What goes into a parenting plan?' },
    alternatives: [
      'wat staat er in een ouderschapsplan',
      'wat moet er in het ouderschapsplan',
      'ouderschapsplan inhoud',
      'wat zet je in een ouderschapsplan',
      'welke afspraken horen in het ouderschapsplan',
      'voorbeeld ouderschapsplan',
      'wat regel je in zo een plan voor de kinderen',
      'what goes in a parenting plan',
      'what should a parenting plan contain',
      'parenting plan contents',
    ],
    answer: {
      nl: `In een ouderschapsplan staat in elk geval:\n- hoe u de zorg en opvoeding verdeelt;\n- hoe u elkaar informeert en overlegt over uw kind;\n- hoe u de kosten van verzorging en opvoeding betaalt.\n\nMeer uitleg vindt u bij [Het Juridisch Loket](https://www.juridischloket.nl/familie-en-relatie/ouderschap/ouderschapsplan/). ${ADVICE_NL}`,
      en: `A parenting plan contains at least:\n- how you share care and upbringing;\n- how you inform and consult each other about your child;\n- how you pay the costs of care and upbringing.\n\nMore explanation at [Het Juridisch Loket](https://www.juridischloket.nl/familie-en-relatie/ouderschap/ouderschapsplan/). ${ADVICE_EN}`,
    },
    keywords: [
      'ouderschapsplan',
      'inhoud',
      'zorgregeling',
      'omgangsregeling',
      'afspraken',
      'kosten',
      'parenting plan',
      'contents',
      'agreements',
    ],
    themes: ['kinderen', 'juridisch'],
    links: [
      {
        label: { nl: 'Checklist ouderschapsplan (Rijksoverheid)', en: 'Parenting plan checklist (Dutch government)' },
        url: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
      },
    ],
    source: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
  },
  {
    id: 'partneralimentatie-duur',
    question: { nl: 'Hoe lang duurt partneralimentatie?', en: 'How long does partner alimony last?' },
    alternatives: [
      'hoe lang moet ik partneralimentatie betalen',
      'hoelang duurt partneralimentatie',
      'partneralimentatie maximaal hoeveel jaar',
      'tot wanneer krijg ik alimentatie van mijn ex man',
      'hoe lang krijg ik alimentatie voor mezelf',
      'wanneer stopt partneralimentatie',
      'partner alimentatie 5 jaar',
      'hoe lang duurt alimentatie voor de ex',
      'how long do i pay spousal support',
      'how long does partner alimony last',
      'how long spousal maintenance netherlands',
    ],
    answer: {
      nl: `Is het verzoek tot echtscheiding op of na 1 januari 2020 ingediend? Dan geldt: partneralimentatie duurt maximaal de helft van de tijd dat u getrouwd was, met een maximum van 5 jaar. Er zijn uitzonderingen, bijvoorbeeld bij een huwelijk van meer dan 15 jaar als degene die alimentatie krijgt binnen 10 jaar de AOW-leeftijd bereikt, of als er kinderen jonger dan 12 zijn.\n\n${ADVICE_NL}`,
      en: `Was the divorce request filed on or after 1 January 2020? Then: partner alimony lasts at most half the length of the marriage, with a maximum of 5 years. There are exceptions, for example a marriage of more than 15 years when the person receiving alimony reaches state pension age within 10 years, or when there are children under 12.\n\n${ADVICE_EN}`,
    },
    keywords: ['partneralimentatie', 'alimentatie', 'duur', 'hoelang', 'vijf jaar', 'alimony', 'spousal', 'how long'],
    themes: ['geld', 'juridisch'],
    source: [
      'https://zoek.officielebekendmakingen.nl/stb-2019-283.html',
      'https://www.consumentenbond.nl/geldgids/geldgids-uitgelicht/partneralimentatie',
    ],
  },
  {
    id: 'alimentatie-niet-betaald',
    question: { nl: 'De alimentatie wordt niet betaald. Wat kan ik doen?', en: 'The alimony is not being paid. What can I do?' },
    alternatives: [
      'mijn ex betaalt de alimentatie niet',
      'alimentatie wordt niet betaald',
      'ex betaalt geen kinderalimentatie meer',
      'wat als de alimentatie niet wordt betaald',
      'hij stopt met betalen van onderhoudsgeld',
      'alimentatie innen',
      'kan het lbio de alimentatie innen',
      'ze betaalt al maanden niks voor de kinderen',
      'achterstand alimentatie',
      'my ex does not pay child support',
      'alimony not paid what can i do',
      'who collects unpaid maintenance',
    ],
    answer: {
      nl: `Heeft de rechter de alimentatie vastgesteld en wordt die niet betaald? Dan kan het LBIO (Landelijk Bureau Inning Onderhoudsbijdragen) het geld voor u innen. Dat is gratis voor wie het geld moet krijgen. Dit geldt voor kinderalimentatie en partneralimentatie.\n\n${ADVICE_NL}`,
      en: `Was the alimony set by a court and is it not being paid? Then the LBIO (national bureau for collecting maintenance) can collect the money for you. This is free for the person who is owed the money. It applies to child and partner alimony.\n\n${ADVICE_EN}`,
    },
    keywords: ['alimentatie', 'kinderalimentatie', 'niet betaald', 'innen', 'lbio', 'betaalt niet', 'alimony', 'not paid', 'collect'],
    themes: ['geld'],
    links: [
      {
        label: { nl: 'LBIO: als alimentatie niet betaald wordt', en: 'LBIO: when alimony is not paid' },
        url: 'https://www.lbio.nl/als-alimentatie-niet-betaald-wordt/',
      },
    ],
    source: 'https://www.lbio.nl/als-alimentatie-niet-betaald-wordt/',
  },
  {
    id: 'ouderschapsplan-samenwonend',
    question: {
      nl: 'Wij waren niet getrouwd. Moeten we toch een ouderschapsplan maken?',
      en: 'We were not married. Do we still need a parenting plan?',
    },
    alternatives: [
      'we woonden samen, moeten we een ouderschapsplan',
      'ouderschapsplan bij samenwonen',
      'niet getrouwd ouderschapsplan verplicht',
      'samenwonend met kinderen uit elkaar',
      'we hadden een samenlevingscontract en gaan uit elkaar met kinderen',
      'parenting plan when not married',
      'do unmarried parents need a parenting plan',
    ],
    answer: {
      nl: `Volgens de Rijksoverheid geldt de plicht om een ouderschapsplan te maken ook als u samenwoont, samen het gezag over een kind onder de 18 heeft en uit elkaar gaat. In het plan staat hoe u de zorg verdeelt, hoe u elkaar informeert en hoe u de kosten betaalt.

${ADVICE_NL}`,
      en: `According to the Dutch government, the duty to make a parenting plan also applies if you live together, have joint authority over a child under 18 and separate. The plan says how you share the care, how you keep each other informed and how you pay the costs.

${ADVICE_EN}`,
    },
    keywords: ['samenwonen', 'niet getrouwd', 'samenlevingscontract', 'ouderschapsplan', 'gezag', 'unmarried', 'cohabiting'],
    themes: ['kinderen', 'juridisch'],
    source: ['https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken'],
  },
];
