import { getTranslations } from "next-intl/server";
import { RoundPage } from "@/components/consultations/round-page";
import { getRound } from "@/lib/consultations/service";
import { orNotFound } from "@/lib/server/page";
import { cursorSchema } from "@/lib/server/pagination";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata() {
  const t = await getTranslations("consultations");
  return { title: t("title") };
}

// One consultation round: 404 unless the reader is on its convening side or it is released.
export default async function ConsultationPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { roundId } = await params;
  const answers = cursorSchema.parse((await searchParams).answers);
  const round = await orNotFound(getRound(user, roundId, answers));
  return <RoundPage user={user} round={round} />;
}
