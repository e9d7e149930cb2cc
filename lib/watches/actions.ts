"use server";
import { authedAction } from "@/lib/server/action";
import { watchSchema } from "./schemas";
import { setWatch } from "./service";

const PAGE_OF = {
  COUNTRY: "/countries/",
  BRIEF: "/briefs/",
  COMMITTEE: "/committees/",
  AGENDA_ITEM: "/agenda-items/",
  FOLLOW_UP: "/follow-ups/",
} as const;

export const setWatchAction = authedAction(watchSchema, setWatch, {
  revalidate: (input) => [
    input.target === "TECHNOLOGY_AREA" ? "/briefs" : `${PAGE_OF[input.target]}${input.targetKey}`,
    "/notifications/watching",
  ],
});
