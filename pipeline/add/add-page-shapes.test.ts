import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addTo, errorOf, PAGES, readWritten, TODAY } from './fixtures/add-to-temp-dir';

/** Adds one saved page to an empty folder and returns the one file written. */
async function addPage(page: string) {
  const { dir, outcomes, files } = await addTo([join(PAGES, page)]);
  expect(outcomes.map((o) => (o.ok ? 'ok' : o.error))).toEqual(['ok']);
  expect(files).toHaveLength(1);
  return readWritten(dir, files[0] ?? '');
}

const from = (page: string) => `Added with "npm run add" from ${join(PAGES, page)}.`;

interface PageShape {
  shape: string;
  page: string;
  /** The file name written, where the case pins it. */
  file?: string;
  front: { title: string; url: string; publisher: string; published: string };
  /** Provenance lines after the "Added with" line. */
  provenance: string[];
  /** Every paragraph, or only the first ones and how many there are. */
  paragraphs?: string[];
  firstParagraphs?: string[];
  paragraphCount?: number;
  /** Text of the page around the article that must not reach the body. */
  chrome: string[];
}

const SHAPES: PageShape[] = [
  {
    shape: 'JSON-LD only: every field from JSON-LD; the day is the day in the page’s own offset (+05:30), not in UTC',
    page: 'jsonld-only.html',
    file: '2025-05-11-the-northern-ledger-india-and-pakistan-military-chiefs-speak-on-hotline-as.md',
    front: {
      title: 'India and Pakistan military chiefs speak on hotline as Washington urges calm',
      url: 'https://northernledger.example/world/india-pakistan-hotline-talks-1182',
      publisher: 'The Northern Ledger',
      published: '2025-05-11',
    },
    provenance: ['title: JSON-LD headline', 'publisher: JSON-LD publisher.name', 'url: JSON-LD url', 'published: JSON-LD datePublished "2025-05-11T01:10:00+05:30"'],
    paragraphs: [
      'India and Pakistan military chiefs speak on hotline as Washington urges calm',
      'By Anjali Rao',
      'NEW DELHI, May 11 — The senior military commanders of India and Pakistan spoke over a dedicated hotline on Saturday, officials in both capitals said, in the first direct contact between the two armies since cross-border firing escalated earlier in the week.',
      "Secretary of State Marco Rubio said on Saturday that he had spoken with External Affairs Minister S. Jaishankar and with Pakistan's army chief, General Asim Munir, and had urged both men to keep the channel open.",
      '“Both sides have told us they want the guns to fall silent,” Rubio wrote in a post on social media. “We will keep working with them until that happens.”',
      "Pakistan's foreign ministry said in a statement that it welcomed the call and remained committed to what it described as a responsible approach. India's Ministry of External Affairs did not comment on the substance of the talks but confirmed that they had taken place.",
      "Residents of border villages in Poonch said the night had been quieter than any since Wednesday, although several families who had left for relatives' homes in Jammu said they would wait a few days before returning.",
      'Diplomats in Islamabad said a further round of contacts was expected early next week. Neither government has announced a meeting of officials at a higher level.',
    ],
    chrome: ['We use cookies', 'Accept all', 'Puzzles', 'Subscribe from', 'Share on', 'Copy link', 'A soldier stands guard', 'Advertisement', 'Morning Briefing', 'Sign up', 'All rights reserved', 'Terms of use', '01:10 IST'],
  },
  {
    shape: 'OpenGraph only: title, site name, address and published time from og: and article: tags',
    page: 'opengraph-only.html',
    file: '2025-04-15-harbour-review-ukraine-and-russia-swap-prisoners-of-war-after-gulf.md',
    front: {
      title: 'Ukraine and Russia swap prisoners of war after Gulf mediation',
      url: 'https://harbourreview.example/news/ukraine-russia-prisoner-swap',
      publisher: 'Harbour Review',
      published: '2025-04-15',
    },
    provenance: ['title: og:title', 'publisher: og:site_name', 'url: og:url', 'published: article:published_time "2025-04-15T21:30:00+03:00"'],
    paragraphs: [
      'Ukraine and Russia swap prisoners of war after Gulf mediation',
      'By Olena Marchenko',
      'KYIV, April 15 — Ukraine and Russia carried out an exchange of prisoners of war on Tuesday, the largest in several months, after mediation by the United Arab Emirates, officials in Kyiv said.',
      'President Volodymyr Zelenskyy thanked the mediators in his evening address and said his government would press for further exchanges until every Ukrainian held in Russia had come home.',
      'Kremlin spokesman Dmitry Peskov told reporters in Moscow that the exchange showed practical arrangements were still possible, but he said no date had been set for a new round of talks between the two delegations.',
      'Foreign Minister Andrii Sybiha is due to travel to Ankara on Thursday to meet his Turkish counterpart, according to a schedule released by his ministry, and is expected to discuss the safety of shipping in the Black Sea.',
      'Families of soldiers who are still missing gathered outside the coordination headquarters in the capital on Tuesday evening, holding photographs and asking officials to check new lists of names.',
    ],
    chrome: ['Log in', 'Podcasts', 'Tweet', 'Read more', 'Black Sea shipping corridor', 'Comments', 'Good news at last', 'Harbour Media Ltd', 'Europe'],
  },
  {
    shape: 'JSON-LD and OpenGraph disagree: JSON-LD wins on every field and each disagreement is noted',
    page: 'jsonld-og-disagree.html',
    // The og:url differs only by tracking parameters: the same page, so no disagreement is noted.
    file: '2025-05-07-the-indus-chronicle-dar-tells-senate-pakistan-wants-dialogue-but-will-answer-any.md',
    front: {
      title: 'Dar tells Senate Pakistan wants dialogue but will answer any attack',
      url: 'https://induschronicle.example/pakistan/dar-senate-speech',
      publisher: 'The Indus Chronicle',
      published: '2025-05-07',
    },
    provenance: [
      'title: JSON-LD headline',
      'title: og:title differs ("Pakistan ready for talks, says Dar — but warns of response"); JSON-LD headline kept',
      'publisher: JSON-LD publisher.name',
      'publisher: og:site_name differs ("Chronicle Online"); JSON-LD publisher.name kept',
      'url: JSON-LD mainEntityOfPage',
      'published: JSON-LD datePublished "2025-05-07T19:45:00+05:00"',
      'published: article:published_time "2025-05-08T10:00:00+05:00" differs ("2025-05-08"); JSON-LD datePublished "2025-05-07T19:45:00+05:00" kept'
    ],
    paragraphs: [
      'Dar tells Senate Pakistan wants dialogue but will answer any attack',
      'Bilal Qureshi | Published May 7, 2025',
      'ISLAMABAD: Deputy Prime Minister and Foreign Minister Ishaq Dar told the Senate on Wednesday that Pakistan preferred dialogue with India but would respond to any further attack on its territory.',
      'Speaking during a session called to discuss the security situation, Dar said he had briefed the foreign ministers of several friendly countries by telephone over the previous two days and had asked them to urge restraint on New Delhi.',
      '“We have never closed the door to talks, and we are not closing it now,” he told the house. “But no one should mistake our patience for weakness.”',
      'Senators from the opposition benches asked the government to set out what steps it had taken at the United Nations, and the chairman adjourned the session until Thursday morning.',
      'Later in the day, Dar met the ambassador of China in Islamabad, according to a statement from the foreign office, which said the two discussed the regional situation and agreed to stay in close contact.',
    ],
    chrome: ['Breaking:', 'markets close', 'Also read', 'IMF mission', 'Copyright', 'Sports'],
  },
  {
    shape: 'AMP page: the address is the canonical (non-AMP) page; a UTC time is read in the page’s own offset',
    page: 'amp.html',
    front: {
      title: 'Ukraine and Russia swap prisoners of war after Gulf mediation',
      url: 'https://harbourreview.example/news/ukraine-russia-prisoner-swap',
      publisher: 'Harbour Review',
      published: '2025-04-15',
    },
    provenance: [
      'title: JSON-LD headline',
      'publisher: JSON-LD publisher.name',
      'url: JSON-LD mainEntityOfPage',
      'published: JSON-LD datePublished "2025-04-15T18:30:00Z" (a UTC time, read in the page\'s own offset +03:00)'
    ],
    firstParagraphs: [
      'Ukraine and Russia swap prisoners of war after Gulf mediation',
      'By Olena Marchenko',
      'KYIV, April 15 — Ukraine and Russia carried out an exchange of prisoners of war on Tuesday, the largest in several months, after mediation by the United Arab Emirates, officials in Kyiv said.',
    ],
    paragraphCount: 7,
    chrome: ['Menu', 'Podcasts', 'Advertisement', 'View the full site', 'A bus carrying'],
  },
  {
    shape: 'article among sidebars, related lists, promos and comments: only the article, @graph publisher resolved by @id',
    page: 'sidebars.html',
    front: {
      title: "Iran's foreign minister offers to help as he visits Islamabad",
      url: 'https://meridiandaily.example/asia/2025/05/05/araghchi-islamabad/',
      publisher: 'Meridian Daily',
      published: '2025-05-05',
    },
    provenance: ['title: JSON-LD headline', 'publisher: JSON-LD publisher.name', 'url: JSON-LD url', 'published: JSON-LD datePublished "2025-05-05T16:20:00+04:00"'],
    paragraphs: [
      "Iran's foreign minister offers to help as he visits Islamabad",
      'By Meridian Daily correspondent',
      'Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday and said his country was ready to help Pakistan and India step back from confrontation, the first visit by a foreign minister since the attack in Kashmir last month.',
      'Araghchi met Prime Minister Shehbaz Sharif and Foreign Minister Ishaq Dar, according to the Pakistani foreign office, which said the talks covered the situation in the region and trade across the shared border.',
      '“Tehran stands ready to use its good offices with both of our neighbours,” Araghchi told reporters after the meeting, adding that he would travel to New Delhi later in the week.',
      'Indian officials have said they would welcome the visit but have not said whether they would accept an offer of mediation, a step New Delhi has usually declined in its disputes with Pakistan.',
      "Analysts in Islamabad said the visit was also meant to reassure Pakistan's western neighbour at a time when its eastern border dominated the government's attention.",
    ],
    chrome: ['Most read', 'Heatwave', 'Central bank', 'Also read', 'gas pipeline', 'Story continues', 'Related coverage', 'Border markets', 'pilgrims', 'Join the conversation', 'Meridian app', 'Weather', '34°C'],
  },
  {
    shape: 'live blog: entries in page order with their times and headings; key events and share buttons left out; UTC start read in the page’s offset',
    page: 'liveblog.html',
    front: {
      title: 'Ukraine-Russia talks in Istanbul: live updates',
      url: 'https://channelpost.example/live/2025/may/16/ukraine-russia-istanbul-talks-live',
      publisher: 'Channel Post',
      published: '2025-05-16',
    },
    provenance: [
      'title: JSON-LD headline',
      'publisher: JSON-LD publisher.name',
      'url: JSON-LD url',
      'published: JSON-LD datePublished "2025-05-15T23:30:00Z" (a UTC time, read in the page\'s own offset +01:00)'
    ],
    paragraphs: [
      'Ukraine-Russia talks in Istanbul: live updates',
      '16:05 BST',
      'What we know so far',
      'The first direct talks between Russian and Ukrainian officials in three years ended after less than two hours in Istanbul on Friday, according to a Turkish foreign ministry official.',
      'Both delegations agreed in principle to a large exchange of prisoners, the Ukrainian side said, but no agreement was reached on a ceasefire.',
      '15:10 BST',
      'Delegations leave the palace',
      'Cars carrying the Ukrainian delegation, led by Defence Minister Rustem Umerov, have left the Dolmabahçe palace. Reporters waiting outside were not given any statement.',
      '12:40 BST',
      'Talks begin',
      'Turkish Foreign Minister Hakan Fidan opened the meeting by urging both sides to use the opportunity, his ministry said. The Russian delegation is led by presidential aide Vladimir Medinsky.',
      'President Volodymyr Zelenskyy, who is in Tirana for a European summit, said on Friday morning that he expected the talks to show whether Moscow was serious.',
    ],
    chrome: ['Key events', '15:10 Delegations', 'Share this update', 'Load earlier updates', 'Channel Post ©'],
  },
];

