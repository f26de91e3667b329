/**
 * Debounce and single flight: `schedule` waits `debounceMs` after the last call, `kick` runs at once;
 * one run at a time, and calls that arrive during a run cause exactly one more run after it.
 */
export function createScheduler(o: {
  debounceMs: number;
  /** One recompute; a throw ends the runs and goes to `onError`. */
  run: () => Promise<void>;
  onError: (err: unknown) => void;
  /** Stop repeating (the session is disposed). */
  stopped: () => boolean;
}) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let dirty = false;

  function kick(): Promise<void> {
    if (running) {
      dirty = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          dirty = false;
          await o.run();
        } while (dirty && !o.stopped());
      } catch (err) {
        o.onError(err);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    kick,
    schedule(): void {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void kick();
      }, o.debounceMs);
    },
    /** Resolves when no run is pending or running. */
    async idle(): Promise<void> {
      while (timer || running) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, o.debounceMs + 1));
      }
    },
    cancel(): void {
      if (timer) clearTimeout(timer);
    },
  };
}
