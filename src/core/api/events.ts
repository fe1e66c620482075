/**
 * Server-sent event streams, the live direction of the chat and of shared routes. One place
 * opens them, so tests and stories replace the browser's EventSource once (`setEventSourceFactory`).
 */

/** The parts of EventSource the widgets use (tests pass a scripted one). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  onopen: ((event: Event) => void) | null;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

/** EventSource.CLOSED: the browser gave up (an error status); it will not retry by itself. */
export const EVENT_SOURCE_CLOSED = 2;

let replacement: EventSourceFactory | undefined;

/** Replaces the browser's EventSource (tests, stories); undefined restores it. */
export function setEventSourceFactory(factory: EventSourceFactory | undefined): void {
  replacement = factory;
}

/** Opens a stream; undefined where the browser has no EventSource (then the widget polls). */
export function openEventSource(url: string): EventSourceLike | undefined {
  if (replacement) return replacement(url);
  return typeof EventSource === 'undefined' ? undefined : (new EventSource(url) as unknown as EventSourceLike);
}
