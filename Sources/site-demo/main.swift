import Foundation
import LessonSite

/// Writes a sample site with every block kind, badge and figure, for looking at the pages and
/// for `scripts/browser-check`. Usage: site-demo OUTPUT_DIR [--no-katex]
let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first(where: { !$0.hasPrefix("--") }) else {
    FileHandle.standardError.write(Data("usage: site-demo OUTPUT_DIR [--no-katex]\n".utf8))
    exit(2)
}
let options = SiteOptions(title: "Convolutions in Swift",
                          katexDirectory: arguments.contains("--no-katex") ? nil : SiteOptions.debianKaTeX)
do {
    let files = try SiteWriter.write(lessons: DemoLessons.all, to: URL(fileURLWithPath: outputPath), options: options)
    print("site-demo: wrote \(files.count) files to \(outputPath)")
} catch {
    FileHandle.standardError.write(Data("site-demo: \(error)\n".utf8))
    exit(1)
}
