// Finds Debian's Chromium (or CHROME_PATH) and, on a fresh root machine with apt-get, installs it.
// Nothing here downloads a browser build of its own: only Debian's package.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of the Chromium to use, or undefined when none is installed. */
export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return candidates.find((p) => existsSync(p));
}

/** The path for configs that need a string; the test script has made sure it exists. */
export function chromePath() {
  return findChromium() ?? '/usr/bin/chromium';
}

function hasAptGet() {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Makes sure Chromium exists; installs Debian's package when we are root with apt-get. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasAptGet()) {
    console.error('Chromium not found: install it first (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  console.log("Chromium not found: installing Debian's chromium package with apt-get (about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) {
    console.error('Chromium is still missing after apt-get install chromium; set CHROME_PATH to a Chromium binary.');
    process.exit(1);
  }
  return installed;
}
