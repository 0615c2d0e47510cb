"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveStudySettingsAction } from "@/lib/actions/settings/save-study-settings";
import type { ActionResult } from "@/lib/actions/action-result";
import { Field, primaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

const ZONES = [
  "Asia/Tokyo",
  "Asia/Seoul",
  "Asia/Shanghai",
  "Asia/Singapore",
  "Asia/Kolkata",
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Australia/Sydney",
  "UTC",
];

type Values = {
  timeZone: string;
  rolloverHour: number;
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  deckRetention: number | null;
  examKind: string | null;
  examDate: string | null;
};

const EXAM_ERRORS: Record<string, "examDateMissing" | "examDatePast" | "examDateTooFar" | "examDateInvalid"> = {
  "invalid-exam-date-missing": "examDateMissing",
  "invalid-exam-past": "examDatePast",
  "invalid-exam-too-far": "examDateTooFar",
};

export function StudySettingsForm({ deckSlug, values }: { deckSlug: string; values: Values }) {
  const t = useTranslations("settings");
  const tPlan = useTranslations("planning");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveStudySettingsAction, null);
  const error = (name: string) => (state && !state.ok && state.fieldErrors?.[name] ? t("invalid") : null);
  const examDateCode = state && !state.ok ? state.fieldErrors?.examDate : undefined;
  const examError = examDateCode ? tPlan(EXAM_ERRORS[examDateCode] ?? "examDateInvalid") : null;
  const zones = ZONES.includes(values.timeZone) ? ZONES : [values.timeZone, ...ZONES];
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <input type="hidden" name="deckSlug" value={deckSlug} />
      <div className="space-y-1">
        <label htmlFor="timeZone" className="block text-sm font-medium">
          {t("timeZone")}
        </label>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={values.timeZone}
          className="min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 dark:border-slate-600 dark:bg-slate-800"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t("rolloverHour")}
        name="rolloverHour"
        type="number"
        min={0}
        max={23}
        defaultValue={values.rolloverHour}
        hint={t("rolloverHint")}
        error={error("rolloverHour")}
      />
      <Field
        label={t("retention")}
        name="desiredRetention"
        type="number"
        step="0.01"
        min={0.7}
        max={0.99}
        defaultValue={values.desiredRetention}
        hint={t("retentionHint")}
        error={error("desiredRetention")}
      />
      <h2 id="exam" className="scroll-mt-20 pt-2 font-semibold">
        {tPlan("examHeading")}
      </h2>
      <div className="space-y-1">
        <label htmlFor="examKind" className="block text-sm font-medium">
          {tPlan("examKind")}
        </label>
        <select
          id="examKind"
          name="examKind"
          defaultValue={values.examKind ?? ""}
          aria-describedby="examKind-hint"
          className="min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 dark:border-slate-600 dark:bg-slate-800"
        >
          <option value="">{tPlan("noExam")}</option>
          <option value="CKA">CKA</option>
          <option value="CKAD">CKAD</option>
        </select>
        <p id="examKind-hint" className="text-sm text-slate-600 dark:text-slate-300">
          {tPlan("examKindHint")}
        </p>
      </div>
      <Field
        label={tPlan("examDate")}
        name="examDate"
        type="date"
        defaultValue={values.examDate ?? ""}
        error={examError}
      />
      <h2 className="pt-2 font-semibold">{t("deckSection")}</h2>
      <Field
        label={t("newPerDay")}
        name="newPerDay"
        type="number"
        min={0}
        defaultValue={values.newPerDay}
        error={error("newPerDay")}
      />
      <Field
        label={t("reviewsPerDay")}
        name="reviewsPerDay"
        type="number"
        min={0}
        defaultValue={values.reviewsPerDay}
        error={error("reviewsPerDay")}
      />
      <Field
        label={t("deckRetention")}
        name="deckRetention"
        type="number"
        step="0.01"
        min={0.7}
        max={0.99}
        defaultValue={values.deckRetention ?? ""}
        error={error("deckRetention")}
      />
      {state?.ok && (
        <p role="status" className="text-sm font-medium text-green-700 dark:text-green-300">
          {t("saved")}
        </p>
      )}
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("save")}
      </button>
    </form>
  );
}
