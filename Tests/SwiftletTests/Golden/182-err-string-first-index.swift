let s = "hello"
if let i = s.firstIndex(of: "l") {
    print(i)
}
// expect-error: 2:12 String indices are not supported in lessons; use Array(text) to index its characters by Int