describe('each common shape of news page gives the article text and its metadata', { timeout: 30_000 }, () => {
  test.each(SHAPES)('$shape', async ({ page, file, front, provenance, paragraphs, firstParagraphs, paragraphCount, chrome }) => {
    const w = await addPage(page);
    if (file) expect(w.file).toBe(file);
    expect(w.front).toEqual({
      ...front,
      published_basis: 'front-matter',
      retrieved: TODAY,
      provenance: [from(page), ...provenance].join('\n'),
    });
    if (paragraphs) expect(w.paragraphs).toEqual(paragraphs);
    if (firstParagraphs) {
      expect(w.paragraphs.slice(0, firstParagraphs.length)).toEqual(firstParagraphs);
      expect(w.paragraphs).toHaveLength(paragraphCount ?? -1);
    }
    for (const text of chrome) expect(w.body, `chrome text "${text}"`).not.toContain(text);
  });

  test.each([
    ['paywall-stub.html', /paywall-stub\.html: only 42 words of article text \(fewer than 80\): a paywall, consent page or teaser, not the article; nothing written/],
    ['consent-wall.html', /consent-wall\.html: only 45 words of article text \(fewer than 80\)/],
    ['section-front.html', /section-front\.html: no article: the page has no article metadata and no run of long paragraphs/],
  ])('%s is refused with a clear error and nothing is written', async (page, message) => {
    const { outcomes, files } = await addTo([join(PAGES, page)]);
    expect(errorOf(outcomes[0])).toMatch(message);
    expect(files).toEqual([]);
  });
});
