// Imported first so that the schemas below are built without zod's eval probe (the page's CSP forbids eval).
import './zod-jitless';

/**
 * The schema the page itself runs, loaded on demand with `import()`: zod then stays out of the page's first
 * bundle (the dataset is validated in workers; an article text only when a reader opens an event).
 */
export { articleTextSchema } from './dataset';
