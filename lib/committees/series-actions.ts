"use server";
// Session series (issue 12, item 3): the committee page's cadence and template forms, and the
// held session's "plan the next session".
import { authedAction } from "@/lib/server/action";
import {
  addStandingItem,
  moveStandingItem,
  planNextSession,
  removeStandingItem,
  updateCadence,
  updateStandingItem,
} from "./series";
import {
  addStandingItemSchema,
  cadenceSchema,
  moveStandingItemSchema,
  planNextSessionSchema,
  removeStandingItemSchema,
  updateStandingItemSchema,
} from "./series-schemas";

const committeePath = (input: { committeeId: string }) => [`/committees/${input.committeeId}`];

export const updateCadenceAction = authedAction(cadenceSchema, updateCadence, { revalidate: committeePath });
export const addStandingItemAction = authedAction(addStandingItemSchema, addStandingItem, {
  revalidate: committeePath,
});
export const updateStandingItemAction = authedAction(updateStandingItemSchema, updateStandingItem, {
  revalidate: committeePath,
});
export const moveStandingItemAction = authedAction(moveStandingItemSchema, moveStandingItem, {
  revalidate: committeePath,
});
export const removeStandingItemAction = authedAction(removeStandingItemSchema, removeStandingItem, {
  revalidate: committeePath,
});
// No revalidation: it would re-render the plan page as "already planned" and unmount the form
// before it sends the browser to the new session (nothing cached changes: pages are dynamic).
export const planNextSessionAction = authedAction(planNextSessionSchema, planNextSession);
