import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeleteActivityForm, EditActivityForm } from "@/components/cooperation/activity-form";
import { Card, PageHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getActivity } from "@/lib/cooperation/service";
import { countryName, countryOptions } from "@/lib/reference/country-names";
import { orNotFound } from "@/lib/server/page";
import { requireUser } from "@/lib/server/session";
import { isoDateOf } from "@/lib/time/clock";

export default async function ActivityPage({ params }: { params: Promise<{ activityId: string }> }) {
  const user = await requireUser();
  const { activityId } = await params;
  const activity = await orNotFound(getActivity(user, activityId));
  const [t, format, locale] = await Promise.all([getTranslations("cooperation"), getFormatter(), getLocale()]);
  const day = (d: Date | null) => (d ? isoDateOf(d) : "");
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={`${activity.organisation} — ${activity.partner}`}
        description={`${countryName(activity.partnerCountryCode, locale)} · ${t(`fields.${activity.field}`)} · ${activity.workspace.name}`}
        actions={
          <TextLink href="/cooperation/activities" className="text-sm">
            {t("backToRegistry")}
          </TextLink>
        }
      />
      {activity.canEdit ? (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2" title={t("edit")}>
            <EditActivityForm
              activityId={activity.id}
              version={activity.version}
              countries={countryOptions(locale)}
              values={{
                organisation: activity.organisation,
                organisationType: activity.organisationType,
                partner: activity.partner,
                partnerType: activity.partnerType,
                partnerCountry: activity.partnerCountryCode,
                field: activity.field,
                modes: activity.modes,
                startDate: day(activity.startDate),
                endDate: day(activity.endDate),
              }}
            />
          </Card>
          <Card title={t("delete")}>
            <p className="mb-3 text-sm text-slate-600">{t("deleteHint")}</p>
            <DeleteActivityForm activityId={activity.id} version={activity.version} />
          </Card>
        </div>
      ) : (
        <Card>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            {[
              [t("organisationType"), t(`organisationTypes.${activity.organisationType}`)],
              [t("partnerType"), t(`partnerTypes.${activity.partnerType}`)],
              [t("modesField"), format.list(activity.modes.map((m) => t(`modes.${m}`)))],
              [
                t("period"),
                activity.endDate
                  ? `${date(activity.startDate)} – ${date(activity.endDate)}`
                  : t("since", { date: date(activity.startDate) }),
              ],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs uppercase text-slate-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      )}
    </>
  );
}
