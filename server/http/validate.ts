import * as z from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import type { ApiIssue } from '../../src/core/api/errors.js';
import { explain } from '../../src/core/config/messages.js';
import type { RawIssue } from '../../src/core/config/messages.js';
import { errors } from './errors.js';

/**
 * Parses request data with a shared schema from `src/core/api/`. Failure is an
 * `invalid_request` error listing every issue with its path, explained in Dutch and English
 * (the same wording as config problems). The value found is never echoed back or logged.
 */
export function validate<S extends $ZodType>(schema: S, data: unknown): output<S> {
  // the input is needed to tell "missing" from "wrong type"; it never leaves this function
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return result.data;
  const issues: ApiIssue[] = result.error.issues.flatMap((issue) =>
    explain(issue as unknown as RawIssue, () => []).map(({ path, message }) => ({ path, message })),
  );
  throw errors.invalidRequest(issues);
}
