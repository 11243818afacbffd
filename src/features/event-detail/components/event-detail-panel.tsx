import { useEffect, useRef } from 'react';
import type { Article, Person, TimelineEvent } from '../../../shared/schema';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { countryName } from '../../../shared/lib/country-name';
import { rolesOn } from '../../../shared/lib/current-role';
import { formatEventDate, whyUncertain } from '../../../shared/lib/event-date-words';
import { describeCorroboration } from '../utils/describe-corroboration';
import { describeDateSource, PRECISION_LABEL } from '../utils/describe-event-date';
import { EventNotes } from './event-notes';
import { SourceCitation } from './source-citation';

interface EventDetailPanelProps {
  event: TimelineEvent;
  articles: ReadonlyMap<string, Article>;
  people: ReadonlyMap<string, Person>;
  /** Neighbours in the filtered order; null at either end or when the event is filtered out. */
  previousId: string | null;
  nextId: string | null;
  onSelect: (id: string | null) => void;
  /** Opens the whole article, with every excerpt of every event marked. */
  onOpenArticle: (articleId: string) => void;
  /** True when the current search found this event only in its articles' text, not in its title or excerpts. */
  inArticleText?: boolean;
}

const button = 'rounded border border-slate-400 px-2 py-1 text-sm disabled:opacity-50 dark:border-slate-600';

export function EventDetailPanel({ event, articles, people, previousId, nextId, onSelect, onOpenArticle, inArticleText = false }: EventDetailPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the new event so keyboard and screen-reader users land on what they opened.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [event.id]);
  const type = EVENT_TYPES[event.type];
  const dateArticle = articles.get(event.date.evidence?.article ?? event.sources[0]?.article ?? '');
  const uncertain = whyUncertain(event.date, dateArticle);
  // Notes about the articles themselves are shown once, with the article, not on each of its events.
  const articleNotes = new Set(event.sources.flatMap((s) => articles.get(s.article)?.notes ?? []).map((n) => n.id)).size;
  return (
    <article aria-labelledby="event-detail-title" className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} disabled={!previousId} onClick={() => { onSelect(previousId); }}>← Previous event</button>
        <button type="button" className={button} disabled={!nextId} onClick={() => { onSelect(nextId); }}>Next event →</button>
        <button type="button" className={`${button} ml-auto`} onClick={() => { onSelect(null); }}>Close details</button>
      </div>
      <div>
        <h2 id="event-detail-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">{event.title}</h2>
        {event.summary && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">“{event.summary}”</p>}
        {inArticleText && (
          <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
            <span className="mr-1 rounded border border-amber-700 px-1 text-amber-900 dark:border-amber-300 dark:text-amber-200">matches in article text</span>
            The words searched for are in the article{event.sources.length > 1 ? 's' : ''} it comes from, not in its excerpts: read the whole article to find them.
          </p>
        )}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Date</dt>
        <dd>
          {formatEventDate(event.date)} ({PRECISION_LABEL[event.date.precision]})
          {uncertain && <span className="block text-xs text-slate-700 dark:text-slate-300">{uncertain}</span>}
          <span className="block text-xs text-slate-700 dark:text-slate-300">From {describeDateSource(event.date, articles, event.sources[0]?.article)}</span>
        </dd>
        <dt className="font-semibold">Type</dt>
        <dd>{type.label} (CAMEO {event.cameo})</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{event.status === 'occurred' ? 'Occurred' : 'Planned'}</dd>
        <dt className="font-semibold">Corroboration</dt>
        <dd>{describeCorroboration(event, articles)}</dd>
        <dt className="font-semibold">Actors</dt>
        <dd>
          {event.actors.length === 0 && 'No official identified'}
          <ul>
            {event.actors.map((id) => {
              const p = people.get(id);
              // Every role held on the event's (first possible) day: Rubio was Secretary of State and acting NSA.
              const roles = p ? rolesOn(p, event.date.start).map((r) => r.title) : [];
              return (
                <li key={id}>
                  {p?.name ?? id}
                  {roles.length > 0 && `, ${roles.join(' and ')}`}
                  {p && ` (${countryName(p.country)})`}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      <section aria-labelledby="event-sources-heading">
        <h3 id="event-sources-heading" className="text-sm font-semibold">Sources ({event.sources.length})</h3>
        <ul className="mt-1 space-y-2">
          {event.sources.map((s, i) => (
            <SourceCitation
              key={`${s.article}-${s.start}`}
              index={i}
              source={s}
              article={articles.get(s.article)}
              speaker={s.speaker ? people.get(s.speaker) : undefined}
              onOpenArticle={onOpenArticle}
            />
          ))}
        </ul>
      </section>
      <EventNotes notes={event.notes} />
      {articleNotes > 0 && (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          {articleNotes === 1 ? 'One editorial note is' : `${articleNotes} editorial notes are`} about the article{event.sources.length > 1 ? 's' : ''} as a whole:
          read {articleNotes === 1 ? 'it' : 'them'} with the whole article.
        </p>
      )}
    </article>
  );
}
