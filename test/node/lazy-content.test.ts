import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lazyContent } from '../../src/core/lazy/content.js';

test('lazy content: imports once, hands the module over, and is settled', async () => {
  let imports = 0;
  const used: string[] = [];
  const content = lazyContent(
    async () => {
      imports++;
      return { text: 'kennisbank' };
    },
    (m) => used.push(m.text),
  );
  assert.equal(content.settled, false);
  await Promise.all([content.load(), content.load()]);
  await content.load();
  assert.equal(imports, 1);
  assert.deepEqual(used, ['kennisbank']);
  assert.equal(content.settled, true);
});

test('lazy content: a failed import is given up for the page view, or tried again with retry', async () => {
  let settles = 0;
  const given = lazyContent(
    () => Promise.reject(new Error('offline')),
    () => undefined,
    { settle: () => settles++ },
  );
  await assert.rejects(given.load(), /offline/);
  await assert.rejects(given.load(), /offline/);
  assert.equal(settles, 1, 'the same failed promise, not a second import');
  assert.equal(given.settled, true, 'given up: nobody waits for it');

  let attempt = 0;
  const retried = lazyContent(
    () => (++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')),
    () => undefined,
    { retry: true },
  );
  await assert.rejects(retried.load(), /offline/);
  assert.equal(retried.settled, false, 'worth waiting: the parent may try again');
  await retried.load();
  assert.deepEqual([attempt, retried.settled], [2, true]);
});
