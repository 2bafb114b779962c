let t = -5.0
switch t {
case ..<0: print("negative")
case 0...: print("non-negative")
default: print("other")
}
