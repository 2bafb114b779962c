import ConvEngine
import LessonFigures
import LessonSupport
import Swiftlet

/// A figure as the interpreter holds it (host values are objects; `Figure` is a struct).
/// Its description is the figure's one-line summary, which output blocks check; the site
/// draws the SVG.
public final class FigureBox {
    public let figure: Figure
    init(_ figure: Figure) { self.figure = figure }
}

/// `heatmap`, `plot`, `correlationFigure` and `receptiveField`, the same functions compiled
/// lessons get from LessonSupport.
enum FigureBindings {
    static func register(into library: inout HostLibrary) {
        library.type(HostType<FigureBox>("Figure") { f in
            f.isClass = false  // a struct in compiled lessons
            f.property("summary") { .string($0.figure.summary) }
            f.property("svg") { .string($0.figure.svg) }
            f.description { $0.figure.summary }
        })
        library.function("heatmap", labels: [nil]) { args in
            box(try TensorFigures.heatmap(Convert.tensor(args[0])))
        }
        library.function("plot", labels: [nil]) { args in box(try plot(args[0], label: nil)) }
        library.function("plot", labels: [nil, "label"]) { args in
            box(try plot(args[0], label: args[1].unwrapped.map { try $0.asString() }))
        }
        library.function("correlationFigure", labels: [nil, nil, "window"]) { args in
            box(try TensorFigures.correlation(Convert.tensor(args[0]), Convert.tensor(args[1]),
                                              window: Convert.pair(args[2])))
        }
        library.function("receptiveField", labels: [nil]) { args in
            box(try TensorFigures.receptiveField(Convert.tensor(args[0])))
        }
    }

    private static func box(_ figure: Figure) -> Value { .host(FigureBox(figure)) }

    /// `plot` takes a tensor or an array of numbers (`[Float]`, `[Double]`, `[Int]`).
    private static func plot(_ v: Value, label: String?) throws -> Figure {
        if case .array(let items) = v {
            return Figure.plot(try items.map { try $0.asFloat() }, label: label)
        }
        return TensorFigures.plot(try Convert.tensor(v), label: label)
    }
}

extension Value {
    /// The host object of type `T` this value holds, if it holds one.
    func hostObject<T>(_ type: T.Type) -> T? {
        if case .host(let object) = self { return object as? T }
        return nil
    }
}
