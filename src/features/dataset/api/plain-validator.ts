import { createRequestValidator, type ValidationReply, type ValidationRequest } from './validate-request';
import { plainChecks } from './plain-checks';

async function zodValidator() {
  // zod must be told not to compile parsers (the page's CSP forbids eval) before the schemas are built.
  await import('../../../shared/schema/zod-jitless');
  const { zodChecks } = await import('./zod-checks');
  return createRequestValidator(zodChecks);
}

/**
 * Validates with the plain checks, which need no library and take a fraction of zod's time: on the page for a
 * small dataset, in each worker for a large one. When they refuse a file, zod (loaded only then) checks it again
 * from the same start, so that the error screen says what is wrong in the schema's own words; a file zod would
 * accept stays refused, so nothing the plain checks refuse is ever shown.
 */
export function createPlainValidator(): (req: ValidationRequest) => Promise<ValidationReply> {
  const quick = createRequestValidator(plainChecks);
  const accepted: ValidationRequest[] = [];
  return async (req) => {
    const reply = quick(req);
    if (reply.ok) {
      if (req.kind !== 'shard') accepted.push(req);
      return reply;
    }
    const again = await zodValidator();
    for (const earlier of accepted) again(earlier);
    const explained = again(req);
    return explained.ok ? reply : explained;
  };
}
