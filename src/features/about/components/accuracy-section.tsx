import type { ExtractionAccuracy } from '../../../shared/schema/extraction-accuracy';
import { formatDay } from '../../../shared/lib/format-date';

type Ratio = ExtractionAccuracy['required'];

const percent = (r: Ratio) => (r.of === 0 ? '–' : `${((100 * r.hits) / r.of).toFixed(0)}%`);

/** The pipeline's measured accuracy, as the last published evaluation found it, in words and with its counts. */
export function AccuracySection({ accuracy: a }: { accuracy: ExtractionAccuracy }) {
  return (
    <section aria-labelledby="about-accuracy">
      <h3 id="about-accuracy" className="mt-4 text-base font-semibold">How accurate it is</h3>
      <p>
        Measured on {formatDay(a.measuredOn)} against {a.articles} articles whose events a careful reader listed by hand
        (the “{a.corpus}”, kept beside the project and not shipped):
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>
          It found <strong>{percent(a.required)}</strong> of the events the reader required ({a.required.hits} of {a.required.of}).
        </li>
        <li>
          Of the events it got right in every other way, <strong>{percent(a.dateRight)}</strong> have the right date ({a.dateRight.hits} of {a.dateRight.of}).
        </li>
        <li>
          {a.spurious} of its {a.outputEvents} events match nothing the reader listed: some are events the reader left out, some are mistakes.
        </li>
        <li>
          <strong>{percent(a.verbatim)}</strong> of its excerpts are the article’s exact words ({a.verbatim.hits} of {a.verbatim.of}).
        </li>
      </ul>
      {a.unseen && (
        <p className="mt-2">
          Those articles are the ones it was developed on, so these figures flatter it. On {a.unseen.articles} articles it
          was never tuned to, keyed the same way (measured on {formatDay(a.unseen.measuredOn)}), it found{' '}
          <strong>{percent(a.unseen.required)}</strong> of the required events ({a.unseen.required.hits} of {a.unseen.required.of}),
          and <strong>{percent(a.unseen.dateRight)}</strong> of those right in every other way have the right date
          ({a.unseen.dateRight.hits} of {a.unseen.dateRight.of}); {a.unseen.spurious} of its {a.unseen.outputEvents} events
          there match nothing the reader listed. Expect about that on new articles, and check dates against the excerpt.
        </p>
      )}
    </section>
  );
}
