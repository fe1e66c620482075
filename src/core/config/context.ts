import { createContext } from '@lit/context';
import type { ConfigState } from './state.js';

/** Carries the provider's config state to every widget inside `<digiplein-provider>`. */
export const configContext = createContext<ConfigState | undefined>(Symbol.for('digiplein-config'));
