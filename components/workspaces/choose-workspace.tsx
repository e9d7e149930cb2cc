import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filters";

/** Asks which workspace a new record goes into, when the person may write in several. */
export async function ChooseWorkspace({
  title,
  workspaces,
}: {
  title: string;
  workspaces: { id: string; name: string }[];
}) {
  const t = await getTranslations("briefs");
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <FilterForm label={t("chooseWorkspace")} apply={t("chooseWorkspace")}>
          <FilterSelect
            name="workspace"
            label={t("workspace")}
            options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
          />
        </FilterForm>
      </Card>
    </>
  );
}
