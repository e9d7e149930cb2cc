"use server";
import { authedAction } from "@/lib/server/action";
import { watchSchema } from "./schemas";
import { setWatch } from "./service";

export const setWatchAction = authedAction(watchSchema, setWatch, {
  revalidate: (input) => [
    input.target === "COUNTRY"
      ? `/countries/${input.targetKey}`
      : input.target === "BRIEF"
        ? `/briefs/${input.targetKey}`
        : "/briefs",
  ],
});
