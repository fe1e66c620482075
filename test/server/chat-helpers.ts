/**
 * A small server-sent events reader for node tests: collects events from a stream and waits
 * for the ones a test expects.
 */
export interface SseEventSeen {
  event: string;
  id?: string;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface SseReader {
  events: SseEventSeen[];
  /** Resolves with the first event (seen or still to come) that matches, or rejects after `ms`. */
  next(match: (e: SseEventSeen) => boolean, ms?: number): Promise<SseEventSeen>;
  close(): void;
  status: number;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const events: SseEventSeen[] = [];
  const waiters = new Set<() => void>();
  const reader: SseReader = {
    events,
    status: res.status,
    next(match, ms = 3000) {
      return new Promise((resolve, reject) => {
        let start = 0;
        const check = () => {
          const found = events.slice(start).find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${ms} ms; seen: ${JSON.stringify(events.map((e) => e.event))}`));
        }, ms);
        start = 0;
        waiters.add(check);
        check();
      });
    },
    close() {
      abort.abort();
    },
  };
  if (!res.ok || !res.body) return reader;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const e: Partial<SseEventSeen> & { dataText?: string } = {};
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) e.event = line.slice(7);
            else if (line.startsWith('id: ')) e.id = line.slice(4);
            else if (line.startsWith('data: ')) e.dataText = (e.dataText ?? '') + line.slice(6);
          }
          if (e.event && e.dataText !== undefined) {
            events.push({ event: e.event, id: e.id, data: JSON.parse(e.dataText) });
            for (const w of [...waiters]) w();
          }
        }
      }
    } catch {
      /* aborted */
    }
  })();
  return reader;
}
