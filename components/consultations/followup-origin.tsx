// On a follow-up's page: the consultation answer it was made from, for readers on the round's
// convening side only (the answer is theirs; others see nothing here).
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { followUpOrigin } from "@/lib/consultations/service";
import type { Actor } from "@/lib/server/actor";

export async function FollowUpOrigin({ user, followUpId }: { user: Actor; followUpId: string }) {
  const origin = await followUpOrigin(user, followUpId);
  if (!origin) return null;
  const t = await getTranslations("consultations");
  return (
    <TextLink href={`/consultations/${origin.roundId}`} className="mt-3 block text-sm">
      {t("origin", { organisation: origin.organisation })}
    </TextLink>
  );
}
