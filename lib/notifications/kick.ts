// Fan-out right after a change: recording an event asks for a run shortly after (by then the
// change's transaction has usually committed); the periodic job picks up whatever this
// misses. Only where the jobs run (startJobs registers the runner), so tests and the CLI
// fan out explicitly. Idempotent either way: the job claims events with SKIP LOCKED and an
// inbox row is unique per event and person.
let runner: (() => Promise<unknown>) | null = null;
let timers: ReturnType<typeof setTimeout>[] = [];

export function registerFanOutRunner(run: (() => Promise<unknown>) | null): void {
  runner = run;
}

/** A run 0.3 s and 2 s after the last request (a slow transaction commits in between). */
export function requestFanOut(): void {
  const run = runner;
  if (!run) return;
  for (const timer of timers) clearTimeout(timer);
  timers = [300, 2000].map((ms) => {
    const timer = setTimeout(
      () => run().catch((error) => console.error("[jobs] notification fan-out failed", error)),
      ms,
    );
    timer.unref?.();
    return timer;
  });
}
