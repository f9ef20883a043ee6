import AUCMetrics
import Foundation
import Testing

/// ``NormalDistribution`` and ``StudentTDistribution`` against SciPy 1.17.1 (numpy 2.4.6):
/// every reference value below was printed with `float.hex` from the `scipy.stats` call named
/// next to it. Where SciPy itself is off by more than our tolerance, 50-digit mpmath 1.3.0
/// values check the tails separately.
@Suite("Normal and Student t distributions against SciPy")
struct DistributionTests {
  /// `|value − reference| / |reference|`; 0 when both are equal (including both 0).
  private static func relativeError(_ value: Double, _ reference: Double) -> Double {
    value == reference ? 0 : (value - reference).magnitude / reference.magnitude
  }

  // MARK: - Normal distribution

  /// `(z, norm.cdf(z), norm.sf(z))`.
  static let normalReferences: [(z: Double, cdf: Double, sf: Double)] = [
    (-38, 0, 0x1.0000000000000p+0),  // SciPy's ndtr underflows Φ(−38) ≈ 2.885e-316 to 0
    (-8, 0x1.669d2c90d55a2p-51, 0x1.ffffffffffffap-1),  // 6.22096057427174e-16
    (-1.96, 0x1.9990c58859312p-6, 0x1.f33379d3bd367p-1),  // 0.024997895148220435
    (0, 0x1.0000000000000p-1, 0x1.0000000000000p-1),
    (0.5, 0x1.62075e232ac77p-1, 0x1.3bf143b9aa712p-2),  // 0.6914624612740131
    (1.96, 0x1.f33379d3bd367p-1, 0x1.9990c58859312p-6),  // 0.9750021048517795
    (8, 0x1.ffffffffffffap-1, 0x1.669d2c90d55a2p-51),  // sf 6.22096057427174e-16
    (37, 0x1.0000000000000p+0, 0x1.eaccc6bfeacdap-995),  // sf 5.7255712225239266e-300
  ]

  /// The tolerance against SciPy at `z`: SciPy rounds `x = z/√2` before `erfc`, and one
  /// rounding of `x` moves `erfc(x)` by a relative `2x²·2⁻⁵³ = z²·2⁻⁵³`; we correct that
  /// rounding, so the two can differ by that much (1.1e-13 at z = 37), plus a few ulps.
  private static func normalTolerance(_ z: Double) -> Double { 1e-15 + z * z * 0x1p-52 }

