import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nationalKnowledge } from '../../src/content/knowledge/index.js';
import { createRetriever } from '../../src/widgets/chat/retrieve.js';
import { createSearchIndex } from '../../src/core/search/index.js';

describe('words that are names on Object.prototype never break matching', () => {
  it('"constructor", "__proto__", "toString" in a question or in content: answers as usual', () => {
    const kb = [
      ...nationalKnowledge,
      {
        id: 'bouwer',
        question: { nl: 'Wat doet een constructor?' },
        answer: { nl: 'Een constructor __proto__ toString hasOwnProperty bouwt iets.' },
        keywords: ['constructor'],
      },
    ];
    const r = createRetriever(kb, 'nl');
    for (const q of ['constructor', '__proto__ hasOwnProperty', 'toString valueOf', 'Hoe lang duurt partneralimentatie?'])
      assert.doesNotThrow(() => r.ask(q), q);
    const answer = r.ask('Hoe lang duurt partneralimentatie?');
    assert.equal(answer.kind === 'answer' && answer.entry.id, 'partneralimentatie-duur', 'one odd entry does not stop the chat answering');
  });

  it('the hulpzoeker search too', () => {
    const index = createSearchIndex(
      [
        { id: 'a', name: 'constructor hulp' },
        { id: 'b', name: 'wijkteam' },
      ],
      { id: 'id', fields: { name: 1 }, text: (d, f) => (f === 'name' ? d.name : undefined) },
    );
    for (const q of ['constructor', '__proto__', 'prototype toString']) assert.doesNotThrow(() => index.search(q), q);
    assert.equal(index.search('constructor')[0]?.doc.id, 'a');
  });
});
