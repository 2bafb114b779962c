/// Compares outputs whose numbers may differ within a tolerance: the text around the
/// numbers must match exactly, each number must satisfy |actual − expected| ≤ atol + rtol·|expected|.
enum ApproximateMatcher {
    /// nil when the texts agree; otherwise a one-line reason.
    static func difference(expected: String, actual: String, atol: Double, rtol: Double, firstLine: Int = 1) -> String? {
        let shift = firstLine - 1
        let expectedTokens = NumericTokens(expected).tokens
        let actualTokens = NumericTokens(actual).tokens
        for (want, got) in zip(expectedTokens, actualTokens) {
            switch (want.token, got.token) {
            case (.number(let wanted, let wantedText), .number(let value, let valueText)):
                if !isClose(value, wanted, atol: atol, rtol: rtol) {
                    return "line \(want.line + shift): \(valueText) is not within \(atol) + \(rtol)·|\(wantedText)| of \(wantedText)"
                }
            case (.text(let wantedText), .text(let text)) where wantedText == text:
                continue
            default:
                return shapeDifference(expected, actual) ?? "line \(want.line + shift): the text around the numbers differs"
            }
        }
        if expectedTokens.count != actualTokens.count {
            let line = (expectedTokens.count > actualTokens.count ? expectedTokens[actualTokens.count] : expectedTokens.last)?.line ?? 1
            return shapeDifference(expected, actual)
                ?? "line \(line + shift): the output \(expectedTokens.count > actualTokens.count ? "is shorter" : "is longer") than expected"
        }
        return nil
    }

    static func isClose(_ value: Double, _ expected: Double, atol: Double, rtol: Double) -> Bool {
        if value.isNaN || expected.isNaN { return value.isNaN && expected.isNaN }
        if value.isInfinite || expected.isInfinite { return value == expected }
        return abs(value - expected) <= atol + rtol * abs(expected)
    }

    private static func shapeDifference(_ expected: String, _ actual: String) -> String? {
        let want = TensorShape.shapes(in: expected)
        let got = TensorShape.shapes(in: actual)
        for (index, (wantShape, gotShape)) in zip(want, got).enumerated() where wantShape != gotShape {
            return "tensor \(index + 1) has shape \(gotShape), expected \(wantShape)"
        }
        if want.count != got.count { return "\(got.count) tensors printed, expected \(want.count)" }
        return nil
    }
}
