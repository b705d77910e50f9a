// Wilson score interval for a binomial proportion, and the proportion record every department KPI returns.
// Wilson EB. Probable inference, the law of succession, and statistical inference. J Am Stat Assoc
// 1927;22:209–212. The arithmetic follows R's prop.test(x, n, correct = FALSE)$conf.int step for step, so the
// bounds agree with R to rounding (wilson.test.ts holds the R reference vectors).

export type Interval = { lower: number; upper: number };

/** A proportion as the KPI pages show it: value, lower, upper are fractions 0–1, null when the denominator is 0. */
export type Proportion = {
  numerator: number;
  denominator: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
};

// Wichura MJ. Algorithm AS 241: the percentage points of the normal distribution. Appl Stat 1988;37:477–484
// (PPND16, about 16 significant digits; the algorithm of R's qnorm). Coefficients as the doubles they round to.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852546,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** Horner evaluation of c[0] + c[1]·r + … + c[7]·r⁷. */
function poly(c: readonly number[], r: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * r + c[i]!;
  return v;
}

/** The standard normal quantile Φ⁻¹(p) for 0 < p < 1 (AS 241 / PPND16, as R's qnorm). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new RangeError(
      `概率须在 0 与 1 之间（不含端点）/ probability must lie strictly between 0 and 1: ${p}`,
    );
  }
  const q = p - 0.5;
  // AS 241: central region |q| ≤ 0.425.
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  // AS 241: tails, r = sqrt(−log(min(p, 1 − p))).
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let v: number;
  if (r <= 5) {
    r -= 1.6;
    v = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    v = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -v : v;
}

function checkCounts(x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n < 0 || x > n) {
    throw new RangeError(`计数须为整数且 0 ≤ x ≤ n / counts must be integers with 0 ≤ x ≤ n: x=${x}, n=${n}`);
  }
}

/**
 * Two-sided Wilson score interval for x successes out of n, or null when n = 0.
 * Bounds are exactly 0 at x = 0 and exactly 1 at x = n, as in R.
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95): Interval | null {
  checkCounts(x, n);
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(
      `置信水平须在 0 与 1 之间 / confidence must lie strictly between 0 and 1: ${confidence}`,
    );
  }
  if (n === 0) return null;
  // R prop.test: z = qnorm((1 + conf.level) / 2); 0.95 → 1.959963984540054.
  const z = normalQuantile((1 + confidence) / 2);
  const p = x / n;
  // R prop.test (correct = FALSE): z22n = z²/(2n); bound = (p + z22n ∓ z·√(p(1−p)/n + z22n/(2n))) / (1 + 2·z22n).
  const z22n = (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z22n / (2 * n));
  const upper = p >= 1 ? 1 : (p + z22n + half) / (1 + 2 * z22n);
  const lower = p <= 0 ? 0 : (p + z22n - half) / (1 + 2 * z22n);
  return { lower: Math.max(lower, 0), upper: Math.min(upper, 1) };
}

/** numerator / denominator with its Wilson interval; value, lower and upper are null when the denominator is 0. */
export function proportion(numerator: number, denominator: number, confidence = 0.95): Proportion {
  const ci = wilsonInterval(numerator, denominator, confidence);
  return {
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
    lower: ci === null ? null : ci.lower,
    upper: ci === null ? null : ci.upper,
  };
}
