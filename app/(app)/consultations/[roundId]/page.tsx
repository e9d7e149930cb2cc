import { getTranslations } from "next-intl/server";
import { RoundPage } from "@/components/consultations/round-page";
import { getRound } from "@/lib/consultations/service";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata() {
  const t = await getTranslations("consultations");
  return { title: t("title") };
}

// One consultation round: 404 unless the reader is on its convening side or it is released.
export default async function ConsultationPage({ params }: { params: Promise<{ roundId: string }> }) {
  const user = await requireUser();
  const { roundId } = await params;
  const round = await orNotFound(getRound(user, roundId));
  return <RoundPage user={user} round={round} />;
}
