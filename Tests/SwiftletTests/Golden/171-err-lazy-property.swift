class Data { init() { print("loading") } }
class Owner { lazy var data = Data() }
let o = Owner()
print("created")
_ = o.data
// expect-error: 2:15 'lazy' is not supported in lessons
