import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { TLP_LABELS } from "@/lib/briefs/vocabulary";
import type { BriefStatus, Distribution } from "@/lib/generated/prisma/enums";

const TLP_TONE: Record<Distribution, "red" | "amber" | "green" | "slate"> = {
  RESTRICTED: "red",
  INSTITUTION: "amber",
  WORKSPACE: "amber",
  COMMUNITY: "green",
  PUBLIC: "slate",
};

/** The TLP label with the level's name spelled out for screen readers and the curious. */
export async function TlpBadge({ distribution }: { distribution: Distribution }) {
  const t = await getTranslations("vocab.distributionShort");
  return (
    <span title={t(distribution)}>
      <Badge tone={TLP_TONE[distribution]}>
        {TLP_LABELS[distribution]} <span className="sr-only">({t(distribution)})</span>
      </Badge>
    </span>
  );
}

export async function StatusBadge({ status }: { status: BriefStatus }) {
  const t = await getTranslations("vocab.status");
  if (status === "PUBLISHED") return null;
  return <Badge tone={status === "IN_REVIEW" ? "blue" : "slate"}>{t(status)}</Badge>;
}
