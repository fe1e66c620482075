import { widgetOptionNames } from '../../core/config/schema/chat.js';
import type { ChatItem } from './session.js';

/** Other widgets opened inside the chat: their elements (never their code). */
const WIDGET_TAGS: Record<string, string> = {
  hulpzoeker: 'digiplein-hulpzoeker',
  'spreekuur-aanmelding': 'digiplein-spreekuur-aanmelding',
  'stap-tracker': 'digiplein-stap-tracker',
};

/** The chat element's config sources (as on every DigiPlein widget). */
export interface ConfigHost {
  config?: unknown;
  configSrc?: string;
  querySelector(selectors: string): Element | null;
}

/** The opened widget uses the same config source as the chat. */
export function configSourceFor(host: ConfigHost, el: HTMLElement): (() => void) | undefined {
  const raw = host.config;
  if (raw !== undefined) return () => Object.assign(el, { config: raw });
  if (host.configSrc) return () => el.setAttribute('config', host.configSrc!);
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) return () => el.append(script.cloneNode(true));
  return undefined; // a provider around the chat reaches the widget as well
}

/** A new element for a widget item, with its options as attributes and the chat's config source. */
export function createWidgetElement(item: Extract<ChatItem, { kind: 'widget' }>, host: ConfigHost): HTMLElement {
  const el = document.createElement(WIDGET_TAGS[item.widget] ?? 'div');
  // only documented attributes: a stored session may hold options from before the config was fixed
  const allowed = widgetOptionNames[item.widget as keyof typeof widgetOptionNames] ?? [];
  for (const [k, v] of Object.entries(item.options)) if (v && allowed.includes(k)) el.setAttribute(k, v);
  configSourceFor(host, el)?.();
  return el;
}
