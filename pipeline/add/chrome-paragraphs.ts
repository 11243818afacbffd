/**
 * Paragraphs that are page furniture even when they sit inside the article: each rule has a name so a test
 * can show what it takes and what it leaves.
 */
export const CHROME_PARAGRAPHS: { name: string; re: RegExp }[] = [
  { name: 'advertisement label', re: /^(advertisement|advertisements|sponsored( content)?|ad|story continues below( this)? (advertisement|ad)|continue reading below|article continues (below|after (this )?advertisement))$/i },
  { name: 'link to another story', re: /^(also read|read also|read more|read next|related|see also|must read|recommended|watch|listen)\s*[:|–-]\s*.{0,160}$/i },
  { name: 'share prompt', re: /^(share( this)?( article| story| update| page)?|share on \w+|tweet|email|print|copy link|link copied)$/i },
  { name: 'newsletter prompt', re: /^(sign up|subscribe)\b.{0,200}\b(newsletter|inbox|briefing|alerts?)\b.{0,80}$/i },
  { name: 'subscription prompt', re: /^(subscribe( now| to (keep|continue) reading)?|already a subscriber\??( log in| sign in)?\.?|log in to (keep|continue) reading.{0,60})$/i },
];

export function chromeRule(paragraph: string): string | null {
  return CHROME_PARAGRAPHS.find((r) => r.re.test(paragraph.trim()))?.name ?? null;
}
