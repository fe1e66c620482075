import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

// `npm start` runs `scripts/build.mjs --if-stale`: a second start with nothing changed must not
// build again (the build takes the better part of a minute on a quiet machine).
describe('npm start when nothing changed', () => {
  it('skips the build and says so', () => {
    const build = () => spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { encoding: 'utf8' });
    const first = build(); // builds only when the sources changed since the last build
    assert.equal(first.status, 0, first.stderr);
    const second = build();
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /dist\/ is up to date/);
    assert.doesNotMatch(second.stdout, /build 1\/5/);
  });
});
