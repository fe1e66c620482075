import type { KnowledgeEntry } from '../core/config/schema/index.js';

/**
 * The national knowledge base the chat answers from. Only facts from the checked sources in
 * `source` (see ../shared/CONTENT-FACTS.md, checked 2026-11-23), phrased as information, not
 * advice. Legal and money topics end with where to get advice. A gemeente can replace an entry
 * by id, add its own, or hide one (`hide`).
 */
const ADVICE_NL = 'Wilt u weten wat dit voor u betekent? Vraag gratis advies bij [Het Juridisch Loket](https://www.juridischloket.nl), of praat met een mediator of advocaat.';
const ADVICE_EN = 'Want to know what this means for you? Ask for free advice at [Het Juridisch Loket](https://www.juridischloket.nl), or talk to a mediator or lawyer.';

export const nationalKnowledge: KnowledgeEntry[] = [
  {
    id: 'ouderschapsplan-verplicht',
    question: { nl: 'Moeten wij een ouderschapsplan maken?', en: 'Do we have to make a parenting plan?' },
    answer: {
      nl: `Ja, als u samen het gezag heeft over een kind onder de 18 en u gaat scheiden of uw geregistreerd partnerschap beëindigen. Volgens de Rijksoverheid geldt dat ook als u samenwoont, samen het gezag heeft en uit elkaar gaat.\n\n${ADVICE_NL}`,
      en: `Yes, if you have joint authority over a child under 18 and you divorce or end your registered partnership. According to the Dutch government, this also applies if you live together, have joint authority and separate.\n\n${ADVICE_EN}`,
    },
    keywords: ['ouderschapsplan', 'verplicht', 'moeten', 'gezag', 'kinderen', 'parenting plan', 'required', 'authority'],
    themes: ['kinderen', 'juridisch'],
    links: [{ label: { nl: 'Checklist ouderschapsplan (Rijksoverheid)', en: 'Parenting plan checklist (Dutch government)' }, url: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken' }],
    source: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
  },
  {
    id: 'ouderschapsplan-inhoud',
    question: { nl: 'Wat staat er in een ouderschapsplan?', en: 'What goes into a parenting plan?' },
    answer: {
      nl: `In een ouderschapsplan staat in elk geval:\n- hoe u de zorg en opvoeding verdeelt;\n- hoe u elkaar informeert en overlegt over uw kind;\n- hoe u de kosten van verzorging en opvoeding betaalt.\n\nMeer uitleg vindt u bij [Het Juridisch Loket](https://www.juridischloket.nl/familie-en-relatie/ouderschap/ouderschapsplan/). ${ADVICE_NL}`,
      en: `A parenting plan contains at least:\n- how you share care and upbringing;\n- how you inform and consult each other about your child;\n- how you pay the costs of care and upbringing.\n\nMore explanation at [Het Juridisch Loket](https://www.juridischloket.nl/familie-en-relatie/ouderschap/ouderschapsplan/). ${ADVICE_EN}`,
    },
    keywords: ['ouderschapsplan', 'inhoud', 'zorgregeling', 'omgangsregeling', 'afspraken', 'kosten', 'parenting plan', 'contents', 'agreements'],
    themes: ['kinderen', 'juridisch'],
    links: [{ label: { nl: 'Checklist ouderschapsplan (Rijksoverheid)', en: 'Parenting plan checklist (Dutch government)' }, url: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken' }],
    source: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/vraag-en-antwoord/checklist-ouderschapsplan-maken',
  },
  {
    id: 'partneralimentatie-duur',
    question: { nl: 'Hoe lang duurt partneralimentatie?', en: 'How long does partner alimony last?' },
    answer: {
      nl: `Voor scheidingen vanaf 1 januari 2020 geldt: partneralimentatie duurt maximaal de helft van de tijd dat u getrouwd was, met een maximum van 5 jaar. Er zijn uitzonderingen, bijvoorbeeld bij een lang huwelijk vlak voor de AOW-leeftijd, of als er jonge kinderen zijn.\n\n${ADVICE_NL}`,
      en: `For divorces from 1 January 2020: partner alimony lasts at most half the length of the marriage, with a maximum of 5 years. There are exceptions, for example a long marriage close to state pension age, or when there are young children.\n\n${ADVICE_EN}`,
    },
    keywords: ['partneralimentatie', 'alimentatie', 'duur', 'hoelang', 'vijf jaar', 'alimony', 'spousal', 'how long'],
    themes: ['geld', 'juridisch'],
    source: 'https://zoek.officielebekendmakingen.nl/stb-2019-283.html',
  },
  {
    id: 'alimentatie-niet-betaald',
    question: { nl: 'De alimentatie wordt niet betaald. Wat kan ik doen?', en: 'The alimony is not being paid. What can I do?' },
    answer: {
      nl: `Heeft de rechter de alimentatie vastgesteld en wordt die niet betaald? Dan kan het LBIO (Landelijk Bureau Inning Onderhoudsbijdragen) het geld voor u innen. Dat is gratis voor de ouder die het geld moet krijgen. Dit geldt voor kinderalimentatie en partneralimentatie.\n\n${ADVICE_NL}`,
      en: `Was the alimony set by a court and is it not being paid? Then the LBIO (national bureau for collecting maintenance) can collect the money for you. This is free for the parent who is owed the money. It applies to child and partner alimony.\n\n${ADVICE_EN}`,
    },
    keywords: ['alimentatie', 'kinderalimentatie', 'niet betaald', 'innen', 'lbio', 'betaalt niet', 'alimony', 'not paid', 'collect'],
    themes: ['geld'],
    links: [{ label: { nl: 'LBIO: als alimentatie niet betaald wordt', en: 'LBIO: when alimony is not paid' }, url: 'https://www.lbio.nl/als-alimentatie-niet-betaald-wordt/' }],
    source: 'https://www.lbio.nl/als-alimentatie-niet-betaald-wordt/',
  },
  {
    id: 'scheiding-procedure',
    question: { nl: 'Moet een scheiding via de rechter?', en: 'Does a divorce have to go through the court?' },
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
    id: 'toeslagen-na-scheiding',
    question: { nl: 'Wat gebeurt er met mijn toeslagen als ik ga scheiden?', en: 'What happens to my benefits (toeslagen) when I separate?' },
    answer: {
      nl: `Na een scheiding veranderen uw toeslagen meestal, bijvoorbeeld huurtoeslag, zorgtoeslag of kindgebonden budget. Geef de verandering door in Mijn toeslagen bij de Belastingdienst.\n\nWilt u weten wat dit voor u betekent? Vraag het de Belastingdienst, of vraag gratis advies bij [Het Juridisch Loket](https://www.juridischloket.nl).`,
      en: `After separating, your benefits (toeslagen) usually change, for example housing benefit, healthcare benefit or the child budget. Pass on the change in Mijn toeslagen at the Belastingdienst (tax office).\n\nWant to know what this means for you? Ask the Belastingdienst, or ask for free advice at [Het Juridisch Loket](https://www.juridischloket.nl).`,
    },
    keywords: ['toeslagen', 'toeslag', 'huurtoeslag', 'zorgtoeslag', 'kindgebonden budget', 'belastingdienst', 'doorgeven', 'benefits', 'allowance', 'tax'],
    themes: ['geld', 'wonen'],
    links: [{ label: { nl: 'Belastingdienst', en: 'Belastingdienst (tax office)' }, url: 'https://www.belastingdienst.nl' }],
    source: 'https://www.belastingdienst.nl',
  },
  {
    id: 'mediator-vinden',
    question: { nl: 'Hoe vind ik een mediator?', en: 'How do I find a mediator?' },
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
    answer: {
      nl: 'Bij Het Juridisch Loket krijgt u gratis juridisch advies, bijvoorbeeld over het ouderschapsplan, alimentatie en de procedure. Kijk op [juridischloket.nl](https://www.juridischloket.nl) hoe u contact opneemt.',
      en: 'Het Juridisch Loket gives free legal advice, for example about the parenting plan, alimony and the procedure. See [juridischloket.nl](https://www.juridischloket.nl) for how to get in touch.',
    },
    keywords: ['juridisch loket', 'juridisch advies', 'gratis advies', 'rechten', 'wet', 'legal advice', 'free advice', 'rights'],
    themes: ['juridisch', 'geld'],
    source: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
  },
  {
    id: 'kinderen-steun',
    question: { nl: 'Waar kan mijn kind terecht over de scheiding?', en: 'Where can my child go for support about the separation?' },
    answer: {
      nl: 'Er is steun voor kinderen zelf:\n- [Villa Pinedo](https://www.villapinedo.nl): een online plek voor kinderen van gescheiden ouders, met een forum en een Buddy-programma. Buddies zijn jongvolwassenen die het zelf meemaakten. Kinderen vanaf ongeveer 10 jaar kunnen zich zelf aanmelden.\n- [KIES](https://www.kiesvoorhetkind.nl): een groepsprogramma voor kinderen (4–6, 7–12 en 13–17 jaar) met een gecertificeerde KIES-coach, met bijeenkomsten voor ouders.\n- [De Kindertelefoon](https://www.kindertelefoon.nl): voor kinderen van 8 tot 18 jaar, bellen (0800-0432) of chatten, gratis en anoniem.',
      en: 'There is support for children themselves:\n- [Villa Pinedo](https://www.villapinedo.nl): an online place for children of separated parents, with a forum and a Buddy programme. Buddies are young adults who went through it. Children from about 10 can sign up themselves.\n- [KIES](https://www.kiesvoorhetkind.nl): a group programme for children (ages 4–6, 7–12 and 13–17) with a certified KIES coach, with meetings for parents.\n- [De Kindertelefoon](https://www.kindertelefoon.nl): for children aged 8 to 18, call (0800-0432) or chat, free and anonymous.',
    },
    keywords: ['kind', 'kinderen', 'zoon', 'dochter', 'steun', 'praten', 'villa pinedo', 'kies', 'kindertelefoon', 'buddy', 'child', 'children', 'support'],
    themes: ['kinderen', 'emoties'],
    source: 'https://www.villapinedo.nl/english/',
  },
  {
    id: 'kinderen-vertellen',
    question: { nl: 'Hoe vertel ik mijn kinderen dat we gaan scheiden?', en: 'How do I tell my children we are separating?' },
    answer: {
      nl: 'Dat is voor veel ouders een moeilijk gesprek. U hoeft het niet alleen uit te zoeken:\n- [Villa Pinedo](https://www.villapinedo.nl) heeft training voor ouders, en een plek waar kinderen van gescheiden ouders hun verhaal delen.\n- [KIES](https://www.kiesvoorhetkind.nl) heeft bijeenkomsten voor ouders naast de groep voor kinderen.\n\nWilt u er met iemand over praten? Vraag in deze chat naar een medewerker.',
      en: 'For many parents this is a hard conversation. You do not have to figure it out alone:\n- [Villa Pinedo](https://www.villapinedo.nl) offers training for parents, and a place where children of separated parents share their stories.\n- [KIES](https://www.kiesvoorhetkind.nl) has meetings for parents next to the group for children.\n\nWould you like to talk it through with someone? Ask for a person in this chat.',
    },
    keywords: ['vertellen', 'kinderen vertellen', 'uitleggen', 'gesprek', 'zeggen', 'tell', 'children', 'explain'],
    themes: ['kinderen', 'emoties'],
    source: 'https://www.villapinedo.nl/english/',
  },
  {
    id: 'huiselijk-geweld',
    question: { nl: 'Wat kan ik doen bij huiselijk geweld?', en: 'What can I do about domestic violence?' },
    answer: {
      nl: 'Bent u in direct gevaar? Bel 112.\n\nVeilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Bel [0800-2000](tel:08002000): gratis, dag en nacht, en u mag anoniem bellen. Chatten kan op [veiligthuis.nl](https://veiligthuis.nl).',
      en: 'In danger right now? Call 112.\n\nVeilig Thuis is the advice and reporting point for domestic violence and child abuse. Call [0800-2000](tel:08002000): free, day and night, and you may call anonymously. You can chat at [veiligthuis.nl](https://veiligthuis.nl).',
    },
    keywords: ['veilig thuis', 'huiselijk', 'mishandeling', 'kindermishandeling', 'melden', 'domestic', 'abuse', 'report'],
    themes: ['veiligheid'],
    source: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  },
  {
    id: 'scheiden-zonder-schade',
    question: { nl: 'Wat is Scheiden zonder Schade?', en: 'What is Scheiden zonder Schade?' },
    answer: {
      nl: 'Scheiden zonder Schade was een programma van de ministeries van Justitie en Veiligheid en van VWS, samen met de VNG (2018–2021). Het programma bedacht het DigiPlein en de DigiBegeleider: een plek waar ouders die uit elkaar gaan snel informatie en hulp vinden.',
      en: 'Scheiden zonder Schade ("separating without harm") was a programme of the ministries of Justice and Security and of Health, Welfare and Sport, with the association of municipalities VNG (2018–2021). It sketched the DigiPlein and the DigiBegeleider: a place where separating parents quickly find information and help.',
    },
    keywords: ['scheiden zonder schade', 'digiplein', 'digibegeleider', 'programma', 'wie zijn jullie', 'who are you'],
    source: 'https://www.rijksoverheid.nl/onderwerpen/scheiden/ouderschap-en-scheiding',
  },
];
