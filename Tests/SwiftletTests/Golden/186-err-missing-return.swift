func sign(_ n: Int) -> Int {
    if n > 0 { return 1 }
    if n < 0 { return -1 }
}
print(sign(0))
// expect-error: 4:1 missing return in global function expected to return 'Int'
