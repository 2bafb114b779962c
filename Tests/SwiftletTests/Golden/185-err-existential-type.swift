let a: any Equatable = 1
let b: any Equatable = 1
print(a == b)
// expect-error: 1:8 opaque and existential types ('any Equatable') are not supported in lessons
