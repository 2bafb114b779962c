import Foundation

/// Copies a local KaTeX (Debian's libjs-katex) into the site so math renders offline, from disk.
/// Debian installs some of these files as symbolic links (`katex.min.js`, `fonts/`), so the
/// copy reads each file's contents instead of copying the links.
enum KaTeXAssets {
    /// Tags for `<head>`; the inline call typesets `\(…\)` and `\[…\]`, the delimiters the
    /// Markdown wrapper emits. Errors in a formula show in red in place, never as script errors.
    static let headTags = #"""
<link rel="stylesheet" href="assets/katex/katex.min.css">
<script defer src="assets/katex/katex.min.js"></script>
<script defer src="assets/katex/contrib/auto-render.js"></script>
<script>
document.addEventListener("DOMContentLoaded", function () {
  if (typeof renderMathInElement !== "function") { return; }
  renderMathInElement(document.querySelector("main") || document.body, {
    delimiters: [
      {left: "\\[", right: "\\]", display: true},
      {left: "\\(", right: "\\)", display: false}
    ],
    throwOnError: false
  });
});
</script>

"""#

    /// Source file candidates (first that exists wins) and where each goes under `assets/katex/`.
    private static let files: [(sources: [String], destination: String)] = [
        (["katex.min.js", "katex.js"], "katex.min.js"),
        (["katex.min.css", "katex.css"], "katex.min.css"),
        (["contrib/auto-render.min.js", "contrib/auto-render.js"], "contrib/auto-render.js"),
    ]

    /// Copies KaTeX from `source` into `assetsDirectory/katex`. Returns false, writing nothing,
    /// when `source` lacks one of the needed files.
    static func install(from source: URL, into assetsDirectory: URL) throws -> Bool {
        let manager = FileManager.default
        var chosen: [(URL, String)] = []
        for file in files {
            guard let found = file.sources.map({ source.appendingPathComponent($0) })
                .first(where: { manager.fileExists(atPath: $0.path) }) else { return false }
            chosen.append((found, file.destination))
        }
        let fonts = source.appendingPathComponent("fonts")
        guard let fontNames = try? manager.contentsOfDirectory(atPath: fonts.path) else { return false }
        let target = assetsDirectory.appendingPathComponent("katex")
        for (from, destination) in chosen {
            try copyContents(of: from, to: target.appendingPathComponent(destination))
        }
        for name in fontNames.sorted() where name.hasPrefix("KaTeX_") {
            try copyContents(of: fonts.appendingPathComponent(name),
                             to: target.appendingPathComponent("fonts").appendingPathComponent(name))
        }
        return true
    }

    private static func copyContents(of source: URL, to destination: URL) throws {
        do {
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(contentsOf: source).write(to: destination)
        } catch {
            throw SiteError(path: destination.path, message: "cannot copy KaTeX file \(source.path): \(error.localizedDescription)")
        }
    }
}
