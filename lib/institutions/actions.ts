"use server";
import { authedAction } from "@/lib/server/action";
import { createInstitutionSchema } from "./schemas";
import { createInstitution } from "./service";

export const createInstitutionAction = authedAction(
  createInstitutionSchema,
  async (actor, input) => {
    const { link } = await createInstitution(actor, input);
    return { link };
  },
  { revalidate: () => ["/operator/institutions"] },
);
