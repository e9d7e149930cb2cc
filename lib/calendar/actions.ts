"use server";
import { noInput } from "@/lib/forms/schemas";
import { authedAction } from "@/lib/server/action";
import { createCalendarFeed, revokeCalendarFeed } from "./service";

export const createCalendarFeedAction = authedAction(noInput, (actor) => createCalendarFeed(actor), {
  revalidate: () => ["/calendar"],
});
export const revokeCalendarFeedAction = authedAction(
  noInput,
  async (actor) => {
    await revokeCalendarFeed(actor);
    return null;
  },
  { revalidate: () => ["/calendar"] },
);
