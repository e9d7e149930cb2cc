// Attendees by side (the minutes and the pack): who attended a held session, else who accepted
// or is tentative (lib/delegations/service.ts, sessionAttendees).
import { getTranslations } from "next-intl/server";
import { type AttendeeSide, getAttendees } from "@/lib/delegations/service";
import type { Actor } from "@/lib/server/actor";

export async function AttendeesList({ sides, headingLevel = 2 }: { sides: AttendeeSide[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("delegations");
  const H = headingLevel === 2 ? "h2" : "h3";
  const h = headingLevel === 2 ? "h3" : "h4";
  const Sub = h;
  return (
    <section aria-labelledby="attendees-heading" className="space-y-3">
      <H id="attendees-heading" className={headingLevel === 2 ? "text-xl font-semibold" : "text-base font-semibold"}>
        {t("attendees")}
      </H>
      {sides.map((side) => (
        <div key={side.side}>
          <Sub className="text-sm font-semibold">{t("attendeesOf", { side: side.side })}</Sub>
          {side.attendees.length ? (
            <ul className="list-disc pl-5 text-sm">
              {side.attendees.map((a, i) => (
                <li key={i}>
                  {a.name}
                  {[a.organisation, a.title].filter(Boolean).length > 0 &&
                    `, ${[a.organisation, a.title].filter(Boolean).join(", ")}`}
                  {a.role && ` — ${a.role}`}
                  {a.status === "TENTATIVE" && ` (${t("status.TENTATIVE")})`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t("noAttendees")}</p>
          )}
        </div>
      ))}
    </section>
  );
}

/** The attendees of a session the reader reads, under its minutes. */
export async function SessionAttendees({ user, sessionId }: { user: Actor; sessionId: string }) {
  return (
    <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <AttendeesList sides={await getAttendees(user, sessionId)} headingLevel={3} />
    </div>
  );
}
