/**
 * The national training as `<digiplein-training>` loads it with the page: its title, its
 * introduction and per chapter what the overview and the progress need. The chapters' bodies
 * (sections, questions, self-checks, steps) are in ./training-chapters.ts, a chunk that loads
 * when a parent opens a chapter, prints, or comes back with progress (src/widgets/training/chapters.ts).
 */

import type { Text, TrainingChapterOutline } from '../core/config/schema/index.js';

export interface TrainingOutline {
  id: string;
  title: Text;
  intro: Text;
  chapters: TrainingChapterOutline[];
}

export const nationalTrainingOutline: TrainingOutline = {
  id: 'nationale-training-uit-elkaar',
  title: {
    nl: 'Uit elkaar gaan als ouders: online training',
    en: 'Separating as parents: online training',
  },
  intro: {
    nl: 'Deze training is voor ouders die uit elkaar gaan. In vier hoofdstukken leest u wat een scheiding betekent voor kinderen, hoe u met de andere ouder kunt praten, welke afspraken u maakt en hoe u voor uzelf zorgt. Elk hoofdstuk duurt 10 tot 15 minuten. U bepaalt zelf het tempo. De vragen beantwoordt u voor uzelf: uw antwoorden blijven op uw eigen apparaat. De training geeft informatie, geen persoonlijk advies.',
    en: 'This training is for parents who are separating. In four chapters you read what a separation means for children, how you can talk with the other parent, which arrangements you make and how you take care of yourself. Each chapter takes 10 to 15 minutes. You set your own pace. You answer the questions for yourself: your answers stay on your own device. The training gives information, not personal advice.',
  },
  // `parts` and `answers` follow the bodies (a test checks that they agree)
  chapters: [
    {
      id: 'kinderen',
      title: { nl: 'Wat een scheiding betekent voor kinderen', en: 'What a separation means for children' },
      minutes: 12,
      parts: 6,
      answers: [
        'kinderen-reflectie-signalen',
        'kinderen-reflectie-boodschap',
        'kinderen-reflectie-klem',
        'kinderen-check-schuld',
        'kinderen-check-vertellen',
        'kinderen-check-loyaliteit',
      ],
    },
    {
      id: 'samen-praten',
      title: { nl: 'Praten met de andere ouder', en: 'Talking with the other parent' },
      minutes: 12,
      parts: 5,
      answers: [
        'samen-reflectie-ruzie',
        'samen-reflectie-manier',
        'samen-reflectie-kind',
        'samen-check-bericht',
        'samen-check-mediator',
        'samen-check-plan-aanpassen',
      ],
    },
    {
      id: 'afspraken',
      title: { nl: 'De afspraken maken', en: 'Making the arrangements' },
      minutes: 15,
      parts: 6,
      answers: [
        'afspraken-reflectie-belangrijk',
        'afspraken-reflectie-geld',
        'afspraken-reflectie-wonen',
        'afspraken-check-verplicht',
        'afspraken-check-alimentatie',
        'afspraken-check-huur',
      ],
    },
    {
      id: 'zorg-voor-jezelf',
      title: { nl: 'Zorg voor uzelf en vind hulp', en: 'Take care of yourself and find help' },
      minutes: 12,
      parts: 6,
      answers: [
        'zelf-reflectie-energie',
        'zelf-reflectie-mensen',
        'zelf-reflectie-signalen',
        'zelf-check-stress',
        'zelf-check-juridisch-loket',
        'zelf-check-veilig',
      ],
    },
  ],
};
