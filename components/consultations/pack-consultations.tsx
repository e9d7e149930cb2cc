// The consultations of one agenda item in the pre-session pack: the convening side reads the
// answers; the other side only released summaries and counts (packRounds decides).
import { getTranslations } from "next-intl/server";
import type { RoundView } from "@/lib/consultations/service";
import { RoundCounts } from "./item-consultations";

export async function PackConsultations({ rounds }: { rounds: RoundView[] }) {
  if (!rounds.length) return null;
  const t = await getTranslations("consultations");
  const tfb = await getTranslations("feedback");
  return (
    <div>
      <h4 className="text-sm font-semibold">{t("packHeading")}</h4>
      <ul className="space-y-3 text-sm">
        {rounds.map((round) => (
          <li key={round.id}>
            <p className="font-medium">{round.question}</p>
            <p className="text-xs text-slate-500">
              {t(`statuses.${round.status}`)} · {t("convenedBy", { side: round.side.name })}
            </p>
            <RoundCounts round={round} />
            {round.summary && (
              <p className="mt-1 whitespace-pre-wrap">
                <strong>{t("summary")}:</strong> {round.summary}
              </p>
            )}
            {round.answers && round.answers.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {round.answers.map((a) => (
                  <li key={a.id}>
                    <strong>
                      {a.organisation} ({a.sector}) — {tfb(`kinds.${a.position}`)}:
                    </strong>{" "}
                    {a.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
