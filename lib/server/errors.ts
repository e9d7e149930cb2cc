// Expected failures carry a code and a message meant for the user; anything else is a bug,
// logged on the server and shown as a generic message.
export type ErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED" | "UNAUTHENTICATED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    /** Extra data the UI shows, e.g. the current record on a stale-write conflict. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

// Messages are codes ("name" or "name:arg") that the UI translates (components/forms/messages.ts).
export const notFound = (_what?: string) => new AppError("NOT_FOUND", "not_found");
export const conflict = (message: string, details?: unknown) => new AppError("CONFLICT", message, {}, details);
export const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
