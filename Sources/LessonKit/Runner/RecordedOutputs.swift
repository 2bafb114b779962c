/// The outputs `lesson update` may write back: what each cell produced, except cells that were
/// skipped or broke (a run-time error is reported, never recorded as the expected output).
public enum RecordedOutputs {
    public static func from(_ report: LessonReport) -> [Int: String] {
        var outputs: [Int: String] = [:]
        for outcome in report.outcomes {
            switch outcome.status {
            case .skipped: continue
            case .failed(let failure):
                if case .mismatch = failure.kind { outputs[outcome.cellIndex] = outcome.actual }
            case .passed, .notChecked:
                outputs[outcome.cellIndex] = outcome.actual
            }
        }
        return outputs
    }
}
