import RealModule

/// The standard normal distribution: its cumulative distribution function Φ, its survival
/// function `1 − Φ`, two-sided p-values and the quantile function `Φ⁻¹`.
///
/// Both tails keep their relative precision: `Φ(z)` for negative `z` and `1 − Φ(z)` for
/// positive `z` are each computed from `erfc` of a positive argument, never as `1 − Φ`, so
/// `survivalProbability(37)` is `5.7e-300` rather than 0. The rounding of `z/√2` is corrected
/// to first order, which keeps the tails within a few ulps of the exact values (a plain
/// `0.5 * erfc(z / √2)` drifts by up to `z² · 2⁻⁵³`, about 1e-13 at `z = 37`).
///
/// ```swift
/// NormalDistribution.cumulativeProbability(1.96)   // 0.9750021048517795
/// NormalDistribution.twoSidedPValue(-1.96)          // 0.04999579029644087
/// NormalDistribution.quantile(0.975)                // 1.9599639845400538
/// ```
public enum NormalDistribution {
  /// `Φ(z)`, the probability that a standard normal variable is at most `z`.
  ///
  /// Computed as `½ · erfc(−z/√2)`, so values far in the lower tail keep their relative
  /// precision down to the subnormal range (`Φ(−38) ≈ 2.9e-316`). NaN gives NaN.
  ///
  /// ```swift
  /// NormalDistribution.cumulativeProbability(0)     // 0.5
  /// NormalDistribution.cumulativeProbability(-8)    // 6.220960574271784e-16
  /// ```
  ///
  /// - Complexity: O(1)
  public static func cumulativeProbability(_ z: Double) -> Double {
    0.5 * complementaryErrorFunction(ofScaled: -z)
  }

  /// `1 − Φ(z)`, the probability that a standard normal variable exceeds `z`.
  ///
  /// Computed as `½ · erfc(z/√2)`, without the cancellation of `1 − Φ(z)`. NaN gives NaN.
  ///
  /// ```swift
  /// NormalDistribution.survivalProbability(1.96)   // 0.024997895148220435
  /// NormalDistribution.survivalProbability(37)     // 5.7255712225245764e-300
  /// ```
  ///
  /// - Complexity: O(1)
  public static func survivalProbability(_ z: Double) -> Double {
    0.5 * complementaryErrorFunction(ofScaled: z)
  }

  /// The two-sided p-value of a z statistic: `2 · (1 − Φ(|z|))`, as SciPy's
  /// `2 * norm.sf(abs(z))`.
  ///
  /// In `0...1`; 1 at `z = 0`. NaN gives NaN.
  ///
  /// ```swift
  /// NormalDistribution.twoSidedPValue(1.96)   // 0.04999579029644087
  /// NormalDistribution.twoSidedPValue(0)      // 1.0
  /// ```
  ///
  /// - Complexity: O(1)
  public static func twoSidedPValue(_ z: Double) -> Double {
    2 * survivalProbability(z.magnitude)
  }

  /// `Φ⁻¹(p)`, the value a standard normal variable is at most with probability `p`.
  ///
  /// `quantile(0)` is `-.infinity` and `quantile(1)` is `+.infinity`. Acklam's rational
  /// approximation (relative error below 1.2e-9) is refined by one Halley step on
  /// `Φ(x) − p`, which brings the result within 2 ulps of the exact quantile (within 1 ulp of
  /// SciPy's `norm.ppf` at the usual critical values). For `p > ½` the quantile is
  /// `−Φ⁻¹(1 − p)`, where `1 − p` is exact, so the upper tail is as accurate as the lower
  /// one; `p` in the lower half near ½ uses `erf` and the exact `p − ½`; subnormal `p` are
  /// refined on `log Φ` instead.
  ///
  /// ```swift
  /// let z = NormalDistribution.quantile(0.975)   // 1.9599639845400538
  /// let lower = NormalDistribution.quantile(1e-300)   // -37.0470962993612
  /// ```
  ///
  /// - Precondition: `p` is in `0...1` (not NaN).
  /// - Complexity: O(1)
  public static func quantile(_ p: Double) -> Double {
    precondition(p >= 0 && p <= 1, "NormalDistribution.quantile needs p in 0...1, got \(p)")
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    // 1 − p is exact for p in [½, 1] (Sterbenz), and Φ⁻¹(p) = −Φ⁻¹(1 − p).
    return p < 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p)
  }
}

