/**
 * Kubernetes resource quantities (`5Gi`, `500m`, `1.5`, `1e3`) as exact integers of nano-units,
 * following apimachinery's resource.Quantity grammar:
 *   <quantity> ::= <signedNumber><suffix>;  <number> ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
 *   <suffix>   ::= Ki | Mi | Gi | Ti | Pi | Ei | n | u | m | "" | k | M | G | T | P | E | e<signedNumber> | E<signedNumber>
 * Kubernetes rounds a value finer than 1n *up* to the next nano-unit, so we do too. BigInt keeps
 * every step exact: `0.1` + `0.2` style float surprises cannot make 300m differ from 0.3.
 */
const QUANTITY = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
/** Nano-units per unit. */
const NANO_SCALE = 9;
/**
 * Decimal exponents beyond this are refused rather than expanded: no resource is 10^100 of
 * anything, and a learner's `1e99999999` must not make us build a number with that many digits.
 */
const MAX_EXPONENT = 100;

/** The quantity in nano-units, or null when `value` is not a quantity (YAML numbers are read as written). */
export function parseQuantity(value: unknown): bigint | null {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== "string") return null;
  const match = QUANTITY.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = "", suffix = ""] = match;
  if (whole === "" && fraction === "") return null;
  const exponent = suffix in DECIMAL_SUFFIX ? DECIMAL_SUFFIX[suffix] : /^[eE]/.test(suffix) ? Number(suffix.slice(1)) : 0;
  if (Math.abs(exponent) > MAX_EXPONENT) return null;
  let digits = BigInt(whole + fraction || "0");
  if (suffix in BINARY_SUFFIX) digits *= 2n ** BigInt(BINARY_SUFFIX[suffix]);
  // digits × 10^(exponent − fraction.length) units = digits × 10^shift nano-units
  const shift = exponent - fraction.length + NANO_SCALE;
  const nano = shift >= 0 ? digits * 10n ** BigInt(shift) : ceilDiv(digits, 10n ** BigInt(-shift));
  return sign === "-" ? -nano : nano;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
