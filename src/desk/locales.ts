import type { Translation } from '../core/i18n/index.js';

/** The desk's strings (namespace `desk`). Dutch at B1 level. */
export const nl = {
  title: 'DigiPlein balie',
  language: 'English',
  languageLabel: 'Switch to English',
  loading: 'Even geduld…',
  login: {
    heading: 'Inloggen',
    intro: 'Log in met het account dat u van uw organisatie kreeg.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    missing: 'Vul uw e-mailadres en wachtwoord in.',
  },
  shell: {
    loggedInAs: 'Ingelogd als {{name}}, {{organisation}}',
    logout: 'Uitloggen',
    logoutFailed: 'Uitloggen is niet gelukt: u bent nog ingelogd.',
    views: 'Onderdelen van de balie',
    empty: 'Er zijn nog geen onderdelen voor uw rol.',
    loggedOut: 'U bent uitgelogd.',
    expired: 'Uw sessie is verlopen. Log opnieuw in met hetzelfde account: wat u had ingevuld, staat er dan nog.',
  },
  account: {
    tab: 'Account',
    heading: 'Uw account',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    organisation: 'Organisatie',
    until: 'Ingelogd tot',
    roles: { professional: 'Medewerker', coordinator: 'Coördinator', admin: 'Beheerder' },
    colleagues: 'Accounts van uw organisatie',
    none: 'Nog geen andere accounts.',
    disabled: 'uitgezet',
    disable: 'Zet {{name}} uit',
    enable: 'Zet {{name}} weer aan',
    disabledDone: 'Het account van {{name}} staat uit. Wie ermee was ingelogd, is uitgelogd.',
    enabledDone: 'Het account van {{name}} staat weer aan.',
  },
};

export const en: Translation<typeof nl> = {
  title: 'DigiPlein desk',
  language: 'Nederlands',
  languageLabel: 'Naar het Nederlands',
  loading: 'One moment…',
  login: {
    heading: 'Log in',
    intro: 'Log in with the account your organisation gave you.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    busy: 'Logging in…',
    missing: 'Fill in your e-mail address and password.',
  },
  shell: {
    loggedInAs: 'Logged in as {{name}}, {{organisation}}',
    logout: 'Log out',
    logoutFailed: 'Logging out did not work: you are still logged in.',
    views: 'Parts of the desk',
    empty: 'There are no parts for your role yet.',
    loggedOut: 'You have logged out.',
    expired: 'Your session has ended. Log in again with the same account: what you had filled in will still be there.',
  },
  account: {
    tab: 'Account',
    heading: 'Your account',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    organisation: 'Organisation',
    until: 'Logged in until',
    roles: { professional: 'Professional', coordinator: 'Coordinator', admin: 'Administrator' },
    colleagues: 'Accounts of your organisation',
    none: 'No other accounts yet.',
    disabled: 'switched off',
    disable: 'Switch {{name}} off',
    enable: 'Switch {{name}} on again',
    disabledDone: 'The account of {{name}} is off. Anyone logged in with it has been logged out.',
    enabledDone: 'The account of {{name}} is on again.',
  },
};

/** The desk's shared strings (`desk` namespace), for the I18nController of each desk element. */
export const deskTranslations = { nl, en };
