import type { KnowledgeEntry } from '../../core/config/schema/index.js';

/** The house (rent, mortgage, who stays, finding a place) and money (toeslagen, budget, debts, money advice); practical matters. */
export const homeMoneyKnowledge: KnowledgeEntry[] = [
  {
    id: 'toeslagen-na-scheiding',
    question: { nl: 'Wat gebeurt er met mijn toeslagen als ik ga scheiden?', en: 'What happens to my benefits (toeslagen) when I separate?' },
    alternatives: [
      'wat gebeurt er met mijn toeslagen',
      'toeslagen na scheiding',
      'huurtoeslag na scheiding',
      'zorgtoeslag scheiding doorgeven',
      'moet ik de scheiding doorgeven aan de belastingdienst',
      'kindgebonden budget na scheiding',
      'krijg ik meer toeslag als ik alleen ben',
      'what happens to my benefits after divorce',
      'allowances after separation',
    ],
    answer: {
      nl: `Na een scheiding veranderen uw toeslagen meestal, bijvoorbeeld huurtoeslag, zorgtoeslag of kindgebonden budget. Geef de verandering door in Mijn toeslagen bij de Belastingdienst.\n\nWilt u weten wat dit voor u betekent? Vraag het de Belastingdienst, of vraag gratis advies bij [Het Juridisch Loket](https://www.juridischloket.nl).`,
      en: `After separating, your benefits (toeslagen) usually change, for example housing benefit, healthcare benefit or the child budget. Pass on the change in Mijn toeslagen at the Belastingdienst (tax office).\n\nWant to know what this means for you? Ask the Belastingdienst, or ask for free advice at [Het Juridisch Loket](https://www.juridischloket.nl).`,
    },
    keywords: ['toeslagen', 'toeslag', 'huurtoeslag', 'zorgtoeslag', 'kindgebonden budget', 'belastingdienst', 'doorgeven', 'benefits', 'allowance', 'tax'],
    themes: ['geld', 'wonen'],
    links: [{ label: { nl: 'Belastingdienst', en: 'Belastingdienst (tax office)' }, url: 'https://www.belastingdienst.nl' }],
    source: 'https://www.belastingdienst.nl',
  },
];
