/** Waits between automatic retries of a failed sign-up (milliseconds): backoff, then a button. */
export const RETRY_DELAYS = [2000, 5000, 10000, 20000];

/** The delay before automatic retry number `attempt` (0-based), or undefined when it is time to stop. */
export function retryDelay(attempt: number, delays: readonly number[] = RETRY_DELAYS): number | undefined {
  return delays[attempt];
}
