import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { TimeZonePrompt } from "@/components/shell/time-zone-prompt";
import { requireUser } from "@/lib/server/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={user} />
      {!user.timeZone && <TimeZonePrompt />}
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
