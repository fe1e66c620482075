/** Shared strings (namespace `core`), Dutch at language level B1. */
export const nl = {
  loading: 'Even geduld, we laden de hulp…',
  view: {
    loading: 'Even laden…',
    failed: 'Dit deel kon niet laden. Controleer uw verbinding en probeer het opnieuw. Wat u al invulde, blijft bewaard.',
    retry: 'Opnieuw proberen',
  },
  fallback: {
    heading: 'Hier vindt u hulp',
    intro: 'Het lukt nu niet om de hulp van uw gemeente te laten zien. U kunt wel terecht bij deze landelijke hulp:',
    retry: 'Opnieuw proberen',
    danger: 'Bent u in direct gevaar? Bel 112.',
  },
  debug: {
    heading: 'Fouten in de configuratie (alleen zichtbaar met het debug-attribuut)',
    skipped: 'overgeslagen',
    found: 'gevonden',
    document: '(hele document)',
  },
  contact: {
    call: 'Bel {{number}}',
    email: 'Mail {{address}}',
    website: 'Website',
    websiteOf: 'Website van {{name}}',
    chat: 'Chat',
    external: '(opent een andere website)',
  },
  safety: {
    heading: 'Uw veiligheid gaat voor',
    intro: 'U hoeft dit niet alleen te doen. Hier kunt u terecht:',
    quickExit: 'Snel weg',
    quickExitHint: 'Gaat direct naar een andere website en wist wat deze pagina bewaarde.',
    noticeHeading: 'Voelt u zich niet veilig?',
    notice: 'Hier kunt u terecht, voor uzelf of voor iemand anders:',
  },
  privacy: {
    clear: 'Wis mijn gegevens',
    cleared: 'Uw gegevens op dit apparaat zijn gewist.',
  },
  offline: 'U bent offline. Wat u invulde blijft bewaard.',
  example: 'Verzonnen voorbeeld',
};
