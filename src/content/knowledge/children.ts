import type { KnowledgeEntry } from '../../core/config/schema/index.js';

/** Children: telling them, their reactions by age, their own help, loyalty, school, two homes, contact loss, new partners, moving, holidays; and safety. */
export const childrenKnowledge: KnowledgeEntry[] = [
  {
    id: 'kinderen-steun',
    question: { nl: 'Waar kan mijn kind terecht over de scheiding?', en: 'Where can my child go for support about the separation?' },
    alternatives: [
      'waar kan mijn kind terecht',
      'hulp voor mijn kind bij de scheiding',
      'mijn zoon wil met iemand praten',
      'steun voor kinderen van gescheiden ouders',
      'praatgroep voor kinderen',
      'lotgenoten voor mijn dochter',
      'kies groep',
      'villa pinedo',
      'kindertelefoon',
      'support for my child',
      'where can my kids get help with the divorce',
      'group for children of divorced parents',
    ],
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
    alternatives: [
      'hoe vertel ik mijn kinderen dat we gaan scheiden',
      'hoe zeg ik het tegen de kinderen',
      'kinderen vertellen over scheiding',
      'hoe breng je het nieuws aan je kinderen',
      'wat zeg ik tegen mijn kind over de scheiding',
      'hoe leg ik het uit aan mijn kinderen',
      'moeten we het samen aan de kinderen vertellen',
      'how do i tell my kids',
      'how to tell children about divorce',
      'telling the kids we are splitting up',
    ],
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
    alternatives: [
      'wat kan ik doen bij huiselijk geweld',
      'wat doet veilig thuis',
      'waar meld ik huiselijk geweld',
      'veilig thuis nummer',
      'advies bij geweld in het gezin',
      'anoniem advies over geweld thuis',
      'domestic violence what can i do',
      'veilig thuis phone number',
    ],
    answer: {
      nl: 'Bent u in direct gevaar? Bel 112.\n\nVeilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Bel [0800-2000](tel:08002000): gratis, dag en nacht, en u mag anoniem bellen. Chatten kan op [veiligthuis.nl](https://veiligthuis.nl).',
      en: 'In danger right now? Call 112.\n\nVeilig Thuis is the advice and reporting point for domestic violence and child abuse. Call [0800-2000](tel:08002000): free, day and night, and you may call anonymously. You can chat at [veiligthuis.nl](https://veiligthuis.nl).',
    },
    keywords: ['veilig thuis', 'huiselijk', 'mishandeling', 'kindermishandeling', 'melden', 'domestic', 'abuse', 'report'],
    themes: ['veiligheid'],
    source: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  },
];
