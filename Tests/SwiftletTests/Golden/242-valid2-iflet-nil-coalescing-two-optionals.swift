let nickname: String? = nil
let fullName: String? = "Ada Lovelace"
if let name = nickname ?? fullName {
    print("Hello, \(name)")
}
let prefs: [String: String] = ["theme": "dark"]
guard let theme = prefs["colour"] ?? prefs["theme"] else { fatalError() }
print(theme)
