/**
 * The Pod count an int-or-percent field such as `maxSurge` stands for at `replicas` replicas, as
 * the Deployment controller computes it (apimachinery intstr.GetScaledValueFromIntOrPercent):
 * a whole number is itself; `"N%"` (whole N) is N% of replicas, rounded up for maxSurge and down
 * for maxUnavailable. Anything else (`"1"` without %, `1.5`, `"25 %"`) is not a valid value: null.
 * Integer arithmetic, so 7% of 100 is exactly 7.
 */
export function scaleIntOrPercent(value: unknown, replicas: number, roundUp: boolean): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const match = /^(\d{1,9})%$/.exec(value);
  if (!match) return null;
  const share = Number(match[1]) * replicas;
  const whole = (share - (share % 100)) / 100;
  return roundUp && share % 100 !== 0 ? whole + 1 : whole;
}
