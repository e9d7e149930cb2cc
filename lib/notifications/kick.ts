// Fan-out right after a change: recording an event asks for a run shortly after (by then the
// change's transaction has usually committed); the periodic job picks up whatever this
// misses. Only where the jobs run (startJobs registers the runner), so tests and the CLI
// fan out explicitly. Idempotent either way: the job claims events with SKIP LOCKED and an
// inbox row is unique per event and person.
// The runner lives on globalThis: Next bundles instrumentation (which registers it) and the
// routes (which record events) separately, each with its own copy of this module.
const holder = globalThis as typeof globalThis & {
  __accordFanOut?: { run: (() => Promise<unknown>) | null; timers: ReturnType<typeof setTimeout>[] };
};
holder.__accordFanOut ??= { run: null, timers: [] };
const state = holder.__accordFanOut;

export function registerFanOutRunner(run: (() => Promise<unknown>) | null): void {
  state.run = run;
}

/** A run 0.3 s and 2 s after the last request (a slow transaction commits in between). */
export function requestFanOut(): void {
  const run = state.run;
  if (!run) return;
  for (const timer of state.timers) clearTimeout(timer);
  state.timers = [300, 2000].map((ms) => {
    const timer = setTimeout(
      () => run().catch((error) => console.error("[jobs] notification fan-out failed", error)),
      ms,
    );
    timer.unref?.();
    return timer;
  });
}
