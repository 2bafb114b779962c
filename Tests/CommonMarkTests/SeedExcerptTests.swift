import XCTest
@testable import CommonMark

/// Math as it appears in the Chinese d2l section 5.1 source.
final class SeedExcerptTests: XCTestCase {
    func testAlignedDisplayMathFromTheChineseLesson() {
        let markdown = """
        如图5.1所示：$0 \\times 0 + 1 \\times 1 = 1$ 。

        $$\\begin{aligned}
         0 \\times 0 + 1 \\times 1 + 3 \\times 2 + 4 \\times 3 &= 19, \\\\
         1 \\times 0 + 2 \\times 1 + 4 \\times 2 + 5 \\times 3 &= 25.
         \\end{aligned}$$

        下面我们将上述过程实现在 `corr2d` 函数里。
        """
        let html = renderHTML(markdown: markdown)
        XCTAssertEqual(html, """
        <p>如图5.1所示：<span class="math inline">\\(0 \\times 0 + 1 \\times 1 = 1\\)</span> 。</p>
        <div class="math display">\\[\\begin{aligned}
         0 \\times 0 + 1 \\times 1 + 3 \\times 2 + 4 \\times 3 &amp;= 19, \\\\
         1 \\times 0 + 2 \\times 1 + 4 \\times 2 + 5 \\times 3 &amp;= 25.
         \\end{aligned}\\]</div>
        <p>下面我们将上述过程实现在 <code>corr2d</code> 函数里。</p>

        """)
    }
}
