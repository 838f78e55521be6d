import PacteCore
import PacteSyntax
import PacteSchema

/// Ids and a value for each, in the order recorded: what each id of a
/// file names, for the resolver; where each person, signatory and
/// objective sits in the model, for ``Pacte``.
///
/// Swift's `Dictionary` keeps keys and values in two arrays of the table's
/// full size, 40 bytes a slot for the resolver's: on a file of thousands
/// of declarations they left the cache, and every id recorded and every
/// reference looked up paid two misses. Here a slot is 8 bytes (part of the
/// id's hash, and where its entry is), so the slots of 25 000 ids take
/// 512 KB and stay in cache, and the entries are appended in order. Ids
/// are hashed by ``IDHash``.
struct IDTable<Value> {
    /// One id and its value.
    struct Entry {
        let name: String
        fileprivate(set) var value: Value
        /// Kept so that growing the table need not hash every id again.
        fileprivate let hash: Int
    }

    /// Every id, in the order recorded.
    private(set) var entries: [Entry] = []
    /// Open addressing, probed linearly, at most half full: 0 is an empty
    /// slot; otherwise the hash's upper 32 bits, then the entry's index + 1.
    private var slots: [UInt64]
    /// How ids are hashed (see ``IDHash``).
    private var hash = IDHash()
    /// A recording that searched this many slots would mean ids made to
    /// collide under the current secret: the table draws another. Half full
    /// with a good hash, a search passes a few.
    private static var longestSearch: Int { 64 }

    /// An empty table. It grows by doubling; the entries keep their hash,
    /// so growing only places them again, and the count of declarations is
    /// no guide: 16 MB of declarations of unknown kinds would reserve
    /// hundreds of megabytes for ids never recorded.
    init() {
        slots = Array(repeating: 0, count: 16)
    }

    /// An empty table with room for `count` ids, when their number is known.
    init(capacity count: Int) {
        var size = 16
        while size < 2 * count { size *= 2 }
        slots = Array(repeating: 0, count: size)
        entries.reserveCapacity(count)
    }

    var count: Int { entries.count }

    /// The value of `name`, if it was recorded.
    subscript(name: String) -> Value? {
        guard case .found(let index) = search(name, hash: hash(name), longest: .max) else { return nil }
        return entries[index].value
    }

    /// Records an id unless it is recorded already; returns its value
    /// then, if it was. One hash of the name, where a lookup followed by
    /// an insertion took two.
    @discardableResult
    mutating func insertIfAbsent(_ value: Value, for name: String) -> Value? {
        let (index, isNew) = find(name, recording: value)
        return isNew ? nil : entries[index].value
    }

    /// Changes the value of `name` in place, recording it first with
    /// `initial` if it is not recorded: one hash of the name.
    mutating func update(_ name: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let (index, _) = find(name, recording: initial())
        change(&entries[index].value)
    }

    /// Where `name` is among the entries, recorded now with `value` if it was not.
    private mutating func find(_ name: String, recording value: @autoclosure () -> Value) -> (index: Int, isNew: Bool) {
        if 2 * (entries.count + 1) > slots.count { grow() }
        // One new secret at most: ids past ASCII keep the standard library's hash.
        var longest = Self.longestSearch
        while true {
            let hash = hash(name)
            switch search(name, hash: hash, longest: longest) {
            case .found(let index):
                return (index, false)
            case .empty(let slot):
                entries.append(Entry(name: name, value: value(), hash: hash))
                slots[slot] = Self.tag(hash) | UInt64(entries.count)
                return (entries.count - 1, true)
            case .tooLong:
                rehash(with: .withNewSecret())
                longest = .max
            }
        }
    }

    private enum Search {
        /// Recorded, at this index of the entries.
        case found(Int)
        /// Not recorded: the empty slot where it would go.
        case empty(Int)
        /// Not found within the slots searched.
        case tooLong
    }

    /// Where `name`, of hash `hash`, is recorded, searching `longest` full slots at most.
    private func search(_ name: String, hash: Int, longest: Int) -> Search {
        let tag = Self.tag(hash)
        let mask = slots.count - 1
        var slot = hash & mask
        var searched = 0
        while slots[slot] != 0 {
            guard searched < longest else { return .tooLong }
            let content = slots[slot]
            if content & Self.tagMask == tag {
                let index = Int(truncatingIfNeeded: content & ~Self.tagMask) - 1
                if entries[index].name == name { return .found(index) }
            }
            slot = (slot + 1) & mask
            searched += 1
        }
        return .empty(slot)
    }

    /// The same ids as a dictionary, for the public API.
    var dictionary: [String: Value] {
        var dictionary: [String: Value] = [:]
        dictionary.reserveCapacity(entries.count)
        for entry in entries { dictionary[entry.name] = entry.value }
        return dictionary
    }

    private static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

    private static func tag(_ hash: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: hash) & tagMask
    }

    private mutating func place(_ hash: Int, entry: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash) | UInt64(entry + 1)
    }

    private mutating func grow() {
        placeEntries(inSlots: 2 * slots.count)
    }

    /// Every id hashed again with `newHash`, and placed again (internal
    /// for the tests, which check that nothing is lost).
    mutating func rehash(with newHash: IDHash) {
        hash = newHash
        entries = entries.map { Entry(name: $0.name, value: $0.value, hash: newHash($0.name)) }
        placeEntries(inSlots: slots.count)
    }

    /// Every entry placed by its kept hash in `count` empty slots.
    private mutating func placeEntries(inSlots count: Int) {
        slots = Array(repeating: 0, count: count)
        for index in entries.indices { place(entries[index].hash, entry: index) }
    }
}

extension IDTable: Sendable where Value: Sendable {}
extension IDTable.Entry: Sendable where Value: Sendable {}
