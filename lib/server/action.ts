import "server-only";
// The wrappers every server action uses: session → zod input → service → revalidate
// (authedAction; publicAction for the link pages; optionalSessionAction for the language).
// Only AppErrors reach the client; anything else is logged and shown as a generic message.
// FORBIDDEN and NOT_FOUND of a signed-in user are recorded as refusals (lib/server/refusals.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "./actor";
import { isAppError } from "./errors";
import { recordRefusal, refusalKind, requestPath } from "./refusals";
import { getCurrentUser } from "./session";
import { withoutControlCharacters } from "./text";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | {
      status: "error";
      error: string;
      fieldErrors: Record<string, string[]>;
      values: Record<string, string>;
      details?: unknown;
    };

export const idleState: ActionState = { status: "idle" };

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Passwords are never sent back to the browser.
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$"))
      values[key] = withoutControlCharacters(value);
  }
  return values;
}

/** What a hand-made request sends instead of form data gets a clear answer, not a crash. */
const badRequest = (): ActionState<never> => ({ status: "error", error: "bad_request", fieldErrors: {}, values: {} });
const isFormData = (value: unknown): value is FormData => typeof FormData !== "undefined" && value instanceof FormData;

function toError(error: unknown, values: Record<string, string>): ActionState<never> {
  if (isAppError(error)) {
    return { status: "error", error: error.message, fieldErrors: error.fieldErrors, values, details: error.details };
  }
  console.error("[action] unexpected error", error);
  return { status: "error", error: "unexpected", fieldErrors: {}, values };
}

interface ActionOptions<I> {
  /** Paths whose cached pages change. */
  revalidate?: (input: I) => string[];
  message?: string;
  /** Where to send the browser after success (e.g. when the current page is gone for the user). */
  redirectTo?: (input: I) => string;
}

/**
 * Form fields as an object; a name sent several times (checkboxes, rows) becomes an array.
 * Text loses NUL and other control characters (PostgreSQL refuses NUL in text; the rest are
 * never typed), keeping tab and line breaks.
 */
export function formDataObject(formData: FormData): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key).map((v) => (typeof v === "string" ? withoutControlCharacters(v) : v));
    raw[key] = all.length > 1 ? all : all[0];
  }
  return raw;
}

function parse<S extends z.ZodType>(schema: S, formData: FormData) {
  return schema.safeParse(formDataObject(formData));
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    result[key] = [...(result[key] ?? []), issue.message];
  }
  return result;
}

/** A server action for signed-in users, usable with useActionState. */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (actor: Actor, input: z.infer<S>) => Promise<T>,
  options: ActionOptions<z.infer<S>> = {},
) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    if (!isFormData(formData)) return badRequest();
    const values = formValues(formData);
    const actor = await getCurrentUser();
    if (!actor) return { status: "error", error: "session_ended", fieldErrors: {}, values };
    return run(schema, formData, values, (input) => handler(actor, input), options, actor);
  };
}

/**
 * A server action for everyone, signed in or not (the language switch): the handler gets the
 * actor, or null. Same form parsing, errors and refusal records as authedAction.
 */
export function optionalSessionAction<S extends z.ZodType, T>(
  schema: S,
  handler: (actor: Actor | null, input: z.infer<S>) => Promise<T>,
  options: ActionOptions<z.infer<S>> = {},
) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    if (!isFormData(formData)) return badRequest();
    const actor = await getCurrentUser();
    return run(schema, formData, formValues(formData), (input) => handler(actor, input), options, actor ?? undefined);
  };
}

/** The record an action was about: its first `…Id` input (e.g. briefId → brief). */
function targetOf(input: unknown): { targetType?: string; targetId?: string } {
  if (!input || typeof input !== "object") return {};
  const entry = Object.entries(input).find(([key, value]) => key.endsWith("Id") && typeof value === "string" && value);
  return entry ? { targetType: entry[0].slice(0, -2), targetId: entry[1] as string } : {};
}

/** A server action for the public link pages (invitation, reset, setup). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<T>,
  options: ActionOptions<z.infer<S>> = {},
) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> =>
    isFormData(formData) ? run(schema, formData, formValues(formData), handler, options) : badRequest();
}

async function run<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  values: Record<string, string>,
  handler: (input: z.infer<S>) => Promise<T>,
  options: ActionOptions<z.infer<S>>,
  actor?: Actor,
): Promise<ActionState<T>> {
  const parsed = parse(schema, formData);
  if (!parsed.success) {
    return { status: "error", error: "check_fields", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  let data: T;
  try {
    data = await handler(parsed.data);
    for (const path of options.revalidate?.(parsed.data) ?? []) revalidatePath(path);
  } catch (error) {
    // A refused write is audited apart from its (rolled back) transaction.
    const kind = actor ? refusalKind(error) : null;
    if (actor && kind)
      await recordRefusal(actor, {
        kind,
        via: "action",
        path: await requestPath(),
        reason: (error as Error).message,
        ...targetOf(parsed.data),
      });
    return toError(error, values);
  }
  // redirect() throws Next's own signal; it must not be caught above.
  if (options.redirectTo) redirect(options.redirectTo(parsed.data));
  return { status: "ok", data, message: options.message };
}
