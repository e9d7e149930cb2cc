"use server";
import { authedAction } from "@/lib/server/action";
import { profileSchema } from "./schemas";
import { saveCountryProfile } from "./service";

export const saveCountryProfileAction = authedAction(
  profileSchema,
  async (actor, input) => {
    const profile = await saveCountryProfile(actor, input);
    return { version: profile.version };
  },
  { revalidate: (input) => [`/countries/${input.countryCode}`] },
);
