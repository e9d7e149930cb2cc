// POST /api/unsubscribe/<token>: one-click unsubscribe (RFC 8058) as mail clients send it from
// the List-Unsubscribe header (body "List-Unsubscribe=One-Click"); the signed token is the
// credential. GET (someone opening the address) shows the confirmation page instead.
import { unsubscribeSchema } from "@/lib/notifications/schemas";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { absoluteUrl } from "@/lib/server/links";
import { jsonResponse, publicRoute } from "@/lib/server/route";

export const POST = publicRoute({ params: unsubscribeSchema }, async ({ params }) => {
  if (!(await unsubscribe(params.token))) return jsonResponse({ error: "not_found" }, { status: 404 });
  return jsonResponse({ ok: true });
});

export const GET = publicRoute({ params: unsubscribeSchema }, async ({ params }) =>
  Response.redirect(absoluteUrl(`/unsubscribe/${encodeURIComponent(params.token)}`), 303),
);
