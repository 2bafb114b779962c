/// What one expression (a method call, an operator, a subscript) last resolved for a host
/// object: the object's class and the table entry found for it. In a loop the same site sees
/// the same class every time, so this skips the library's dictionary lookups by class and by
/// member name: the monomorphic inline cache of dynamic-language interpreters.
/// The host library does not change while a session runs, so an entry never goes stale.
struct HostSiteCache<Entry> {
    private var classID: ObjectIdentifier?
    private var entry: Entry?

    /// The entry for `object`'s class, resolving it with `resolve` on a miss. A nil from
    /// `resolve` is not remembered: that path ends in a diagnostic or a slower general case.
    @inline(__always)
    mutating func entry(for object: AnyObject, in runtime: Runtime, _ resolve: (AnyHostType) -> Entry?) -> Entry? {
        let id = ObjectIdentifier(type(of: object))
        if id == classID, let entry { return entry }
        guard let type = runtime.library.hostType(of: object), let found = resolve(type) else { return nil }
        classID = id
        entry = found
        return found
    }
}
