// GET /api/notifications/unread: the header badge's count (refetched on a live "inbox" event).
import { unreadCount } from "@/lib/notifications/service";
import { jsonResponse, sessionRoute } from "@/lib/server/route";

export const GET = sessionRoute({}, async (user) => jsonResponse({ count: await unreadCount(user) }));
