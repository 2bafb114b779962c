/// The site's one stylesheet, written to `assets/site.css`: a book-like column, code and output
/// blocks, badges, highlight colours, and a dark palette chosen by `prefers-color-scheme`.
enum SiteStylesheet {
    static let css = #"""
:root {
  --bg: #fdfdfc; --fg: #1f2328; --muted: #5f6670; --rule: #e3e5e8; --link: #0b5cad;
  --code-bg: #f5f6f8; --code-border: #e1e4e8; --out-bg: #ffffff; --accent: #2f6fdf;
  --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #b42318; --fail-bg: #ffebe9;
  --skip: #6e7781; --skip-bg: #eef0f2; --err: #8a4600; --err-bg: #fff1d6;
  --hl-keyword: #a626a4; --hl-type: #0b69a3; --hl-string: #1b7d38; --hl-number: #b35900;
  --hl-comment: #6e7781; --hl-operator: #3d4450; --hl-identifier: #1f2328; --hl-label: #7a4c00;
  --hl-attribute: #9a3d00; --hl-directive: #8250df;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15181c; --fg: #e4e6e9; --muted: #9aa3ad; --rule: #2d333b; --link: #6cb6ff;
    --code-bg: #1d2127; --code-border: #2d333b; --out-bg: #191c21; --accent: #6ea8fe;
    --pass: #57d37a; --pass-bg: #12361f; --fail: #ff8b80; --fail-bg: #44181a;
    --skip: #9aa3ad; --skip-bg: #262b31; --err: #f0b35b; --err-bg: #3a2a10;
    --hl-keyword: #e28bf0; --hl-type: #6cc4ff; --hl-string: #8ddb8c; --hl-number: #f5b26b;
    --hl-comment: #8b949e; --hl-operator: #c9d1d9; --hl-identifier: #e4e6e9; --hl-label: #e5c07b;
    --hl-attribute: #ffa657; --hl-directive: #d2a8ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.7 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
:lang(zh) body, body:lang(zh), [lang="zh"] {
  font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif;
}
body:lang(zh) { line-height: 1.85; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
.site-header {
  border-bottom: 1px solid var(--rule); padding: 0.7rem 1.25rem; font-size: 0.95rem;
  display: flex; justify-content: space-between; align-items: baseline; gap: 1rem;
}
.site-header .site-title { font-weight: 600; color: var(--fg); }
.site-header .crumb { color: var(--muted); }
main { max-width: 47rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 1.2rem 0 1.4rem; letter-spacing: -0.01em; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 0.8rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.3rem; }
h3 { font-size: 1.15rem; margin: 1.8rem 0 0.6rem; }
.section-number { color: var(--muted); font-weight: 500; margin-right: 0.45em; font-variant-numeric: tabular-nums; }
h1 { margin-bottom: 0.5rem; }
.lesson-meta { margin: 0 0 1.6rem; }
.lesson-meta .badge { font-size: 0.78rem; }
.lesson-problems { color: var(--fail); background: var(--fail-bg); padding: 0.6rem 0.6rem 0.6rem 2rem; border-radius: 6px; font-size: 0.9rem; }
p { margin: 0 0 1.05rem; }
main ul, main ol:not(.toc) { margin: 0 0 1.05rem; padding-left: 1.6rem; }
main li { margin: 0.2rem 0; }
blockquote { margin: 1.2rem 0; padding: 0.2rem 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
table { border-collapse: collapse; margin: 1.2rem 0; font-size: 0.95rem; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.7rem; text-align: left; }
th { background: var(--code-bg); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
img { max-width: 100%; }
code, pre, kbd { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
:not(pre) > code { font-size: 0.88em; background: var(--code-bg); border: 1px solid var(--code-border); border-radius: 4px; padding: 0.05em 0.3em; }
pre { margin: 0; overflow-x: auto; font-size: 0.86rem; line-height: 1.55; tab-size: 4; }
.math.display { display: block; overflow-x: auto; overflow-y: hidden; margin: 1.1rem 0; text-align: center; }
.katex-display { margin: 0.4rem 0; }
.cell { margin: 1.3rem 0 1.5rem; }
.cell pre.code {
  background: var(--code-bg); border: 1px solid var(--code-border); border-left: 3px solid var(--accent);
  border-radius: 6px; padding: 0.8rem 1rem;
}
.cell .output {
  margin-top: 0.45rem; background: var(--out-bg); border: 1px solid var(--code-border);
  border-radius: 6px; padding: 0.55rem 1rem 0.7rem; position: relative;
}
.output .output-header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 0.3rem; }
.output.output-empty .output-header { margin-bottom: 0; }
.output .output-label { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
.output-failed { border-color: var(--fail); }
.output pre.output-text { color: var(--fg); }
.figures { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; margin-top: 0.6rem; }
figure.lesson-figure { margin: 0; max-width: 100%; }
figure.lesson-figure svg { max-width: 100%; height: auto; display: block; color: var(--fg); }
figure.lesson-figure figcaption { font-size: 0.8rem; color: var(--muted); margin-top: 0.3rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
details.diff { margin-top: 0.6rem; border-top: 1px dashed var(--fail); padding-top: 0.4rem; }
details.diff summary { cursor: pointer; color: var(--fail); font-size: 0.85rem; }
.diff .del { color: var(--fail); background: var(--fail-bg); display: inline-block; min-width: 100%; }
.diff .ins { color: var(--pass); background: var(--pass-bg); display: inline-block; min-width: 100%; }
.fence { margin: 1.3rem 0; }
details.folded { margin: 1rem 0; border: 1px solid var(--code-border); border-radius: 6px; padding: 0.4rem 0.8rem; }
details.folded > summary { cursor: pointer; color: var(--accent); font-size: 0.9rem; font-family: system-ui, sans-serif; }
details.folded[open] > summary { margin-bottom: 0.4rem; }
details.folded > .cell, details.folded > p { margin: 0.4rem 0; }
.fence pre { background: var(--code-bg); border: 1px solid var(--code-border); border-radius: 6px; padding: 0.8rem 1rem; }
.fence .fence-info { font-size: 0.72rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.08em; margin-bottom: 0.2rem; }
.badge {
  display: inline-block; font-size: 0.72rem; font-weight: 600; line-height: 1.5; padding: 0.05rem 0.55rem;
  border-radius: 999px; white-space: nowrap; letter-spacing: 0.02em; font-family: system-ui, sans-serif;
}
.badge-passed { color: var(--pass); background: var(--pass-bg); }
.badge-failed { color: var(--fail); background: var(--fail-bg); }
.badge-notChecked { color: var(--skip); background: var(--skip-bg); }
.badge-expectedError { color: var(--err); background: var(--err-bg); }
.hl-keyword { color: var(--hl-keyword); }
.hl-type { color: var(--hl-type); }
.hl-string { color: var(--hl-string); }
.hl-number { color: var(--hl-number); }
.hl-comment { color: var(--hl-comment); font-style: italic; }
.hl-operator { color: var(--hl-operator); }
.hl-identifier { color: var(--hl-identifier); }
.hl-label { color: var(--hl-label); }
.hl-attribute { color: var(--hl-attribute); }
.hl-directive { color: var(--hl-directive); }
.hl-regex { color: var(--hl-string); }
.pager { max-width: 47rem; margin: 0 auto 3rem; padding: 1.2rem 1.25rem 0; border-top: 1px solid var(--rule);
  display: flex; justify-content: space-between; gap: 1rem; }
.pager a { display: block; max-width: 48%; padding: 0.6rem 0.9rem; border: 1px solid var(--rule); border-radius: 8px; }
.pager a:hover { border-color: var(--link); text-decoration: none; }
.pager .pager-direction { display: block; font-size: 0.75rem; color: var(--muted); }
.pager a[rel="next"] { margin-left: auto; text-align: right; }
.toc-language h2 { margin-top: 2rem; }
ol.toc { list-style: none; padding: 0; margin: 0; }
ol.toc li { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem;
  padding: 0.55rem 0.2rem; border-bottom: 1px solid var(--rule); }
ol.toc li a { color: var(--fg); }
ol.toc li a:hover .toc-title { color: var(--link); }
.tally { color: var(--muted); font-size: 0.9rem; margin: -0.3rem 0 0.6rem; }
.empty { color: var(--muted); font-style: italic; }
@media (max-width: 600px) { body { font-size: 16px; } h1 { font-size: 1.6rem; } main { padding: 1rem; } }
@media print { .pager, .site-header { display: none; } }
"""#
}
