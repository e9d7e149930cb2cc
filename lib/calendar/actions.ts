"use server";
import { z } from "zod";
import { authedAction } from "@/lib/server/action";
import { createCalendarFeed, revokeCalendarFeed } from "./service";

export const createCalendarFeedAction = authedAction(z.object({}), (actor) => createCalendarFeed(actor), {
  revalidate: () => ["/calendar"],
});
export const revokeCalendarFeedAction = authedAction(
  z.object({}),
  async (actor) => {
    await revokeCalendarFeed(actor);
    return null;
  },
  { revalidate: () => ["/calendar"] },
);
