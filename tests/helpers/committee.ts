// A bilateral committee (Korea–US) in a workspace with people in every role, for the
// committee and follow-up tests.
import { committeeSchema } from "@/lib/committees/schemas";
import { createCommittee } from "@/lib/committees/service";
import { actorOf, makeTenant, makeUser, makeWorkspace } from "./factories";

/** manager: Korean side, workspace manager; korean: Korean contributor; american: US contributor
 * and co-chair; americanColleague: same institution, contributor; viewer: US admin, a viewer;
 * outsider: another institution's admin, not in the workspace. */
export async function makeBilateralCommittee() {
  const kr = await makeTenant("Korean institute");
  const us = await makeTenant("US institute");
  const other = await makeTenant("Other");
  const manager = kr.admin;
  const korean = kr.member;
  const american = us.member;
  const americanColleague = actorOf(await makeUser({ institutionId: us.institution.id }));
  const viewer = us.admin;
  const outsider = other.admin;
  const koreaInstitution = kr.institution.id;
  const usInstitution = us.institution.id;
  const ws = await makeWorkspace(manager, [
    [korean, "CONTRIBUTOR"],
    [american, "CONTRIBUTOR"],
    [americanColleague, "CONTRIBUTOR"],
    [viewer, "VIEWER"],
  ]);
  const input = committeeSchema.parse({
    workspaceId: ws.id,
    name: "Joint Committee on S&T Cooperation",
    kind: "JOINT_COMMITTEE",
    agreementTitle: "Korea–US S&T Cooperation Agreement",
    agreementDate: "1976-11-22",
    countries: ["KR", "US"],
    side1Name: "Korea",
    side1Institutions: [kr.institution.id],
    side1CoChairs: [manager.id],
    side2Name: "United States",
    side2Institutions: [us.institution.id],
    side2CoChairs: [american.id],
  });
  const committeeId = (await createCommittee(manager, input)).id;
  return {
    manager,
    korean,
    american,
    americanColleague,
    viewer,
    outsider,
    committeeId,
    koreaInstitution,
    usInstitution,
  };
}
