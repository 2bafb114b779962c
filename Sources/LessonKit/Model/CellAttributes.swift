/// The attributes after `swift` on a code cell's fence, parsed once into typed fields.
///
///     ```swift hidden timeout=5s
public struct CellAttributes: Hashable, Sendable {
    /// `ignore`: the cell is shown but not run.
    public var ignore = false
    /// `hidden`: the cell runs but is not rendered.
    public var hidden = false
    /// `error`: the cell must fail; its output block holds the expected diagnostic message.
    public var expectsError = false
    /// `save`: its declarations are available to later lessons in the same folder.
    public var save = false
    /// `timeout=5s`: the longest the cell may run, in seconds.
    public var timeout: Double?
    /// `exercise=ID`: the cell belongs to exercise `ID` (reserved for exercises).
    public var exercise: String?
    /// `check`: the cell checks an exercise's answer (reserved).
    public var check = false
    /// `hint`: the cell is a hint for an exercise (reserved).
    public var hint = false
    /// `solution`: the cell is an exercise's solution (reserved).
    public var solution = false

    public init() {}

    /// The attribute words this type understands, for messages.
    public static let knownNames = ["ignore", "hidden", "error", "save", "timeout", "exercise", "check", "hint", "solution"]
}

/// How an output block is compared with what the cell produced (attributes after `output`).
///
///     ```output approx atol=1e-3
public struct OutputOptions: Hashable, Sendable {
    /// Numbers compare within `atol + rtol * |expected|`; set by `approx`, `atol=` or `rtol=`.
    public var approx = false
    /// Absolute tolerance used when `approx` is on.
    public var atol = OutputOptions.defaultAtol
    /// Relative tolerance used when `approx` is on.
    public var rtol = OutputOptions.defaultRtol
    /// `ellipsis`: `...` in a line matches any text; a line that is only `...` matches any lines.
    public var ellipsis = false
    /// `nondeterministic`: the output is shown but never compared.
    public var nondeterministic = false

    public init(approx: Bool = false, atol: Double = OutputOptions.defaultAtol, rtol: Double = OutputOptions.defaultRtol,
                ellipsis: Bool = false, nondeterministic: Bool = false) {
        self.approx = approx
        self.atol = atol
        self.rtol = rtol
        self.ellipsis = ellipsis
        self.nondeterministic = nondeterministic
    }

    /// Exact comparison (trailing spaces per line and final newlines still ignored).
    public static let exact = OutputOptions()

    /// Default absolute tolerance: printed tensors are rounded to 4 decimals.
    public static let defaultAtol = 1e-4
    /// Default relative tolerance.
    public static let defaultRtol = 1e-4

    /// The attribute words this type understands, for messages.
    public static let knownNames = ["approx", "atol", "rtol", "ellipsis", "nondeterministic"]
}
