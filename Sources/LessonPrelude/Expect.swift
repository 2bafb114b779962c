/// `expect` as exercises' `check` cells use it (the runner binds the same name): nothing
/// happens when the condition holds; otherwise the program stops, as the interpreted cell
/// stops with an error, and says why with the runner's words.
public func expect(_ condition: Bool, _ message: String = "the condition is false") {
    if condition { return }
    fatalError(expectationFailurePrefix + message)
}

/// The start of the message of a failed `expect`, in the runner and here.
public let expectationFailurePrefix = "expectation failed: "
