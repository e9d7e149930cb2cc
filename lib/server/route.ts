import "server-only";
// The one wrapper every route handler in app/api uses, as authedAction is for actions:
// who may call (a session, or anyone: the calendar feed's token is its own credential) →
// a JSON body that parses (else 400) → zod-parsed path params and query (bad → 400 naming the
// fields) → the handler → NOT_FOUND / FORBIDDEN as 404, recorded as a refusal like every other
// door (./refusals.ts). Responses: csvResponse (text from ./csv.ts), jsonResponse, fileResponse,
// eventStreamResponse (Server-Sent Events).
import { NextResponse } from "next/server";
import type { z } from "zod";
import { queryObject } from "@/lib/forms/schemas";
import type { Actor } from "./actor";
import { recordRefusal, refusalKind } from "./refusals";
import { checkJsonBody } from "./request-guard";
import { getCurrentUser } from "./session";

type RawParams = Record<string, string | string[] | undefined>;
type RouteContext = { params: Promise<RawParams> };

export interface RouteRequest<P, Q> {
  request: Request;
  params: P;
  query: Q;
}

interface RouteSpec<P, Q> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** What a 404 refused, for the audit (e.g. "attachment"); its id is the first path param. */
  target?: string;
}

const PRIVATE = { "Cache-Control": "private, no-store" };

export function jsonResponse(data: unknown, init: { status?: number; fileName?: string } = {}): Response {
  const headers: Record<string, string> = { ...PRIVATE };
  if (init.fileName) headers["Content-Disposition"] = `attachment; filename="${init.fileName}"`;
  if (!init.fileName) return NextResponse.json(data, { status: init.status, headers });
  return new NextResponse(JSON.stringify(data, null, 2), {
    status: init.status,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

/** A download of CSV text made by ./csv.ts (toCsv, recordsToCsv or a chart's datasetCsv). */
export function csvResponse(csv: string, fileName: string): Response {
  return fileResponse(csv, { type: "text/csv; charset=utf-8", fileName });
}

/** A download (never shown inline); `fileName` is quoted as is, `encodedName` as RFC 5987. */
export function fileResponse(
  body: BodyInit,
  file: { type: string; fileName?: string; encodedName?: string; length?: number },
): Response {
  const headers: Record<string, string> = { ...PRIVATE, "Content-Type": file.type };
  if (file.fileName) headers["Content-Disposition"] = `attachment; filename="${file.fileName}"`;
  if (file.encodedName)
    headers["Content-Disposition"] = `attachment; filename*=UTF-8''${encodeURIComponent(file.encodedName)}`;
  if (file.length !== undefined) headers["Content-Length"] = String(file.length);
  return new NextResponse(body, { headers });
}

/** A Server-Sent Events stream: never cached, never buffered or transformed by a proxy. */
export function eventStreamResponse(stream: ReadableStream<Uint8Array>): Response {
  return new NextResponse(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "private, no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

const badRequest = (reason: string, fields?: Record<string, string[]>, status: 400 | 413 = 400) =>
  NextResponse.json({ error: "bad_request", reason, ...(fields ? { fields } : {}) }, { status, headers: PRIVATE });

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "value";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

async function prepare<P, Q>(
  spec: RouteSpec<P, Q>,
  request: Request,
  context: RouteContext | undefined,
): Promise<{ ok: true; value: RouteRequest<P, Q> } | { ok: false; response: Response }> {
  if (/application\/json/i.test(request.headers.get("content-type") ?? "") && request.body) {
    const refusal = checkJsonBody(await request.clone().text());
    if (refusal) return { ok: false, response: badRequest(refusal.reason, undefined, refusal.status) };
  }
  const rawParams = (await context?.params) ?? {};
  const params = spec.params ? spec.params.safeParse(rawParams) : { success: true as const, data: rawParams as P };
  if (!params.success) return { ok: false, response: badRequest("bad_params", fieldErrors(params.error)) };
  const rawQuery = queryObject(new URL(request.url).searchParams);
  const query = spec.query ? spec.query.safeParse(rawQuery) : { success: true as const, data: rawQuery as Q };
  if (!query.success) return { ok: false, response: badRequest("bad_query", fieldErrors(query.error)) };
  return { ok: true, value: { request, params: params.data, query: query.data } };
}

/** A route for signed-in users: 401 without a session; out of scope is 404, and recorded. */
export function sessionRoute<P = RawParams, Q = Record<string, string | string[]>>(
  spec: RouteSpec<P, Q>,
  handler: (actor: Actor, input: RouteRequest<P, Q>) => Promise<Response>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    const actor = await getCurrentUser();
    if (!actor) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: PRIVATE });
    const prepared = await prepare(spec, request, context);
    if (!prepared.ok) return prepared.response;
    try {
      return await handler(actor, prepared.value);
    } catch (error) {
      const kind = refusalKind(error);
      if (!kind) throw error;
      const id = Object.values((prepared.value.params ?? {}) as RawParams).find((v) => typeof v === "string");
      await recordRefusal(actor, {
        kind,
        via: "api",
        path: new URL(request.url).pathname,
        reason: (error as Error).message,
        ...(spec.target ? { targetType: spec.target, targetId: id as string | undefined } : {}),
      });
      return NextResponse.json({ error: "not_found" }, { status: 404, headers: PRIVATE });
    }
  };
}

/** A route anyone may call (health, next-auth, the calendar feed with its token). */
export function publicRoute<P = RawParams, Q = Record<string, string | string[]>>(
  spec: RouteSpec<P, Q>,
  handler: (input: RouteRequest<P, Q>) => Promise<Response>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    const prepared = await prepare(spec, request, context);
    if (!prepared.ok) return prepared.response;
    try {
      return await handler(prepared.value);
    } catch (error) {
      if (!refusalKind(error)) throw error;
      return NextResponse.json({ error: "not_found" }, { status: 404, headers: PRIVATE });
    }
  };
}
