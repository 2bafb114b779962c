func name(_ n: Int) -> String {
    if n > 0 { return "p" }
    return nil
}
print(name(1))
// expect-error: 3:12 'nil' is incompatible with return type 'String'
