"use server";
import { authedAction } from "@/lib/server/action";
import { importActivities } from "./import";
import { activityImportSchema, createActivitySchema, deleteActivitySchema, updateActivitySchema } from "./schemas";
import { createActivity, deleteActivity, updateActivity } from "./service";

const paths = ["/cooperation", "/cooperation/activities"];

export const createActivityAction = authedAction(
  createActivitySchema,
  async (actor, input) => {
    const activity = await createActivity(actor, input);
    return { id: activity.id, href: `/cooperation/activities/${activity.id}` };
  },
  { revalidate: () => paths },
);

export const updateActivityAction = authedAction(updateActivitySchema, updateActivity, {
  revalidate: (input) => [...paths, `/cooperation/activities/${input.activityId}`],
});

export const deleteActivityAction = authedAction(deleteActivitySchema, deleteActivity, {
  revalidate: () => paths,
  redirectTo: () => "/cooperation/activities",
});

export const importActivitiesAction = authedAction(activityImportSchema, importActivities, { revalidate: () => paths });
