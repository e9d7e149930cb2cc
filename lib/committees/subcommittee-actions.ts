"use server";
// Two tracks (issue 12, item 4). Creating a sub-committee goes through createCommitteeAction
// (./actions.ts) with a `parentId`; delegating a decision is here.
import { authedAction } from "@/lib/server/action";
import { delegateDecisionSchema } from "./schemas";
import { delegateDecision } from "./subcommittees";

export const delegateDecisionAction = authedAction(delegateDecisionSchema, delegateDecision);
