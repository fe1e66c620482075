import type { Conversation } from '../core/config/schema/index.js';

/**
 * Default guided conversations of the DigiBegeleider. Every fact in them comes from the
 * national pack (offers and knowledge, with sources); the conversations only lead the way.
 * A gemeente can replace one by id, add its own, or hide one.
 */
export const nationalConversations: Conversation[] = [
  {
    id: 'kinderen-vertellen',
    title: { nl: 'Hoe vertel ik het de kinderen?', en: 'How do I tell the children?' },
    start: 'intro',
    nodes: {
      intro: {
        type: 'message',
        text: {
          nl: 'Dat is voor veel ouders een moeilijk gesprek. U hoeft het niet alleen uit te zoeken.',
          en: 'For many parents this is a hard conversation. You do not have to figure it out alone.',
        },
        next: 'wie',
      },
      wie: {
        type: 'choice',
        text: { nl: 'Waar wilt u meer over weten?', en: 'What would you like to know more about?' },
        choices: [
          { label: { nl: 'Hulp voor mij als ouder', en: 'Help for me as a parent' }, next: 'ouders' },
          { label: { nl: 'Steun voor mijn kind', en: 'Support for my child' }, next: 'kinderen' },
          { label: { nl: 'Ik wil iemand spreken', en: 'I want to talk to someone' }, next: 'persoon' },
        ],
      },
      ouders: {
        type: 'message',
        text: {
          nl: '[Villa Pinedo](https://www.villapinedo.nl) heeft training voor ouders. [KIES](https://www.kiesvoorhetkind.nl) heeft bijeenkomsten voor ouders, naast de groep voor kinderen.',
          en: '[Villa Pinedo](https://www.villapinedo.nl) offers training for parents. [KIES](https://www.kiesvoorhetkind.nl) has meetings for parents, next to the group for children.',
        },
        next: 'verder',
      },
      kinderen: {
        type: 'message',
        text: {
          nl: 'Voor kinderen zelf:\n- [Villa Pinedo](https://www.villapinedo.nl): een forum en een Buddy-programma met jongvolwassenen die het zelf meemaakten.\n- [KIES](https://www.kiesvoorhetkind.nl): een groep voor kinderen van 4–6, 7–12 of 13–17 jaar.\n- [De Kindertelefoon](https://www.kindertelefoon.nl): 8 tot 18 jaar, bel 0800-0432, gratis en anoniem.',
          en: 'For children themselves:\n- [Villa Pinedo](https://www.villapinedo.nl): a forum and a Buddy programme with young adults who went through it.\n- [KIES](https://www.kiesvoorhetkind.nl): a group for children aged 4–6, 7–12 or 13–17.\n- [De Kindertelefoon](https://www.kindertelefoon.nl): ages 8 to 18, call 0800-0432, free and anonymous.',
        },
        next: 'verder',
      },
      verder: {
        type: 'choice',
        text: { nl: 'Kan ik nog iets voor u doen?', en: 'Can I help you with anything else?' },
        choices: [
          { label: { nl: 'Ik wil iemand spreken', en: 'I want to talk to someone' }, next: 'persoon' },
          { label: { nl: 'Nee, dank u', en: 'No, thank you' }, next: 'einde' },
        ],
      },
      einde: {
        type: 'message',
        text: { nl: 'Fijn. U kunt hier altijd een nieuwe vraag stellen.', en: 'Good. You can always ask a new question here.' },
      },
      persoon: { type: 'handoff' },
    },
  },
  {
    id: 'wat-regelen',
    title: { nl: 'Wat moet er allemaal geregeld worden?', en: 'What needs to be arranged?' },
    start: 'overzicht',
    nodes: {
      overzicht: {
        type: 'message',
        text: {
          nl: 'Bij een scheiding regelt u meestal:\n- afspraken over de kinderen: als u samen het gezag heeft, maakt u een ouderschapsplan;\n- geld: alimentatie, en uw toeslagen geeft u door bij de Belastingdienst;\n- wonen: wie waar gaat wonen;\n- de procedure: een echtscheiding gaat altijd via de rechter, met een advocaat.\n\nVraag gratis advies bij [Het Juridisch Loket](https://www.juridischloket.nl) als u wilt weten wat dit voor u betekent.',
          en: 'When you separate you usually arrange:\n- agreements about the children: with joint authority you make a parenting plan;\n- money: alimony, and you pass on changes to your benefits to the Belastingdienst;\n- housing: who will live where;\n- the procedure: a divorce always goes through the court, with a lawyer.\n\nAsk for free advice at [Het Juridisch Loket](https://www.juridischloket.nl) to learn what this means for you.',
        },
        next: 'route',
      },
      route: {
        type: 'widget',
        text: {
          nl: 'Hier ziet u de stappen op een rij. U kunt bijhouden wat al klaar is.',
          en: 'Here are the steps in order. You can keep track of what is done.',
        },
        widget: 'stap-tracker',
        next: 'verder',
      },
      verder: {
        type: 'choice',
        text: { nl: 'Waar wilt u verder mee?', en: 'What would you like to do next?' },
        choices: [
          { label: { nl: 'Hulp zoeken in mijn gemeente', en: 'Find help in my municipality' }, next: 'naar-hulp' },
          { label: { nl: 'Ik wil iemand spreken', en: 'I want to talk to someone' }, next: 'persoon' },
        ],
      },
      'naar-hulp': { type: 'widget', widget: 'hulpzoeker' },
      persoon: { type: 'handoff' },
    },
  },
  {
    id: 'hulp-in-gemeente',
    title: { nl: 'Ik zoek hulp in mijn gemeente', en: 'I am looking for help in my municipality' },
    start: 'postcode',
    nodes: {
      postcode: {
        type: 'question',
        text: {
          nl: 'Wat is uw postcode? De cijfers zijn genoeg, bijvoorbeeld 1234.',
          en: 'What is your postcode? The digits are enough, for example 1234.',
        },
        input: 'postcode',
        store: 'postcode',
        next: 'resultaten',
      },
      resultaten: {
        type: 'widget',
        text: { nl: 'Dit is de hulp bij u in de buurt en landelijk.', en: 'This is the help near you and nationwide.' },
        widget: 'hulpzoeker',
        options: { postcode: '{postcode}', 'show-results': 'true' },
      },
    },
  },
  {
    id: 'iemand-spreken',
    title: { nl: 'Ik wil iemand spreken', en: 'I want to talk to someone' },
    start: 'persoon',
    nodes: { persoon: { type: 'handoff' } },
  },
];
