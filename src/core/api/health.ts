import * as z from 'zod/mini';

/** `GET /api/health`. */
export const health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({
    ok: z.boolean(),
    dialect: z.string(),
    migrations: z.array(z.string()),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  }),
  version: z.string(),
});
export type Health = z.infer<typeof health>;
