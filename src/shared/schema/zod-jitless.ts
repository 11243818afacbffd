import { z } from 'zod';

// The page's CSP forbids eval. Zod decides at schema construction whether to compile parsers with
// Function(), probing for it once; under the CSP that probe is reported as a violation. Turning the
// compiler off must happen before any schema module is evaluated, hence a module of its own, imported first.
z.config({ jitless: true });
