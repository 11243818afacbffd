import type { Article, Person, TimelineEvent } from '../shared/schema';
import { ExportButtons } from '../features/export/components/export-buttons';
import { toExportedEvents } from '../features/export/utils/to-citations';

interface ExportControlsProps {
  events: TimelineEvent[];
  articles: ReadonlyMap<string, Article>;
  people: ReadonlyMap<string, Person>;
}

/** The export buttons with what they export: one chunk, loaded after the first view. */
export function ExportControls({ events, articles, people }: ExportControlsProps) {
  return <ExportButtons disabled={!events.length} viewUrl={globalThis.location.href} getEvents={() => toExportedEvents(events, articles, people)} />;
}
