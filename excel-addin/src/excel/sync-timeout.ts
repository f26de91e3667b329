/** Excel on the web can leave a sync unanswered; every sync goes through this so the pane can offer a retry. */
export class SyncTimeoutError extends Error {
  readonly code = 'SyncTimeout';
  constructor(readonly ms: number) {
    super(`Excel did not answer within ${ms} ms`);
  }
}

export function syncWithin(context: Excel.RequestContext, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SyncTimeoutError(ms)), ms);
  });
  return Promise.race<void>([context.sync(), timeout]).finally(() => clearTimeout(timer));
}
