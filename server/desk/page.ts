/**
 * The desk's HTML page: no inline script or style (the strict CSP applies), the desk
 * bundle from `/dist/desk.js`, and a message for browsers without JavaScript.
 */
export function deskPage(): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>DigiPlein balie</title>
<link rel="icon" href="data:,">
<script type="module" src="/dist/desk.js"></script>
</head>
<body>
<digiplein-desk></digiplein-desk>
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
