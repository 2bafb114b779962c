import Swiftlet

/// `expect(condition, message)` for `check` cells. A false condition stops the cell with an
/// error whose message starts with `failurePrefix`, so `lesson test` reports it like any
/// failing cell and the exercise checker can tell it from a crash in the student's code.
enum ExerciseBindings {
    static let failurePrefix = "expectation failed: "

    static func functions(into library: inout HostLibrary) {
        library.function("expect", labels: [nil, nil]) { args in
            try check(args[0], message: args[1].asString())
        }
        library.function("expect", labels: [nil]) { args in
            try check(args[0], message: "the condition is false")
        }
    }

    private static func check(_ condition: Value, message: String) throws -> Value {
        guard case .bool(let holds) = condition else {
            throw HostError("expect needs a Bool condition, got \(condition.typeName)")
        }
        if !holds { throw HostError(failurePrefix + message) }
        return .void
    }
}
