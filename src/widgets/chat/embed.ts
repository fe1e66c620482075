import { widgetOptionNames } from '../../core/config/schema/chat.js';
import type { ChatItem } from './transcript-store.js';

/** Other widgets opened inside the chat: their elements (never their code). */
const WIDGET_TAGS: Record<string, string> = {
  hulpzoeker: 'digiplein-hulpzoeker',
  'spreekuur-aanmelding': 'digiplein-spreekuur-aanmelding',
  'stap-tracker': 'digiplein-stap-tracker',
};

/**
 * A new element for a widget item, with its options as attributes. It gets the chat's resolved
 * config through the config context (every DigiPlein widget provides its own to what it renders).
 */
export function createWidgetElement(item: Extract<ChatItem, { kind: 'widget' }>): HTMLElement {
  const el = document.createElement(WIDGET_TAGS[item.widget] ?? 'div');
  // only documented attributes: a stored session may hold options from before the config was fixed
  const allowed = widgetOptionNames[item.widget as keyof typeof widgetOptionNames] ?? [];
  for (const [k, v] of Object.entries(item.options)) if (v && allowed.includes(k)) el.setAttribute(k, v);
  return el;
}
