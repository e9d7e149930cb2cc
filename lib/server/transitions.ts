// Status changes as tables (state → states it may move to); each domain keeps its own table
// (lib/committees/transitions.ts, lib/followups/transitions.ts) and every change is checked here.
import { AppError } from "./errors";

export type TransitionTable<S extends string> = Record<S, readonly S[]>;

export function canTransition<S extends string>(table: TransitionTable<S>, from: S, to: S): boolean {
  return table[from].includes(to);
}

/** Staying put is allowed; a change the table does not list is a conflict naming it. */
export function assertTransition<S extends string>(table: TransitionTable<S>, from: S, to: S): void {
  if (from === to) return;
  if (!canTransition(table, from, to)) throw new AppError("CONFLICT", `bad_transition:${from}→${to}`);
}
