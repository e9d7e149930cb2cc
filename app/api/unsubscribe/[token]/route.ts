// POST /api/unsubscribe/<token>: one-click unsubscribe (RFC 8058) as mail clients send it from
// the List-Unsubscribe header (body "List-Unsubscribe=One-Click"); the signed token is the
// credential. GET (someone opening the address) shows the confirmation page instead.
import { NextResponse } from "next/server";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { absoluteUrl } from "@/lib/server/links";

type Params = { params: Promise<{ token: string }> };

export async function POST(_request: Request, { params }: Params) {
  const { token } = await params;
  if (token.length > 200 || !(await unsubscribe(token)))
    return NextResponse.json({ error: "not_found" }, { status: 404 });
  return NextResponse.json({ ok: true });
}

export async function GET(_request: Request, { params }: Params) {
  const { token } = await params;
  return NextResponse.redirect(absoluteUrl(`/unsubscribe/${encodeURIComponent(token)}`), 303);
}
