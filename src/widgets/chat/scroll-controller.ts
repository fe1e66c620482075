import type { ReactiveControllerHost } from 'lit';
import type { ChatItem } from './transcript-store.js';

/** What the scrolling needs from the chat panel. */
export interface ScrollAccess {
  /** The part between header and composer: the log with the open pane under it. */
  body(): HTMLElement | undefined;
  /** The message list: one child element per item, in order. */
  log(): HTMLElement | undefined;
  items(): readonly ChatItem[];
}

/**
 * Scrolling that reads like a conversation: a new answer (or safety card) is shown from its
 * start, with the parent's question just above it when both fit, never scrolled to its end.
 * The log follows a message from a person only while the parent is at the end; otherwise the
 * "new message" button shows (`newBelow`).
 */
export class ConversationScroll {
  /** A message arrived below what the parent is reading. */
  newBelow = false;
  /** Whether the parent was at the end of the log before the last change (kept on scroll). */
  private atEnd = true;

  /** Called by the panel after each render; it asks the host to render again when the button changes. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly access: ScrollAccess,
  ) {}

  /** The element that scrolls: the body, or on a very low screen (400 % zoom) the whole panel. */
  private scroller(): HTMLElement | undefined {
    const body = this.access.body();
    if (!body) return undefined;
    return getComputedStyle(body).overflowY === 'visible' ? (body.parentElement ?? body) : body;
  }

  private setNewBelow(value: boolean): void {
    if (this.newBelow === value) return;
    this.newBelow = value;
    this.host.requestUpdate();
  }

  /** Brings what arrived after the first `before` items into view (call after rendering). */
  reveal(before: number): void {
    const scroller = this.scroller();
    const log = this.access.log();
    const items = this.access.items();
    if (!scroller || !log || items.length <= before) return;
    if (before === 0 && items.length > 2) {
      scroller.scrollTop = scroller.scrollHeight; // a restored conversation: continue where it ended
      return;
    }
    const added = items.slice(before);
    const elements = [...log.children] as HTMLElement[];
    const offset = (el: Element) => el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const byItself = added.every((i) => i.from === 'professional' || i.from === 'system');
    if (byItself) {
      // a person or the server wrote, not in reply to something the parent just did
      if (this.atEnd) scroller.scrollTop = scroller.scrollHeight;
      else this.setNewBelow(true);
      return;
    }
    const first = items.findIndex((item, i) => i >= before && item.from !== 'parent');
    const target = elements[first];
    if (first < 0 || !target) {
      scroller.scrollTop = scroller.scrollHeight; // only the parent's own message
    } else {
      // the safety card starts at the top, so its first contacts are in view on a phone
      const safety = items[first]?.from === 'bot' && (items[first] as { kind: string }).kind === 'safety';
      const question = !safety && items[first - 1]?.from === 'parent' ? elements[first - 1] : undefined;
      const fits = question && offset(target) - offset(question) < scroller.clientHeight * 0.35;
      scroller.scrollTop = Math.max(0, offset(fits ? question : target) - 8);
    }
    this.setNewBelow(false);
    this.onScroll();
  }

  readonly onScroll = () => {
    const scroller = this.scroller();
    if (!scroller) return;
    this.atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 24;
    if (this.atEnd) this.setNewBelow(false);
  };

  /** The "new message" button: to the end of the log, focus on the log. */
  readonly showNewest = () => {
    const scroller = this.scroller();
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
    this.setNewBelow(false);
    this.access.log()?.focus({ preventScroll: true });
  };
}
