import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowUpBoard } from "@/components/followups/board";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { boardCards } from "@/lib/followups/board";
import { followUpFiltersSchema, followUpQueryString } from "@/lib/followups/schemas";
import { requireUser } from "@/lib/server/session";

export default async function BoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filters = followUpFiltersSchema.parse(await searchParams);
  const cards = await boardCards(user, filters);
  const query = followUpQueryString({ ...filters, status: [] });
  const t = await getTranslations("followUps");
  return (
    <>
      <PageHeader
        title={t("board")}
        description={t("boardHint")}
        actions={
          <Link href={`/follow-ups${query ? `?${query}` : ""}`} className={buttonClass("secondary")}>
            {t("listView")}
          </Link>
        }
      />
      <FollowUpBoard initialCards={cards} query={query} />
    </>
  );
}
