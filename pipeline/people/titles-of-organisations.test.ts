import { expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { resolvePeople } from './resolve-people';

/** Rule "the title of the organisation", with the real gazetteer; the sentences are our own. */
const gazetteer = loadGazetteer('data/gazetteer');

function whoIs(body: string, phrase: string, day = '2025-09-10'): string | null {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the sentence`);
  const m = resolvePeople(body, segmentSentences(body), day, gazetteer, []).mentions.find((x) => x.start === start && x.text === phrase);
  return m ? m.personId : null;
}

test('"the Secretary General of the Alliance" is the NATO Secretary General of the day', () => {
  expect(whoIs('The alliance said the Secretary General of the Alliance was in touch with Warsaw.', 'the Secretary General of the Alliance')).toBe('mark-rutte');
  expect(whoIs('The Secretary General of NATO flew to Vilnius.', 'The Secretary General of NATO')).toBe('mark-rutte');
  expect(whoIs('The Secretary-General of the United Nations urged calm.', 'The Secretary-General of the United Nations')).toBe('antonio-guterres');
});

test('the title of some other alliance, or of an organisation the office table does not know, names nobody', () => {
  const body = 'The Secretary General of an alliance of exporters spoke, as did the Secretary General of OPEC.';
  const found = resolvePeople(body, segmentSentences(body), '2025-09-10', gazetteer, []).mentions;
  expect(found.filter((m) => m.via === 'coreference')).toEqual([]);
});
