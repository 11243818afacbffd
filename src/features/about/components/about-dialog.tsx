import type { Dataset } from '../../../shared/schema';
import type { ExtractionAccuracy } from '../../../shared/schema/extraction-accuracy';
import { formatDay, formatDayRange } from '../../../shared/lib/format-date';
import measured from '../data/extraction-accuracy.json';
import { describeDataset, describeSources } from '../utils/describe-dataset';
import { AccuracySection } from './accuracy-section';
import { useOpenAsModal } from '../../../shared/ui/use-open-as-modal';

interface AboutDialogProps {
  /** Undefined while the data loads: the rest of the page's account does not depend on it. */
  dataset: Dataset | undefined;
  onClose: () => void;
}

// Written by `npm run eval -- ... --publish`; checked against the schema's type here, and by a test at run time.
const accuracy: ExtractionAccuracy = measured;

const h3 = 'mt-4 text-base font-semibold';
const code = 'rounded bg-slate-100 px-1 font-mono text-[0.8125rem] dark:bg-slate-800';

/**
 * "About this data": what the dataset holds, how its events are found, how accurate that is, and how to add to it.
 * A modal dialog: the page behind is inert, Tab stays inside, Escape or the button closes it.
 */
export function AboutDialog({ dataset, onClose }: AboutDialogProps) {
  const dialog = useOpenAsModal();
  const facts = dataset ? describeDataset(dataset) : null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="about-title"
      onClose={onClose}
      className="m-auto max-h-[90vh] w-[min(40rem,calc(100vw-1rem))] overflow-y-auto rounded border border-slate-300 bg-white p-4 text-sm leading-relaxed text-slate-900 backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-start gap-3">
        <h2 id="about-title" className="text-lg font-semibold">About this data</h2>
        <button type="button" className="ml-auto min-h-11 rounded border border-slate-400 px-3 text-sm dark:border-slate-600" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>

      <h3 className={h3}>What it holds</h3>
      {facts ? (
        <p>
          {describeSources(facts)}
          {facts.published && <>, published {facts.published.first === facts.published.last ? `on ${formatDay(facts.published.first)}` : `from ${formatDay(facts.published.first)} to ${formatDay(facts.published.last)}`}</>}.
          {' '}{facts.events} event{facts.events === 1 ? '' : 's'}
          {facts.eventSpan && <>, dated {formatDayRange(facts.eventSpan.first, facts.eventSpan.last)}</>}.
        </p>
      ) : (
        <p role="status">Counting the articles…</p>
      )}

      <h3 className={h3}>How events are found</h3>
      <p>
        A program reads each article sentence by sentence, by written rules rather than a language model. It recognises
        officials from a list of who held which office and when, and words that mark an event: a call, a meeting, a
        visit, a statement, an appeal, criticism, an attack. Each event keeps the exact sentence it came from, linked
        to its place in the article; nothing is reworded, and the one-line summary is the sentence’s own words,
        shortened with “…”.
      </p>
      <p className="mt-2">
        The date comes from the text: a date it states, or a weekday or “yesterday” counted from the day the article
        was published. When the text gives none, the event covers the days it may fall on and is marked ≈. The same
        event told by several articles becomes one, and the count of independent publishers only includes publishers
        that are known. Editors can add corrections and notes, and the program flags what contradicts its list of
        officials.
      </p>

      <AccuracySection accuracy={accuracy} />

      <h3 className={h3}>Add articles</h3>
      <ol className="list-decimal space-y-1 pl-5">
        <li>
          Add an article from its address, a saved page or a text file: <code className={code}>npm run add -- https://…</code>. It keeps
          the article’s text as published, with its headline, publisher and date.
        </li>
        <li>
          Rebuild the data with <code className={code}>npm run pipeline</code> and commit <code className={code}>public/data/</code>.
        </li>
        <li>
          To measure the accuracy again, run <code className={code}>npm run eval -- --articles … --key … --publish</code> against a keyed
          corpus: the figures above are updated from its result.
        </li>
      </ol>
      <p className="mt-3 text-xs text-slate-700 dark:text-slate-300">The project’s README explains each step in full.</p>
    </dialog>
  );
}
