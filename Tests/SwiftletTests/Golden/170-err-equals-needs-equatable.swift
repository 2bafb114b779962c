struct P { var x = 0 }
print(P() == P())
// expect-error: 2:11 referencing operator function '==' on 'Equatable' requires that 'P' conform to 'Equatable'
