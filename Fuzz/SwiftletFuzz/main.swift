import Foundation

/// libFuzzer entry: lesson-language source through parsing, lowering and running with small
/// limits (see FuzzHarness.swiftlet). A broken invariant traps so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func swiftletFuzzInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let broken = FuzzHarness.swiftlet(data)
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    return 0
}
