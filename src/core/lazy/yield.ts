/**
 * Gives the main thread back to the browser (input, a paint) before more work: between fetching
 * the config, validating it and rendering it, so no step on the way to first content makes one
 * long task on a slow phone. `scheduler.yield()` where there is one (the work continues before
 * other queued tasks), else a task of its own through a message (not clamped like setTimeout).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
