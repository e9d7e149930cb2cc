// Expected failures carry a code and a message meant for the user; anything else is a bug,
// logged on the server and shown as a generic message.
export type ErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED" | "UNAUTHENTICATED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

// Messages are codes ("name" or "name:arg") that the UI translates (components/forms/messages.ts).
export const notFound = (_what?: string) => new AppError("NOT_FOUND", "not_found");
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", message, { [field]: [message] });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
