import ConvEngine
import LessonFigures

/// Figures drawn from tensors: the functions lesson code calls. The interpreter binds these
/// same functions and compiled lessons import them, so both print the same summaries.
public enum TensorFigures {
    /// A 2-D tensor as a grid of shaded cells.
    public static func heatmap(_ t: Tensor) throws -> Figure {
        Figure.heatmap(try grid(t, what: "heatmap"))
    }

    /// A line chart of a 1-D tensor (or any tensor, flattened) against the index.
    public static func plot(_ t: Tensor, label: String? = nil) -> Figure {
        Figure.plot(t.scalars, label: label)
    }

    /// The book's Figure 5.1: input, kernel and the output they give, with the window whose
    /// top-left corner is at `window` and the output element it produces shaded.
    public static func correlation(_ x: Tensor, _ k: Tensor, window: (Int, Int)) throws -> Figure {
        let output = try Tensor.corr2dChecked(x, k)
        guard (0..<output.shape[0]).contains(window.0), (0..<output.shape[1]).contains(window.1) else {
            throw TensorError.indexOutOfRange("window (\(window.0), \(window.1)) is outside the \(output.shape[0])x\(output.shape[1]) output")
        }
        return Figure.correlationFigure(input: try grid(x, what: "correlationFigure"), kernel: try grid(k, what: "correlationFigure"),
                                        output: try grid(output, what: "correlationFigure"), window: (row: window.0, col: window.1))
    }

    /// The inputs that influence an output: every non-zero entry of a 2-D mask (for example the
    /// gradient of that output with respect to the input) is highlighted.
    public static func receptiveField(_ mask: Tensor) throws -> Figure {
        Figure.receptiveField(mask: try grid(mask, what: "receptiveField"))
    }

    static func grid(_ t: Tensor, what: String) throws -> [[Float]] {
        guard t.rank == 2 else {
            throw TensorError.invalidArgument("\(what) needs a 2-D tensor, got shape \(t.shape)")
        }
        let values = t.scalars
        let columns = t.shape[1]
        return (0..<t.shape[0]).map { row in Array(values[row * columns ..< (row + 1) * columns]) }
    }
}

/// Swift API for compiled lessons: the same names as in the interpreter; misuse traps, as the
/// engine's plain API does.
public func heatmap(_ t: Tensor) -> Figure { trapOnError { try TensorFigures.heatmap(t) } }
public func plot(_ t: Tensor, label: String? = nil) -> Figure { TensorFigures.plot(t, label: label) }
public func plot(_ values: [Float], label: String? = nil) -> Figure { Figure.plot(values, label: label) }
public func plot(_ values: [Double], label: String? = nil) -> Figure { Figure.plot(values.map { Float($0) }, label: label) }
public func correlationFigure(_ x: Tensor, _ k: Tensor, window: (Int, Int)) -> Figure {
    trapOnError { try TensorFigures.correlation(x, k, window: window) }
}
public func receptiveField(_ mask: Tensor) -> Figure { trapOnError { try TensorFigures.receptiveField(mask) } }

func trapOnError<T>(_ body: () throws -> T) -> T {
    do { return try body() } catch { fatalError("\(error)") }
}
