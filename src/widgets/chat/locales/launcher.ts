/**
 * The launcher's own strings, kept apart from the panel's so the launcher loads without
 * i18next (the panel registers them in the `chat` namespace too). Dutch at B1 level.
 */
export const launcherNl = {
  open: 'Stel uw vraag aan de DigiBegeleider',
  label: 'Vragen?',
  unread: 'nieuw bericht van een medewerker',
  loading: 'De chat wordt geladen…',
  loadFailed: 'De chat kon niet laden. Probeer het opnieuw.',
};
export const launcherEn: typeof launcherNl = {
  open: 'Ask the DigiBegeleider your question',
  label: 'Questions?',
  unread: 'new message from a professional',
  loading: 'Loading the chat…',
  loadFailed: 'The chat could not load. Please try again.',
};
