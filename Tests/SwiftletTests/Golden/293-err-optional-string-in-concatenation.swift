let name: String? = nil
print("Hello " + name)
// expect-error: 2:18 value of optional type 'String?' must be unwrapped to a value of type 'String'
