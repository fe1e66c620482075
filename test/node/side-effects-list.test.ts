import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('the side-effect test covers every widget class module', () => {
  it('lists every .ts file under src/widgets/ except the define modules', () => {
    const files = (readdirSync('src/widgets', { recursive: true }) as string[])
      .map((f) => join('src/widgets', f))
      .filter((f) => f.endsWith('.ts') && !/(^|\/)(define|panel-define)\.ts$/.test(f))
      .sort();
    const listed = [...readFileSync('test/widgets/side-effects.test.ts', 'utf8').matchAll(/^ {2}'(src\/widgets\/[^']+)',$/gm)]
      .map((m) => m[1]!)
      .sort();
    assert.deepEqual(listed, files, 'update classModules in test/widgets/side-effects.test.ts');
  });
});