  @Test("Φ and 1 − Φ within 1e-15 + z²·2⁻⁵² of scipy.stats.norm.cdf / .sf")
  func normalAgainstSciPy() {
    for reference in Self.normalReferences {
      let z = reference.z
      let cdf = NormalDistribution.cumulativeProbability(z)
      let sf = NormalDistribution.survivalProbability(z)
      if reference.cdf < 1e-300 {
        // Underflowed in SciPy: an absolute tolerance.
        #expect((cdf - reference.cdf).magnitude <= 1e-300, "Φ(\(z)) = \(cdf)")
      } else {
        #expect(
          Self.relativeError(cdf, reference.cdf) <= Self.normalTolerance(z), "Φ(\(z)) = \(cdf)")
      }
      #expect(
        Self.relativeError(sf, reference.sf) <= Self.normalTolerance(z), "1 − Φ(\(z)) = \(sf)")
    }
    #expect(NormalDistribution.cumulativeProbability(0) == 0.5)
    #expect(NormalDistribution.survivalProbability(0) == 0.5)
  }

  /// `Φ` in the tails against mpmath 1.3.0 (`mp.dps = 50`, `float(mpmath.ncdf(z))`): SciPy is
  /// 7e-15 off at ±8 and 1.1e-13 off at ±37, so the exact values show that ours are within
  /// 2 ulps (libm's `erfc`, plus the correction of the rounding of `z/√2`).
  @Test("tails within 2 ulps of 50-digit mpmath values, Φ(−38) in the subnormal range")
  func normalTailsAgainstMpmath() {
    let exact: [(z: Double, cdf: Double)] = [
      (-8, 0x1.669d2c90d55cep-51),  // 6.220960574271784e-16
      (-37, 0x1.eaccc6bfeb0afp-995),  // 5.725571222524577e-300
    ]
    for (z, cdf) in exact {
      #expect(ulpDistance(NormalDistribution.cumulativeProbability(z), cdf) <= 2)
      #expect(ulpDistance(NormalDistribution.survivalProbability(-z), cdf) <= 2)
    }
    // Φ(−38) = 2.88542835e-316 rounded to the subnormal grid (spacing 4.9e-324); the
    // tolerance is 8 steps of that grid.
    let subnormal = NormalDistribution.cumulativeProbability(-38)
    #expect((subnormal - 2.88542835e-316).magnitude <= 8 * Double.leastNonzeroMagnitude)
    #expect(NormalDistribution.survivalProbability(38) == subnormal)
    #expect(NormalDistribution.survivalProbability(39) < 1e-320)
    #expect(NormalDistribution.cumulativeProbability(-.infinity) == 0)
    #expect(NormalDistribution.survivalProbability(.infinity) == 0)
  }

  @Test("two-sided p-values within 1e-15 + z²·2⁻⁵² of 2 * scipy.stats.norm.sf(abs(z))")
  func normalTwoSided() {
    // (z, 2 * norm.sf(abs(z)))
    let references: [(z: Double, p: Double)] = [
      (0, 0x1.0000000000000p+0),
      (-1, 0x1.44ed0bb7cb20cp-2),  // 0.31731050786291415
      (1.96, 0x1.9990c58859312p-5),  // 0.04999579029644087
      (-2.5758293035489004, 0x1.47ae147ae147fp-7),  // 0.010000000000000007
      (3.5, 0x1.e7dbc92b77dd4p-12),  // 0.00046525815807105003
      (-8, 0x1.669d2c90d55a2p-50),  // 1.244192114854348e-15
      (37, 0x1.eaccc6bfeacdap-994),  // 1.1451142445047853e-299
    ]
    for (z, p) in references {
      let value = NormalDistribution.twoSidedPValue(z)
      #expect(Self.relativeError(value, p) <= Self.normalTolerance(z), "p(\(z)) = \(value)")
      #expect(value == NormalDistribution.twoSidedPValue(-z))
    }
    #expect(NormalDistribution.twoSidedPValue(0) == 1)
    #expect(NormalDistribution.twoSidedPValue(.infinity) == 0)
  }

  /// `(p, norm.ppf(p))`. SciPy's `ndtri` is itself within 3 ulps of the exact quantile
  /// (measured against mpmath over 4000 random p); ours within 2.
  static let quantileReferences: [(p: Double, quantile: Double)] = [
    (1e-300, -0x1.286074064c26ep+5),  // -37.0470962993612
    (1e-10, -0x1.97203597a2154p+2),  // -6.361340902404056
    (0.025, -0x1.f5c0331eeff86p+0),  // -1.9599639845400545
    (0.05, -0x1.a515209676abep+0),  // -1.6448536269514729
    (0.5, 0),
    (0.95, 0x1.a515209676abbp+0),  // 1.6448536269514722
    (0.975, 0x1.f5c0331eeff84p+0),  // 1.959963984540054
    (0.995, 0x1.49b4c64d69160p+1),  // 2.5758293035489004
    (0.9995, 0x1.a52ffadd2f906p+1),  // 3.2905267314919255
    (1 - 1e-12, 0x1.c2350895b2ea4p+2),  // 7.0344869100478356
  ]

  @Test("Φ⁻¹ within 2 ulps of scipy.stats.norm.ppf")
  func quantileAgainstSciPy() {
    for (p, quantile) in Self.quantileReferences {
      let value = NormalDistribution.quantile(p)
      #expect(ulpDistance(value, quantile) <= 2, "Φ⁻¹(\(p)) = \(value), SciPy \(quantile)")
    }
    // The two-sided critical values 1 − (1 − level)/2, as the confidence intervals compute
    // them: (level, norm.ppf(1 - (1 - level) / 2)).
    let levels: [(level: Double, quantile: Double)] = [
      (0.8, 0x1.4813c36e26d32p+0),  // ppf(0.9) = 1.2815515655446004
      (0.9, 0x1.a515209676abbp+0),  // ppf(0.95) = 1.6448536269514722
      (0.95, 0x1.f5c0331eeff84p+0),  // ppf(0.975) = 1.959963984540054
      (0.99, 0x1.49b4c64d69160p+1),  // ppf(0.995) = 2.5758293035489004
      (0.999, 0x1.a52ffadd2f906p+1),  // ppf(0.9995) = 3.2905267314919255
    ]
    for (level, quantile) in levels {
      let value = NormalDistribution.quantile(1 - (1 - level) / 2)
      #expect(ulpDistance(value, quantile) <= 2, "level \(level): \(value)")
    }
    // norm.ppf(5e-324) = -38.467405617144344: below the normal range the refinement runs on
    // log Φ; 4 ulps.
    #expect(ulpDistance(NormalDistribution.quantile(5e-324), -0x1.33bd3f27fcd03p+5) <= 4)
    #expect(NormalDistribution.quantile(0) == -.infinity)
    #expect(NormalDistribution.quantile(1) == .infinity)
    #expect(NormalDistribution.quantile(0.5) == 0)
  }

  /// Φ(Φ⁻¹(p)) = p, checked in the tail where it has relative precision: `Φ` below ½ and
  /// `1 − Φ` against the exact `1 − p` above. A 2-ulp error in `x` moves `Φ(x)` by a relative
  /// `|x|·φ/Φ·2ulp(x) ≈ x²·2⁻⁵¹`, and `Φ` itself carries 2 ulps: tolerance `(4 + x²)·2⁻⁵²`.
  @Test("round trip Φ(Φ⁻¹(p)) ≈ p to (4 + x²)·2⁻⁵² relative, from 1e-300 to 1 − 2⁻⁵³")
  func quantileRoundTrip() {
    var probabilities: [Double] = Self.quantileReferences.map(\.p).filter { $0 != 0.5 }
    for exponent in stride(from: -300.0, through: -1, by: 0.5) {
      probabilities.append(pow(10, exponent))
    }
    for bits in 2...53 {
      probabilities.append(1 - Double(sign: .plus, exponent: -bits, significand: 1))
    }
    probabilities += (1..<100).map { Double($0) / 100 }.filter { $0 != 0.5 }
    for p in probabilities {
      let x = NormalDistribution.quantile(p)
      let tolerance = (4 + x * x) * 0x1p-52
      if p < 0.5 {
        let error = Self.relativeError(NormalDistribution.cumulativeProbability(x), p)
        #expect(error <= tolerance, "p = \(p), x = \(x)")
      } else {
        let error = Self.relativeError(NormalDistribution.survivalProbability(x), 1 - p)
        #expect(error <= tolerance, "p = \(p), x = \(x)")
      }
      if p > 0.5 {
        #expect(x == -NormalDistribution.quantile(1 - p))
      }
    }
  }

  @Test("quantile rejects p outside 0...1 and NaN")
  func quantilePreconditions() async {
    await #expect(processExitsWith: .failure) { _ = NormalDistribution.quantile(.nan) }
    await #expect(processExitsWith: .failure) { _ = NormalDistribution.quantile(1.5) }
    await #expect(processExitsWith: .failure) { _ = NormalDistribution.quantile(-0.1) }
  }

  @Test("NaN in, NaN out")
  func notANumber() {
    #expect(NormalDistribution.cumulativeProbability(.nan).isNaN)
    #expect(NormalDistribution.survivalProbability(.nan).isNaN)
    #expect(NormalDistribution.twoSidedPValue(.nan).isNaN)
    let t = StudentTDistribution(degreesOfFreedom: 3.5)
    #expect(t.survivalProbability(.nan).isNaN)
    #expect(t.cumulativeProbability(.nan).isNaN)
    #expect(t.twoSidedPValue(.nan).isNaN)
  }

  // MARK: - Student's t distribution

  /// `(df, t, t.sf(t, df), 2 * t.sf(abs(t), df), t.sf(-t, df))` from SciPy 1.17.1.
  static let studentReferences:
    [(df: Double, t: Double, sf: Double, twoSided: Double, sfOfNegative: Double)] = [
      (1, 0, 0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x1.0000000000000p-1),
      (1, 0.3, 0x1.a0fff67fb6812p-2, 0x1.a0fff67fb6812p-1, 0x1.2f8004c024bf7p-1),
      (1, 1.5, 0x1.7f516f1bbd0a4p-3, 0x1.7f516f1bbd0a4p-2, 0x1.a02ba43910bd7p-1),
      (1, 2.7, 0x1.ce76da587df65p-4, 0x1.ce76da587df65p-3, 0x1.c63124b4f0413p-1),
      (1, 6, 0x1.aea40b4c08661p-5, 0x1.aea40b4c08661p-4, 0x1.e515bf4b3f79ap-1),
      (1, 25, 0x1.a0fe2a47d66e1p-7, 0x1.a0fe2a47d66e1p-6, 0x1.f97c0756e0a64p-1),
      (2.5, 0, 0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x1.0000000000000p-1),
      (2.5, 0.3, 0x1.931e8a10a766ap-2, 0x1.931e8a10a766ap-1, 0x1.3670baf7ac4cbp-1),
      (2.5, 1.5, 0x1.fb91ada619267p-4, 0x1.fb91ada619267p-3, 0x1.c08dca4b3cdb3p-1),
      (2.5, 2.7, 0x1.704376086e3ccp-5, 0x1.704376086e3ccp-4, 0x1.e8fbc89f791c3p-1),
      (2.5, 6, 0x1.f4c0710ad50c0p-8, 0x1.f4c0710ad50c0p-7, 0x1.fc167f1dea55ep-1),
      (2.5, 25, 0x1.e0ded9bb6c333p-13, 0x1.e0ded9bb6c333p-12, 0x1.ffe1f21264494p-1),
      (10, 0, 0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x1.0000000000000p-1),
      (10, 0.3, 0x1.8a677671dc231p-2, 0x1.8a677671dc231p-1, 0x1.3acc44c711ee8p-1),
      (10, 1.5, 0x1.50e9379848d46p-4, 0x1.50e9379848d46p-3, 0x1.d5e2d90cf6e57p-1),
      (10, 2.7, 0x1.6d95096903840p-7, 0x1.6d95096903840p-6, 0x1.fa49abda5bf1fp-1),
      (10, 6, 0x1.150d6782f44e7p-14, 0x1.150d6782f44e7p-13, 0x1.fff75794c3e86p-1),
      (10, 25, 0x1.07d0e6f1b851fp-33, 0x1.07d0e6f1b851fp-32, 0x1.fffffffef82f2p-1),
      (197.3, 0, 0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x1.0000000000000p-1),
      (197.3, 0.3, 0x1.876ba0156907fp-2, 0x1.876ba0156907fp-1, 0x1.3c4a2ff54b7c0p-1),
      (197.3, 1.5, 0x1.14ea7d69c5a49p-4, 0x1.14ea7d69c5a49p-3, 0x1.dd62b052c74b7p-1),
      (197.3, 2.7, 0x1.ede5a816a569fp-9, 0x1.ede5a816a569fp-8, 0x1.fe121a57e95a9p-1),
      (197.3, 6, 0x1.3f1f6945e9bc7p-28, 0x1.3f1f6945e9bc7p-27, 0x1.ffffffd81c12dp-1),
      (197.3, 25, 0x1.e08e5766ff8a0p-209, 0x1.e08e5766ff8a0p-208, 0x1.0000000000000p+0),
      (1e4, 0, 0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x1.0000000000000p-1),
      (1e4, 0.3, 0x1.87430ba2f3e4ep-2, 0x1.87430ba2f3e4ep-1, 0x1.3c5e7a2e860d9p-1),
      (1e4, 1.5, 0x1.11b4fab1cbf2ap-4, 0x1.11b4fab1cbf2ap-3, 0x1.ddc960a9c681bp-1),
      (1e4, 2.7, 0x1.c7301389ee7f5p-9, 0x1.c7301389ee7f5p-8, 0x1.fe38cfec76118p-1),
      (1e4, 6, 0x1.1899106345297p-30, 0x1.1899106345297p-29, 0x1.fffffff73b378p-1),
      (1e4, 25, 0x1.b0cf100f6fce2p-444, 0x1.b0cf100f6fce2p-443, 0x1.0000000000000p+0),
      (1e7, 0, 0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x1.0000000000000p-1),
      (1e7, 0.3, 0x1.87423a9d0efe9p-2, 0x1.87423a9d0efe9p-1, 0x1.3c5ee2b17880cp-1),
      (1e7, 1.5, 0x1.11a471c620640p-4, 0x1.11a471c620640p-3, 0x1.ddcb71c73bf38p-1),
      (1e7, 2.7, 0x1.c66c884a6eea3p-9, 0x1.c66c884a6eea3p-8, 0x1.fe399377b5911p-1),
      (1e7, 6, 0x1.0f334e7a37c32p-30, 0x1.0f334e7a37c32p-29, 0x1.fffffff786659p-1),
      (1e7, 25, 0x1.2612a3c6200bep-457, 0x1.2612a3c6200bep-456, 0x1.0000000000000p+0),
    ]

  /// Relative 1e-13: SciPy's `stdtr` is itself up to 5e-14 off the exact tail at df = 1e7,
  /// t = 25 and 3e-14 at df = 1e4, t = 25 (see ``studentTailsAgainstMpmath()``); elsewhere on
  /// this grid the two agree to 3.1e-15.
  @Test("t survival, CDF and two-sided p within 1e-13 relative of scipy.stats.t")
  func studentAgainstSciPy() {
    for reference in Self.studentReferences {
      let distribution = StudentTDistribution(degreesOfFreedom: reference.df)
      let t = reference.t
      let label = "df \(reference.df), t \(t)"
      #expect(
        Self.relativeError(distribution.survivalProbability(t), reference.sf) <= 1e-13, "\(label)")
      #expect(
        Self.relativeError(distribution.twoSidedPValue(t), reference.twoSided) <= 1e-13,
        "\(label)")
      #expect(distribution.twoSidedPValue(-t) == distribution.twoSidedPValue(t))
      #expect(
        Self.relativeError(distribution.survivalProbability(-t), reference.sfOfNegative) <= 1e-13,
        "\(label)")
      #expect(
        Self.relativeError(distribution.cumulativeProbability(-t), reference.sf) <= 1e-13,
        "\(label)")
      #expect(distribution.cumulativeProbability(-t) == distribution.survivalProbability(t))
    }
  }

  /// Tails that underflow: SciPy returns 0 for `t.sf(40, 1e4)`, `t.sf(40, 1e7)` and
  /// `t.sf(39, 1e7)`; the exact values are below 1e-330. Absolute tolerance 1e-300.
  @Test("underflowed tails within 1e-300 absolute of SciPy's 0")
  func studentUnderflow() {
    for (df, t) in [(1e4, 40.0), (1e7, 40), (1e7, 39)] {
      let distribution = StudentTDistribution(degreesOfFreedom: df)
      #expect(distribution.survivalProbability(t) <= 1e-300)
      #expect(distribution.twoSidedPValue(t) <= 1e-300)
      #expect(distribution.cumulativeProbability(t) == 1)
    }
    #expect(StudentTDistribution(degreesOfFreedom: 3).survivalProbability(.infinity) == 0)
    #expect(StudentTDistribution(degreesOfFreedom: 3).cumulativeProbability(-.infinity) == 0)
  }

  /// The deep tails against 50-digit mpmath 1.3.0 values (the t density integrated with
  /// `mpmath.quad` from t to ∞), where SciPy is off by up to 9e-14: ours are within 1e-14.
  @Test("deep tails within 1e-14 of 50-digit mpmath values")
  func studentTailsAgainstMpmath() {
    let exact: [(df: Double, t: Double, sf: Double)] = [
      (197.3, 25, 0x1.e08e5766ff8b7p-209),  // 2.2815761272494423e-63; SciPy −2.8e-15
      (1e4, 25, 0x1.b0cf100f6fdd8p-444),  // 3.7216718814598755e-134; SciPy −3.2e-14
      (1e7, 25, 0x1.2612a3c61ffbdp-457),  // 3.086788615946459e-138; SciPy +5.0e-14
      (1e7, 6, 0x1.0f334e7a37c36p-30),  // 9.866213666838918e-10
      (1e4, 2.7, 0x1.c7301389ee7f3p-9),  // 0.0034728072978085166
      (1e19, 25, 0x1.2334bd06187b0p-457),  // 3.056696706382591e-138; SciPy +9.3e-14
    ]
    for (df, t, sf) in exact {
      let value = StudentTDistribution(degreesOfFreedom: df).survivalProbability(t)
      #expect(Self.relativeError(value, sf) <= 1e-14, "df \(df), t \(t): \(value)")
    }
  }

  /// Closed forms, evaluated in doubles without cancellation: for one degree of freedom
  /// (Cauchy) `P(T > t) = atan(1/t)/π`; for two, `P(T > t) = 1/(s·(s + t))`, `s = √(t² + 2)`.
  /// Each side is within a few ulps of the exact value (measured: 7e-16 and 3e-16), so 4e-15.
  @Test("df = 1 and df = 2 against their closed forms, t from 1e-6 to 1e6, to 4e-15")
  func studentClosedForms() {
    let cauchy = StudentTDistribution(degreesOfFreedom: 1)
    let two = StudentTDistribution(degreesOfFreedom: 2)
    for exponent in stride(from: -6.0, through: 6, by: 0.125) {
      let t = pow(10, exponent)
      let cauchyTail = atan(1 / t) / Double.pi
      let s = (t * t + 2).squareRoot()
      let twoTail = 1 / (s * (s + t))
      #expect(Self.relativeError(cauchy.survivalProbability(t), cauchyTail) <= 4e-15, "t \(t)")
      #expect(Self.relativeError(two.survivalProbability(t), twoTail) <= 4e-15, "t \(t)")
    }
  }

  @Test("infinitely many degrees of freedom is the standard normal, exactly")
  func studentInfinite() {
    let normal = StudentTDistribution(degreesOfFreedom: .infinity)
    let huge = StudentTDistribution(degreesOfFreedom: 1e30)
    for t in [-38.0, -8, -1.96, -0.3, 0, 0.5, 1.5, 1.96, 2.7, 6, 25, 37] {
      #expect(normal.survivalProbability(t) == NormalDistribution.survivalProbability(t))
      #expect(normal.cumulativeProbability(t) == NormalDistribution.cumulativeProbability(t))
      #expect(normal.twoSidedPValue(t) == NormalDistribution.twoSidedPValue(t))
      #expect(huge.survivalProbability(t) == NormalDistribution.survivalProbability(t))
    }
  }

  /// Just below the switch to the normal (10²⁰ degrees of freedom) the t tail differs from
  /// the normal one by a relative `(t⁴ + t²)/(4ν)`, at most 1e-15 for t ≤ 25; with a few
  /// ulps on each side, 4e-15 leaves no room for a jump at the switch.
  @Test("df = 1e20 is continuous with the normal to 4e-15")
  func studentNearNormal() {
    let t20 = StudentTDistribution(degreesOfFreedom: 1e20)
    for t in [0.3, 1, 1.5, 1.96, 2.7, 6, 10, 25] {
      #expect(
        Self.relativeError(t20.survivalProbability(t), NormalDistribution.survivalProbability(t))
          <= 4e-15, "t \(t)")
    }
  }

  @Test("symmetry, t = 0 and the survival–CDF complement")
  func studentIdentities() {
    for df in [0.3, 1, 2.5, 10, 197.3, 1e4, 1e7, 1e15] {
      let distribution = StudentTDistribution(degreesOfFreedom: df)
      #expect(distribution.survivalProbability(0) == 0.5)
      #expect(distribution.cumulativeProbability(0) == 0.5)
      #expect(distribution.twoSidedPValue(0) == 1)
      for t in [0.01, 0.3, 1.5, 1.73, 1.75, 2.7, 6, 25, 1e10] {
        let sf = distribution.survivalProbability(t)
        #expect(sf >= 0 && sf < 0.5 && (sf > 0 || t > 40))
        #expect(distribution.survivalProbability(-t) == distribution.cumulativeProbability(t))
        // sf + cdf = 1 to the rounding of 1 − sf.
        #expect((sf + distribution.cumulativeProbability(t) - 1).magnitude <= 0x1p-52)
      }
      // Decreasing in t, across the switch between the two continued fractions near √3.
      var previous = 0.5
      for step in 1...400 {
        let sf = distribution.survivalProbability(Double(step) * 0.01)
        #expect(sf <= previous, "df \(df), t \(Double(step) * 0.01)")
        previous = sf
      }
    }
  }

  @Test("degrees of freedom must be positive")
  func studentPreconditions() async {
    await #expect(processExitsWith: .failure) { _ = StudentTDistribution(degreesOfFreedom: 0) }
    await #expect(processExitsWith: .failure) { _ = StudentTDistribution(degreesOfFreedom: -3) }
    await #expect(processExitsWith: .failure) {
      _ = StudentTDistribution(degreesOfFreedom: .nan)
    }
  }
}
