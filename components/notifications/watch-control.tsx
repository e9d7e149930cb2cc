import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/server/actor";
import { isWatching } from "@/lib/watches/service";
import { WatchButton } from "./watch-button";

/** "Watch this …" / "Stop watching" for a committee, an agenda item or a follow-up page. */
export async function WatchControl({
  actor,
  target,
  targetKey,
}: {
  actor: Actor;
  target: "COMMITTEE" | "AGENDA_ITEM" | "FOLLOW_UP";
  targetKey: string;
}) {
  const [watching, t] = await Promise.all([
    isWatching(actor, target, targetKey),
    getTranslations("notifications.watch"),
  ]);
  return (
    <WatchButton target={target} targetKey={targetKey} watching={watching} label={t(target)} unlabel={t("stop")} />
  );
}
