@propertyWrapper struct Clamped {
    var value: Int
    init(wrappedValue: Int) { value = min(wrappedValue, 10) }
    var wrappedValue: Int { get { value } set { value = min(newValue, 10) } }
}
struct Settings { @Clamped var volume: Int = 50 }
print(Settings().volume)
// expect-error: 1:1 property wrappers are not supported in lessons
