// Attendees by side, for the minutes and the pack (issue 12, item 2): one table per side (name,
// organisation and title, role, status). Structural input: the caller passes what
// lib/delegations/service.ts (sessionAttendees) read with the reader's scope.
import { translatorFor } from "@/i18n/translator";
import type { Block } from "./document";

export interface AttendeeSource {
  side: string;
  attendees: { name: string; organisation: string; title: string; role: string; status: string }[];
}

export async function attendeeBlocks(sides: AttendeeSource[] | undefined, locale: string): Promise<Block[]> {
  if (!sides) return [];
  const t = await translatorFor(locale, "delegations");
  const blocks: Block[] = [{ kind: "heading", level: 2, text: t("attendees") }];
  for (const side of sides) {
    blocks.push({ kind: "heading", level: 3, text: t("attendeesOf", { side: side.side }) });
    if (!side.attendees.length) {
      blocks.push({ kind: "paragraph", text: t("noAttendees"), style: "muted" });
      continue;
    }
    blocks.push({
      kind: "table",
      headers: [t("name"), t("organisationAndTitle"), t("role"), t("statusLabel")],
      widths: [3, 4, 3, 2],
      rows: side.attendees.map((a) => [
        a.name,
        [a.organisation, a.title].filter(Boolean).join("\n"),
        a.role,
        t(`status.${a.status}`),
      ]),
    });
  }
  return blocks;
}
