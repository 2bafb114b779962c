import SwiftSyntax

struct VarInfo {
    var level: Int
    var slot: Int
    var type: SType
    var isLet: Bool
    /// For `func` declarations: the lowered declaration (signature known before the body).
    var decl: FunctionDecl?
    /// For a variable holding a labelled tuple (`var pos: (x: Double, y: Double)`,
    /// `var best = (name: "", score: 0)`): the labels, which a tuple assigned to it later takes,
    /// and by which `pos.x` finds its element's type.
    var tupleLabels: [String?]? = nil
    /// A `let` declared without a value (`let label: String`), given one later by a plain
    /// assignment, as Swift's definite initialisation allows (`if c { label = "a" } else { ... }`).
    var initialisedLater = false
}

/// Lowering state of one function body (or of the global code at level 0).
final class FuncCtx {
    let level: Int
    var nextSlot: Int
    var scopes: [[String: [VarInfo]]]
    let parent: FuncCtx?
    let selfType: NominalType?
    let isStatic: Bool
    let decl: FunctionDecl?
    /// Closures without a parameter list get `$0`, `$1`... on first use.
    var shorthandParams: Bool = false
    /// Their types, when the closure's place gives them (`let f: (Double) -> Double = { $0 / 2 }`).
    var shorthandTypes: [SType] = []
    init(level: Int, parent: FuncCtx?, selfType: NominalType?, isStatic: Bool, decl: FunctionDecl?, firstSlot: Int) {
        self.level = level; self.parent = parent; self.selfType = selfType; self.isStatic = isStatic; self.decl = decl
        nextSlot = firstSlot
        scopes = [[:]]
    }
    func allocate() -> Int { defer { nextSlot += 1 }; return nextSlot }
}

/// Where a name was found.
enum Resolved {
    case variable(VarInfo)
    case overloads([VarInfo])
    case member(NominalType, isStatic: Bool)
    case nominal(NominalType)
    case hostFunction(String)
    case hostType(AnyHostType)
    case hostConstant(Value)
    case builtinFunction(Callable)
    case builtinType(String)
}

/// Edit distance for did-you-mean suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased()), y = Array(b.lowercased())
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count)
    for i in 1...x.count {
        var cur = [i] + Array(repeating: 0, count: y.count)
        for j in 1...y.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[y.count]
}

func suggestion(for name: String, among names: [String]) -> String? {
    var best: (String, Int)?
    for n in names where n != name {
        let d = editDistance(name, n)
        // Any other one-letter name is one edit away: only a different case is a likely typo.
        let limit = name.count == 1 ? 0 : max(1, min(3, name.count / 3))
        if d <= limit, best == nil || d < best!.1 || (d == best!.1 && n < best!.0) { best = (n, d) }
    }
    return best?.0
}

/// Maps byte offsets to 1-based line / character columns (grapheme clusters, as the Markdown
/// side counts them), offset by the cell's first line.
struct LocationMap {
    let lineStarts: [Int]
    /// Per line: true when every byte is ASCII, so a column is a byte offset plus one.
    let asciiLines: [Bool]
    let bytes: [UInt8]
    let firstLine: Int
    init(source: String, firstLine: Int) {
        bytes = Array(source.utf8)
        var starts = [0]
        var ascii: [Bool] = []
        var lineIsASCII = true
        for (i, b) in bytes.enumerated() {
            if b >= 0x80 { lineIsASCII = false }
            if b == 10 { starts.append(i + 1); ascii.append(lineIsASCII); lineIsASCII = true }
        }
        ascii.append(lineIsASCII)
        lineStarts = starts
        asciiLines = ascii
        self.firstLine = firstLine
    }
    func position(_ offset: Int) -> (Int32, Int32) {
        let o = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        if asciiLines[lo] { return (Int32(lo + firstLine), Int32(o - start + 1)) }
        // Characters as people see them: an emoji family or a letter with a combining accent is one.
        let prefix = String(decoding: bytes[start..<o], as: UTF8.self)
        return (Int32(lo + firstLine), Int32(prefix.count + 1))
    }
    func loc(_ node: some SyntaxProtocol) -> Loc {
        let (l, c) = position(node.positionAfterSkippingLeadingTrivia.utf8Offset)
        let (el, ec) = position(node.endPositionBeforeTrailingTrivia.utf8Offset)
        return Loc(line: l, col: c, endLine: el, endCol: ec)
    }
}
