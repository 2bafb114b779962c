import Foundation

/// A reproducible random source (SplitMix64), so a failing document can be rebuilt from its seed.
struct SeededRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Builds lesson-like Markdown from random prose, fences of every kind, attributes, Unicode,
/// tabs and line endings: the inputs of the `lesson update` properties.
struct DocumentGenerator {
    var random: SeededRandom

    private static let words = ["tensor", "kernel", "卷积", "層", "naïve", "Ωmega", "😀", "$x_1$", "$$y$$", "`code`",
                                "*em*", "__strong__", "[link](http://a.b)", "<b>", "&amp;", "\\$", "10$", "a\tb",
                                "```", "~~~", "swift", "output", "#", ">", "-", "1.", "|", "\u{301}", "\u{200B}"]
    private static let cellAttributes = ["", " hidden", " save", " ignore", " error", " timeout=2s", " bogus",
                                         " hidden save", " exercise=e1", " ignore=yes"]
    private static let outputAttributes = ["", " approx", " atol=1e-3", " ellipsis", " nondeterministic",
                                           " rtol=0.1 approx", " weird"]
    private static let codeLines = ["let x = 1", "print(\"héllo\")", "x + 1", "// ``` not a fence here",
                                    "print(\"a\\tb\")", "    indented()", "", "let 名前 = \"値\""]

    init(seed: UInt64) { random = SeededRandom(state: seed) }

    /// One document: optional BOM and front matter, then 1–12 random blocks; LF, CRLF or mixed.
    mutating func document() -> String {
        var parts: [String] = []
        if random.chance(20) { parts.append("---\ntitle: Random \(random.pick(Self.words))\nseed: 3\n---\n") }
        for _ in 0..<(1 + random.below(12)) { parts.append(block()) }
        var text = parts.joined(separator: random.chance(80) ? "\n" : "")
        switch random.below(4) {
        case 0: text = text.replacingOccurrences(of: "\n", with: "\r\n")
        case 1: text = mixLineEndings(text)
        default: break
        }
        if random.chance(15) { text = "\u{FEFF}" + text }
        if random.chance(20), text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    private mutating func block() -> String {
        switch random.below(10) {
        case 0, 1, 2: return prose()
        case 3, 4, 5: return cell() + (random.chance(60) ? "\n" + output() : "")
        case 6: return output()
        case 7: return otherFence()
        case 8: return "- item \(random.pick(Self.words))\n\n  ```swift\n  nested()\n  ```\n"
        default: return "    indented code \(random.pick(Self.words))\n"
        }
    }

    private mutating func prose() -> String {
        (0..<(1 + random.below(4))).map { _ in
            (0..<(1 + random.below(10))).map { _ in random.pick(Self.words) }.joined(separator: " ")
        }.joined(separator: "\n") + "\n"
    }

    private mutating func fence(_ info: String, _ body: [String]) -> String {
        let character = random.chance(80) ? "`" : "~"
        let open = String(repeating: character, count: 3 + random.below(3))
        let close = open + String(repeating: character, count: random.below(2))
        return open + info + "\n" + body.map { $0 + (random.chance(10) ? "  " : "") + "\n" }.joined() + close + "\n"
    }

    private mutating func cell() -> String {
        fence("swift" + random.pick(Self.cellAttributes), (0..<random.below(4)).map { _ in random.pick(Self.codeLines) })
    }

    private mutating func output() -> String {
        fence("output" + random.pick(Self.outputAttributes), (0..<random.below(4)).map { _ in random.pick(Self.words) })
    }

    private mutating func otherFence() -> String {
        fence(random.pick(["python", "", "text", "sh", "swiftx", "json"]), ["print(1)", "```swift", "x = 2"])
    }

    private mutating func mixLineEndings(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\n" { out += random.chance(50) ? "\r\n" : "\n" } else { out.append(character) }
        }
        return out
    }

    /// What a cell "printed": random lines, sometimes with fence runs, trailing spaces, Unicode.
    mutating func actualOutput() -> String {
        let lines = (0..<random.below(5)).map { _ -> String in
            switch random.below(8) {
            case 0: return "```"
            case 1: return "~~~~ tilde"
            case 2: return "trailing   "
            case 3: return "tensor([[1., 2.],\n        [3., 4.]])"
            case 4: return ""
            default: return random.pick(Self.words) + " " + random.pick(Self.words)
            }
        }
        return lines.joined(separator: "\n") + (random.chance(70) ? "\n" : "")
    }
}
