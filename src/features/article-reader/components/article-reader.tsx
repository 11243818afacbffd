import type { Article, TimelineEvent } from '../../../shared/schema';
import { useArticleText } from '../../../shared/api/get-article-text';
import { formatDay } from '../../../shared/lib/format-date';
import { markExcerpts, paragraphsOf } from '../utils/mark-excerpts';
import { ArticleNotes } from './article-notes';
import { useOpenAsModal } from '../../../shared/ui/use-open-as-modal';

interface ArticleReaderProps {
  article: Article;
  /** Every event of the dataset; those citing this article are marked in it. */
  events: readonly TimelineEvent[];
  onJump: (eventId: string) => void;
  onClose: () => void;
}

const MARK = 'rounded bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300';

/**
 * The whole article in a modal dialog, as text (never HTML), with every excerpt of every event marked and a link
 * from the end of each excerpt to its event. Notes about the article itself are shown here, once.
 */
export function ArticleReader({ article, events, onJump, onClose }: ArticleReaderProps) {
  const dialog = useOpenAsModal();
  const text = useArticleText(article.id);
  const titles = new Map(events.map((e) => [e.id, e.title]));
  const citing = events.filter((e) => e.sources.some((s) => s.article === article.id));
  return (
    <dialog
      ref={dialog}
      aria-labelledby="article-reader-title"
      onClose={onClose}
      className="m-auto max-h-[90vh] w-[min(48rem,calc(100vw-2rem))] overflow-y-auto rounded border border-slate-300 bg-white p-4 text-slate-900 backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-start gap-3">
        <div>
          <h2 id="article-reader-title" className="text-lg font-semibold">{article.title || 'Untitled article'}</h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {article.publisher ?? 'Publisher unknown'}, published {formatDay(article.published)}
            {article.publishedBasis === 'inferred' && ' (date inferred)'} · {citing.length} event{citing.length === 1 ? '' : 's'} cite it
          </p>
        </div>
        <button type="button" className="ml-auto rounded border border-slate-400 px-2 py-1 text-sm dark:border-slate-600" onClick={() => dialog.current?.close()}>
          Close article
        </button>
      </div>
      <ArticleNotes notes={article.notes} />
      {text.isPending && <p className="mt-3 text-sm">Loading the article…</p>}
      {text.isError && <p className="mt-3 text-sm">The article could not be loaded.</p>}
      {text.data && (
        <div className="mt-3 space-y-3 text-sm leading-relaxed">
          {paragraphsOf(text.data.body).map((p) => (
            <p key={p.start}>
              {markExcerpts(text.data.body, p.start, p.end, article.id, citing).map((run) => (
                <span key={run.start}>
                  {run.citedBy.length ? <mark className={MARK}>{run.text}</mark> : run.text}
                  {run.endsHere.map((id) => (
                    <button
                      key={id}
                      type="button"
                      className="mx-1 rounded border border-blue-700 px-1 text-xs text-blue-800 dark:border-blue-300 dark:text-blue-200"
                      onClick={() => {
                        onJump(id);
                        dialog.current?.close();
                      }}
                    >
                      Go to event: {titles.get(id) ?? id}
                    </button>
                  ))}
                </span>
              ))}
            </p>
          ))}
        </div>
      )}
    </dialog>
  );
}
