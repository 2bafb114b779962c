/// The frames that closures of a session captured.
///
/// A closure keeps its defining frame alive (that is how captured variables stay shared). When
/// the closure is itself stored in that frame (a local `func`, `let g = { i }` in a loop body, a
/// global closure) the two keep each other alive: a cycle compiled Swift does not have, since
/// it captures variables, not whole frames. Such frames are freed when their session ends: it
/// clears every captured frame still alive, so a long-lived host (`lesson check --watch`, the
/// fuzzer) does not keep each finished session's values and tensors.
final class CapturedFrames {
    private struct WeakFrame { weak var frame: Frame? }
    private var frames: [WeakFrame] = []
    /// Entries after the last sweep of freed frames; the list is swept when it doubles.
    private var sweptCount = 0

    /// Remembers `frame` (once) as captured by a closure.
    @inline(__always)
    func note(_ frame: Frame) {
        guard !frame.isCaptured else { return }
        frame.isCaptured = true
        frames.append(WeakFrame(frame: frame))
        if frames.count > 2 * max(sweptCount, 64) {
            frames.removeAll { $0.frame == nil }
            sweptCount = frames.count
        }
    }

    /// Drops the values of every captured frame still alive, breaking their cycles.
    func clearAll() {
        let alive = frames.compactMap(\.frame)
        frames = []
        for frame in alive { frame.clear() }
    }
}
