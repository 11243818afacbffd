/** What a JSON-LD Article node says about the page, as written (dates unconverted). */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  publisherName: string | null;
  url: string | null;
  /** The property the address came from: "url", or "mainEntityOfPage" when the node has no url. */
  urlField: 'url' | 'mainEntityOfPage';
  authors: string[];
  /** Every timestamp in the node (modified, updates), to learn the page's own UTC offset. */
  timestamps: string[];
}

export interface JsonLdResult {
  article: JsonLdArticle | null;
  /** Blocks that could not be read, for the provenance note. */
  problems: string[];
}

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Many CMSs write JSON-LD text HTML-escaped ("Dar&#039;s visit"): the value is text, so the escapes are undone. */
function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#')) {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

const str = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const text = unescapeHtml(v).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
};

function types(n: Node): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

/** schema.org types that are articles: NewsArticle and its kinds, Article, and the blog postings (live blogs). */
const ARTICLE_TYPE = /^(\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting)$/;

/** Every node of every block, through arrays and @graph, so nodes referred to by @id can be found. */
function collect(v: unknown, out: Node[]): void {
  if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (isNode(v)) {
    out.push(v);
    if (v['@graph'] !== undefined) collect(v['@graph'], out);
  }
}

function resolve(v: unknown, byId: Map<string, Node>): unknown {
  if (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
  return v;
}

function nameOf(v: unknown, byId: Map<string, Node>): string | null {
  const r = resolve(Array.isArray(v) ? v[0] : v, byId);
  return isNode(r) ? str(r.name) : str(r);
}

function urlOf(n: Node): string | null {
  const main = n.mainEntityOfPage;
  return str(n.url) ?? str(main) ?? (isNode(main) ? str(main['@id']) ?? str(main.url) : null);
}

/** Reads the page's JSON-LD blocks and returns its article node, the first one of an article type. */
export function readJsonLd(doc: Document): JsonLdResult {
  const nodes: Node[] = [];
  const problems: string[] = [];
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s, i) => {
    try {
      collect(JSON.parse(s.textContent), nodes);
    } catch (e) {
      problems.push(`JSON-LD block ${i + 1} is not valid JSON (${(e as Error).message.split('\n')[0] ?? ''}); it was skipped`);
    }
  });
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const node = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!node) return { article: null, problems };
  const updates = (Array.isArray(node.liveBlogUpdate) ? node.liveBlogUpdate : [node.liveBlogUpdate]).filter(isNode);
  const authors = (Array.isArray(node.author) ? node.author : [node.author]).map((a) => nameOf(a, byId)).filter((a): a is string => a !== null);
  return {
    article: {
      type: types(node).find((t) => ARTICLE_TYPE.test(t)) ?? 'Article',
      headline: str(node.headline) ?? str(node.name),
      datePublished: str(node.datePublished),
      publisherName: nameOf(node.publisher, byId),
      url: urlOf(node),
      urlField: str(node.url) === null ? 'mainEntityOfPage' : 'url',
      authors,
      timestamps: [node.datePublished, node.dateModified, node.dateCreated, ...updates.map((u) => u.datePublished)].map(str).filter((t): t is string => t !== null),
    },
    problems,
  };
}
