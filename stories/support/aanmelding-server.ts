import type { Slot } from '../../src/core/api/signups.js';

/**
 * An in-page stand-in for the sign-up endpoints, so the stories need no network. Each made-up
 * host on the reserved `.invalid` domain behaves in one way; every other request goes to the
 * real `fetch`.
 */
export const API = {
  /** Free and full times; sign-ups are booked. */
  ok: 'https://ok.aanmelding.invalid/',
  /** Times load, but every sign-up fails as if the network were gone. */
  offline: 'https://offline.aanmelding.invalid/',
  /** Times load, but the chosen time was just taken by someone else (409). */
  taken: 'https://vol.aanmelding.invalid/',
} as const;

/** Upcoming fictional times: tomorrow and the day after, 09:00 and 09:30 in Amsterdam (approx.). */
export function storySlots(): Slot[] {
  const at = (days: number, hour: number, minute: number, remaining: number, capacity = 1): Slot => {
    const start = new Date();
    start.setUTCDate(start.getUTCDate() + days);
    start.setUTCHours(hour, minute, 0, 0);
    return {
      id: `slot-${days}-${hour}-${minute}`,
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
      capacity,
      remaining,
    };
  };
  return [at(1, 8, 0, 0), at(1, 8, 30, 1), at(1, 9, 0, 1), at(2, 8, 0, 1), at(2, 8, 30, 0), at(3, 18, 30, 7, 12)];
}

const realFetch = window.fetch.bind(window);
let installed = false;

export function installAanmeldingServer(): void {
  if (installed) return;
  installed = true;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const base = `${url.origin}/`;
    if (!Object.values(API).includes(base as never)) return realFetch(input, init);
    await new Promise((r) => setTimeout(r, 150));
    const slotsPath = /^\/api\/spreekuren\/([^/]+)\/slots$/.exec(url.pathname);
    if (slotsPath) return Response.json({ spreekuur: slotsPath[1], slots: storySlots() });
    if (url.pathname === '/api/signups' && init?.method === 'POST') {
      if (base === API.offline) throw new TypeError('Failed to fetch');
      const body = JSON.parse(String(init.body)) as { spreekuur: string; slot: string };
      if (base === API.taken) {
        return Response.json(
          { error: { code: 'slot_full', message: { nl: 'Deze tijd is net gekozen.', en: 'This time was just taken.' } } },
          { status: 409 },
        );
      }
      const slot = storySlots().find((s) => s.id === body.slot) ?? storySlots()[1]!;
      return Response.json(
        {
          reference: 'DP-VRB7K3',
          cancelToken: 'story-cancel-token-0123456789',
          spreekuur: body.spreekuur,
          slot: { id: slot.id, start: slot.start, end: slot.end },
          status: 'booked',
        },
        { status: 201 },
      );
    }
    if (/^\/api\/signups\/[^/]+\/cancel$/.test(url.pathname)) {
      const slot = storySlots()[1]!;
      return Response.json({
        reference: 'DP-VRB7K3',
        cancelToken: 'story-cancel-token-0123456789',
        spreekuur: 'wijkteam',
        slot: { id: slot.id, start: slot.start, end: slot.end },
        status: 'cancelled',
      });
    }
    return Response.json({ error: { code: 'not_found', message: { nl: 'Niet gevonden', en: 'Not found' } } }, { status: 404 });
  };
}
