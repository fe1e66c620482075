import type { DeskSession } from '../../src/core/api/desk.js';

/** JSON safe inside `<script type="application/json">` (no `</script>`, no `<!--`). */
const embed = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The desk's HTML page: no inline script or style (the strict CSP applies; a JSON data
 * block is not script), the desk bundle from `/dist/desk.js`, and a message for browsers
 * without JavaScript. The current session (or null) is embedded, so the desk shows the
 * right screen without a first request that fails.
 */
export function deskPage(session: DeskSession | null): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>DigiPlein balie</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/desk/desk.css">
<script type="module" src="/dist/desk.js"></script>
</head>
<body>
<script type="application/json" id="digiplein-desk-session">${embed(session)}</script>
<digiplein-desk><p>De balie wordt geladen. Blijft dit staan? Dan is de bibliotheek niet gebouwd: <code>npm run build</code>. / The desk is loading; if this stays, run <code>npm run build</code>.</p></digiplein-desk>
<noscript><p>De balie werkt alleen met JavaScript aan. / The desk needs JavaScript.</p></noscript>
</body>
</html>
`;
}

export function notFoundPage(): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Niet gevonden / Not found</title></head>
<body><h1>Deze pagina bestaat niet</h1><p lang="en">This page does not exist.</p><p><a href="/">Naar de voorbeeldsite</a></p></body>
</html>
`;
}

/** The page's own few rules (the elements style themselves). */
export const deskCss = `html { color-scheme: light dark; }
body { margin: 0; }
`;
