import AUCFileFormats
import AUCMetrics

extension Invariants {
  /// A decoded state payload keeps its invariants, and so do its histogram or counts: what
  /// every decoder checked must hold of what it returned.
  public static func check(_ payload: StatePayload) {
    do {
      try payload.checkInvariants()
    } catch {
      preconditionFailure("a decoded payload breaks its invariants: \(error.message)")
    }
    switch payload.accumulator {
    case .histogram(let histogram)?:
      do {
        try histogram.checkInvariants()
      } catch {
        preconditionFailure("a decoded histogram breaks its invariants: \(error)")
      }
    case .counts(let counts)?:
      do {
        try counts.checkInvariants()
      } catch {
        preconditionFailure("decoded counts break their invariants: \(error)")
      }
    case nil:
      preconditionFailure("a decoded payload holds no counts")
    }
  }
}
