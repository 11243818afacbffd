import { describe, expect, test } from 'vitest';
import { findBoilerplate } from '../ingest/find-boilerplate';
import { segmentSentences } from './segment-sentences';

const texts = (body: string) => segmentSentences(body, findBoilerplate(body)).map((s) => s.text);

describe('segmentSentences on text the seeds do not contain', () => {
  test('ranks, titles and numbers do not end a sentence', () => {
    expect(texts('Pakistan named Lt. Gen. Asim Malik as national security adviser. Dr. Jaishankar spoke to Mr. Dar. The PM met him at No. 10 Downing Street.')).toEqual([
      'Pakistan named Lt. Gen. Asim Malik as national security adviser.',
      'Dr. Jaishankar spoke to Mr. Dar.',
      'The PM met him at No. 10 Downing Street.',
    ]);
  });

  test('a full stop that lost its space ends a sentence between words ("July 23.Russia’s"), not in a name or an address', () => {
    expect(texts('The talks begin on June 4.Kyiv’s team includes two deputies.The list was published by News.Az and St.Petersburg papers.')).toEqual([
      'The talks begin on June 4.',
      'Kyiv’s team includes two deputies.',
      'The list was published by News.Az and St.Petersburg papers.',
    ]);
  });

  test('"no." at the end of a sentence still ends it', () => {
    expect(texts('Asked whether talks were planned, he said no. The briefing ended.')).toEqual(['Asked whether talks were planned, he said no.', 'The briefing ended.']);
  });

  test('decimals and acronyms; an acronym can still end a sentence', () => {
    expect(texts('Exports fell 3.5 per cent to the U.S. and U.K. last year. Envoys met in the U.S. The talks ran late.')).toEqual([
      'Exports fell 3.5 per cent to the U.S. and U.K. last year.',
      'Envoys met in the U.S.',
      'The talks ran late.',
    ]);
  });

  test('a quotation that ends in a full stop continues with its attribution', () => {
    expect(texts('"We will respond at a time of our choosing." he said. “It is over,” she said. “We are done.” Then she left.')).toEqual([
      '"We will respond at a time of our choosing." he said.',
      '“It is over,” she said.',
      '“We are done.”',
      'Then she left.',
    ]);
  });

  test('a bare attribution after a closing quote belongs to the quotation; a new sentence after one does not', () => {
    expect(texts('“We need to see a ceasefire first.” Karoline Leavitt said. “There is incentive.” Russia rejected the idea.')).toEqual([
      '“We need to see a ceasefire first.” Karoline Leavitt said.',
      '“There is incentive.”',
      'Russia rejected the idea.',
    ]);
  });

  test('paragraphs are numbered and CRLF line ends keep offsets exact', () => {
    const body = 'Islamabad said on Saturday it had agreed.\r\n\r\nNew Delhi confirmed it. Misri briefed reporters.\r\n';
    const sentences = segmentSentences(body);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Islamabad said on Saturday it had agreed.', 0],
      ['New Delhi confirmed it.', 1],
      ['Misri briefed reporters.', 1],
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  test('boilerplate lines and credits are not sentences', () => {
    expect(texts('New Delhi, May 9 (PTI) India said it had destroyed drones.\nAlso Read | Pakistan shuts airspace\nShare this article\nWith inputs from PTI')).toEqual(['India said it had destroyed drones.']);
  });
});

describe('a single capital after "on" or "via" is a name, not an initial', () => {
  test('"on X." ends the sentence; an initial in a name still does not', () => {
    expect(texts('Shehbaz Sharif thanked Donald Trump in a post on X. Ishaq Dar said Pakistan had agreed. Marco Rubio spoke with S. Jaishankar on Friday.')).toEqual([
      'Shehbaz Sharif thanked Donald Trump in a post on X.',
      'Ishaq Dar said Pakistan had agreed.',
      'Marco Rubio spoke with S. Jaishankar on Friday.',
    ]);
  });

  test('"called on S. Jaishankar" keeps the initial', () => {
    expect(texts('The envoy called on S. Jaishankar in New Delhi. Talks followed.')).toEqual(['The envoy called on S. Jaishankar in New Delhi.', 'Talks followed.']);
  });
});