extension NormalDistribution {
  /// √2 as the sum of two doubles: `sqrt2High` is the nearest double, `sqrt2Low` the rest.
  private static let sqrt2High = 0x1.6a09e667f3bcdp0
  private static let sqrt2Low = -0x1.bdd3413b26456p-54
  /// 2/√π.
  private static let twoOverSqrtPi = 0x1.20dd750429b6dp0
  /// 1/√(2π).
  private static let inverseSqrtTwoPi = 0x1.9884533d43651p-2
  /// log(√(2π)).
  private static let logSqrtTwoPi = 0x1.d67f1c864beb5p-1

  /// `erfc(z/√2)`, with the rounding of `z/√2` corrected to first order.
  ///
  /// `x = z/√2` is rounded, and near `x = 26` one ulp of `x` moves `erfc(x)` by `2x²` ulps.
  /// The remainder `z/√2 − x` is recovered exactly enough with a fused multiply-add and
  /// `erfc(x + dx) ≈ erfc(x) − (2/√π)·e^(−x²)·dx` is applied.
  private static func complementaryErrorFunction(ofScaled z: Double) -> Double {
    let x = z / sqrt2High
    let value = Double.erfc(x)
    guard value > 0, x.isFinite else { return value }
    // z − √2·x, with √2 = sqrt2High + sqrt2Low; the first product is exact inside the FMA.
    let remainder = z.addingProduct(-sqrt2High, x) - sqrt2Low * x
    let dx = remainder / sqrt2High
    return value - twoOverSqrtPi * Double.exp(-x * x) * dx
  }

  /// `erf(z/√2)`, with the rounding of `z/√2` corrected as in
  /// ``complementaryErrorFunction(ofScaled:)``.
  private static func errorFunction(ofScaled z: Double) -> Double {
    let x = z / sqrt2High
    let remainder = z.addingProduct(-sqrt2High, x) - sqrt2Low * x
    return Double.erf(x) + twoOverSqrtPi * Double.exp(-x * x) * (remainder / sqrt2High)
  }

  /// `Φ⁻¹(p)` for `0 < p < ½`: Acklam's approximation and one Halley step.
  private static func lowerQuantile(_ p: Double) -> Double {
    var x = acklamQuantile(p)
    if p < .leastNormalMagnitude {
      // Φ(x) and φ(x) are subnormal here, so Newton's method runs on log Φ(x) = log p, with
      // Laplace's series Φ(x) = φ(x)/|x| · (1 − 1/x² + 3/x⁴ − 15/x⁶ + …); at |x| > 37 its
      // first six terms are exact to 1e-15, and d(log Φ)/dx = φ/Φ = |x| / series.
      let logP = Double.log(p)
      for _ in 0..<2 {
        let r = 1 / (x * x)
        let series = 1 + r * (-1 + r * (3 + r * (-15 + r * (105 + r * -945))))
        let logPhi = -0.5 * x * x - logSqrtTwoPi - Double.log(-x) + Double.log(series)
        x -= (logPhi - logP) * series / -x
      }
      return x
    }
    // The residual Φ(x) − p: near the centre as ½·erf(x/√2) − (p − ½), with p − ½ exact
    // for p ≥ ¼, so that small quantiles keep their relative precision; in the tail from
    // erfc, which keeps the relative precision of p.
    let residual: Double
    if p >= 0.25 {
      residual = 0.5 * errorFunction(ofScaled: x) - (p - 0.5)
    } else {
      residual = cumulativeProbability(x) - p
    }
    // Newton's step r/φ(x); φ(x) = e^(−x²/2)/√(2π) underflows below x ≈ −37.5, so it is
    // divided out in logarithms there.
    let halfSquare = 0.5 * x * x
    let step: Double
    if halfSquare < 700 {
      step = residual / (inverseSqrtTwoPi * Double.exp(-halfSquare))
    } else {
      step = (residual / p) * Double.exp(Double.log(p) + halfSquare + logSqrtTwoPi)
    }
    // Halley: with f = Φ − p, f′ = φ and f″ = −xφ, the step is u / (1 + x·u/2).
    x -= step / (1 + 0.5 * x * step)
    return x
  }

  /// Acklam's rational approximation to `Φ⁻¹(p)` for `0 < p < ½`; relative error below
  /// 1.15e-9.
  private static func acklamQuantile(_ p: Double) -> Double {
    if p < 0.02425 {
      let q = (-2 * Double.log(p)).squareRoot()
      let numerator =
        ((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00)
          * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00
      let denominator =
        (((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00)
          * q + 3.754408661907416e+00) * q + 1
      return numerator / denominator
    }
    let q = p - 0.5
    let r = q * q
    let numerator =
      (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02)
        * r + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00)
      * q
    let denominator =
      ((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02)
        * r + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1
    return numerator / denominator
  }
}
