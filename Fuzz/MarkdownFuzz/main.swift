import Foundation

/// libFuzzer entry: Markdown bytes through parsing, running, rendering and updating
/// (see FuzzHarness.markdown). A broken invariant traps so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzzInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let broken = FuzzHarness.markdown(data)
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    return 0
}
