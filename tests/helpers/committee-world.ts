// A committee with the people the notification rules are about: both sides' members (a
// manager, contributors, a viewer), a workspace member from an institution outside the
// committee, a member of a side's institution who is not in the workspace, a deactivated
// member, and a stranger from another workspace.
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee } from "@/lib/committees/service";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { actorOf, makeTenant, makeUser, makeWorkspace } from "./factories";

export interface CommitteeWorld {
  workspaceId: string;
  committeeId: string;
  korea: string;
  us: string;
  /** Workspace manager and Korean co-chair. */
  manager: Actor;
  /** A second workspace manager (US side), otherwise uninvolved. */
  usManager: Actor;
  korean: Actor;
  /** US contributor and US co-chair. */
  american: Actor;
  usViewer: Actor;
  /** Contributor from a third institution that has no seat on the committee. */
  thirdParty: Actor;
  /** Member of the US institution who is not in the workspace. */
  usOutsider: Actor;
  /** US contributor, deactivated. */
  deactivated: Actor;
  /** Member of another workspace only. */
  stranger: Actor;
}

export async function makeCommitteeWorld(): Promise<CommitteeWorld> {
  const kr = await makeTenant("Korean institute");
  const us = await makeTenant("US institute");
  const third = await makeTenant("Third institute");
  const other = await makeTenant("Other");
  const person = async (institutionId: string, name?: string) => actorOf(await makeUser({ institutionId, name }));
  const world = {
    korea: kr.institution.id,
    us: us.institution.id,
    manager: kr.admin,
    korean: kr.member,
    american: us.member,
    usManager: us.admin,
    usViewer: await person(us.institution.id, `Emily Viewer ${us.institution.shortName}`),
    thirdParty: third.member,
    usOutsider: await person(us.institution.id),
    deactivated: await person(us.institution.id),
    stranger: other.admin,
  };
  const ws = await makeWorkspace(world.manager, [
    [world.korean, "CONTRIBUTOR"],
    [world.american, "CONTRIBUTOR"],
    [world.usManager, "MANAGER"],
    [world.usViewer, "VIEWER"],
    [world.thirdParty, "CONTRIBUTOR"],
    [world.deactivated, "CONTRIBUTOR"],
  ]);
  await makeWorkspace(world.stranger, [[world.usOutsider, "VIEWER"]]);
  const committee = await createCommittee(
    world.manager,
    committeeSchema.parse({
      workspaceId: ws.id,
      name: "Joint Committee on S&T Cooperation",
      kind: "JOINT_COMMITTEE",
      countries: ["KR", "US"],
      side1Name: "Korea",
      side1Institutions: [world.korea],
      side1CoChairs: [world.manager.id],
      side2Name: "United States",
      side2Institutions: [world.us],
      side2CoChairs: [world.american.id],
    }),
  );
  await db().user.update({ where: { id: world.deactivated.id }, data: { status: "DEACTIVATED" } });
  return { ...world, workspaceId: ws.id, committeeId: committee.id };
}
