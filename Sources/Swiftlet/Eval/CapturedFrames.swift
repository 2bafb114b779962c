/// The frames that closures of a session captured.
///
/// A closure keeps its defining frame alive (that is how captured variables stay shared). When
/// the closure is itself stored in that frame (a local `func`, `let g = { i }` in a loop body, a
/// global closure) the two keep each other alive: a cycle compiled Swift does not have, since
/// it captures variables, not whole frames.
///
/// Two things free such frames. When the call or loop iteration that made a frame is done with
/// it, `release` breaks the cycle if nothing but the frame's own closures still holds it (the
/// usual case: a helper `func` inside a function called in a loop). What survives that (a
/// closure that escaped, and may still call its siblings) is freed when the session ends: it
/// clears every captured frame still alive, so a long-lived host (`lesson check --watch`, the
/// fuzzer) does not keep each finished session's values and tensors.
final class CapturedFrames {
    private struct WeakFrame { weak var frame: Frame? }
    /// Captured frames that outlived their owner (the global frame is cleared by its session).
    private var frames: [WeakFrame] = []
    /// Entries after the last sweep of freed frames; the list is swept when it doubles.
    private var sweptCount = 0

    /// Marks `frame` as captured by a closure; its owner calls `release` when done with it.
    @inline(__always)
    func note(_ frame: Frame) { frame.isCaptured = true }

    /// Keeps a weak reference to a frame that outlived its owner, to clear it at session end.
    /// Only survivors are kept: a weakly referenced object moves its reference count to a side
    /// table, which makes every later retain and release of it several times slower.
    private func remember(_ frame: Frame) {
        frames.append(WeakFrame(frame: frame))
        if frames.count > 2 * max(sweptCount, 64) {
            frames.removeAll { $0.frame == nil }
            sweptCount = frames.count
        }
    }

    /// Captured frames not yet freed (for tests: `release` keeps this from growing per call).
    var aliveCount: Int { frames.count { $0.frame != nil } }

    /// Drops the values of every captured frame still alive, breaking their cycles.
    func clearAll() {
        let alive = frames.compactMap(\.frame)
        frames = []
        for frame in alive { frame.clear() }
    }

    /// Called by the owner of a captured frame (a call, a loop iteration) that is done with it;
    /// `frame` must be the owner's only reference. A frame that still outlives its owner is
    /// remembered, to be cleared when the session ends.
    func release(_ frame: inout Frame) {
        if clearIfOnlyItsClosuresHoldIt(&frame) || isKnownUniquelyReferenced(&frame) { return }
        remember(frame)
    }

    /// Clears the frame when the closures stored in it are the only other things holding it,
    /// which leaves no one able to call them. Every test is conservative: a closure or frame
    /// that may be shared is left as it was, so a frame someone can still reach is never cleared.
    private func clearIfOnlyItsClosuresHoldIt(_ frame: inout Frame) -> Bool {
        var closures: [Closure] = []
        var slots: [Int] = []
        for i in 0..<frame.size {
            if case .function(let callable) = frame.slots[i], let closure = callable as? Closure, closure.env === frame {
                closures.append(closure)
                slots.append(i)
            }
        }
        guard !closures.isEmpty else { return false }
        for i in slots { frame.slots[i] = .void }
        // Shared elsewhere (returned, stored in an array): the closure may still be called.
        var onlyHere = true
        for k in closures.indices where !isKnownUniquelyReferenced(&closures[k]) { onlyHere = false }
        if onlyHere {
            // Nobody else can see these closures, so unhooking them from the frame is invisible;
            // the frame is then unique exactly when nothing but them was holding it.
            for closure in closures { closure.env = nil }
            if isKnownUniquelyReferenced(&frame) {
                frame.clear()
                return true
            }
            for closure in closures { closure.env = frame }
        }
        for (k, i) in slots.enumerated() { frame.slots[i] = .function(closures[k]) }
        return false
    }
}
