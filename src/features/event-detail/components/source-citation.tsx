import type { Article, Person, Source } from '../../../shared/schema';
import { formatDay } from '../../../shared/lib/format-date';
import { useArticleText } from '../../../shared/api/get-article-text';
import { excerptInParagraph } from '../utils/excerpt-in-paragraph';

interface SourceCitationProps {
  source: Source;
  article: Article | undefined;
  speaker: Person | undefined;
  index: number;
  onOpenArticle: (articleId: string) => void;
}

const isWebLink = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/** One source: who published it and when, a link, and the verbatim excerpt marked inside its paragraph. */
export function SourceCitation({ source, article, speaker, index, onOpenArticle }: SourceCitationProps) {
  const text = useArticleText(source.article);
  const context = text.data ? excerptInParagraph(text.data.body, source.start, source.end) : null;
  // Only trust the fetched paragraph when it really contains the recorded excerpt at those offsets.
  const inParagraph = context && context.excerpt === source.excerpt ? context : null;
  const publisher = article?.publisher ?? 'Publisher unknown';
  return (
    <li className="rounded border border-slate-200 p-3 dark:border-slate-800">
      <figure aria-label={`Excerpt ${index + 1}`}>
        {/* Busy while its paragraph loads: the paragraph then takes the excerpt's place and moves what follows it. */}
        <blockquote className="text-sm leading-relaxed" aria-busy={text.isPending || undefined}>
          {inParagraph ? (
            <p>
              {inParagraph.before && <span className="text-slate-600 dark:text-slate-400">{inParagraph.before}</span>}
              <mark className="rounded bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300">{inParagraph.excerpt}</mark>
              {inParagraph.after && <span className="text-slate-600 dark:text-slate-400">{inParagraph.after}</span>}
            </p>
          ) : (
            <p>
              <mark className="rounded bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300">{source.excerpt}</mark>
            </p>
          )}
        </blockquote>
        {text.isError && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">The surrounding paragraph could not be loaded.</p>}
        <figcaption className="mt-2 text-xs text-slate-700 dark:text-slate-300">
          {source.isQuote && <span className="block">Quote{speaker ? ` from ${speaker.name}` : ', speaker not identified'}</span>}
          <span className="block">
            {publisher}
            {article && `, published ${formatDay(article.published)}`}
            {article?.publishedBasis === 'inferred' && ' (date inferred)'}
          </span>
          {article && <cite className="block not-italic">{article.title}</cite>}
          {article && isWebLink(article.url) ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-800 underline dark:text-blue-300">
              Read the article at {publisher}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            <span className="block">No link to the article is known.</span>
          )}
          <button type="button" className="mt-1 block text-blue-800 underline dark:text-blue-300" onClick={() => { onOpenArticle(source.article); }}>
            Read the whole article<span className="sr-only"> {article?.title ?? ''}</span>
          </button>
        </figcaption>
      </figure>
    </li>
  );
}
