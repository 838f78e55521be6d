import PacteCore
import PacteSyntax
import PacteSchema

/// The ids of a file and what each names, in file order.
///
/// Swift's `Dictionary` keeps keys and values in two arrays of the table's
/// full size, 40 bytes a slot here: on a file of thousands of declarations
/// they left the cache, and every id recorded and every reference looked
/// up paid two misses. Here a slot is 8 bytes (part of the id's hash, and
/// where its entry is), so the slots of 25 000 ids take 512 KB and stay in
/// cache, and the entries are appended in file order.
struct IDTable {
    /// One id and what it names.
    struct Entry {
        let name: String
        let declared: DeclaredID
        /// Kept so that growing the table need not hash every id again.
        fileprivate let hash: Int
    }

    /// Every id, in the order recorded.
    private(set) var entries: [Entry] = []
    /// Open addressing, probed linearly, at most half full: 0 is an empty
    /// slot; otherwise the hash's upper 32 bits, then the entry's index + 1.
    private var slots: [UInt64]

    /// An empty table. It grows by doubling; the entries keep their hash,
    /// so growing only places them again, and the count of declarations is
    /// no guide: 16 MB of declarations of unknown kinds would reserve
    /// hundreds of megabytes for ids never recorded.
    init() {
        slots = Array(repeating: 0, count: 16)
    }

    var count: Int { entries.count }

    /// What `name` names, if it was recorded.
    subscript(name: String) -> DeclaredID? {
        let hash = name.hashValue
        let tag = Self.tag(hash)
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let content = slots[slot]
            if content == 0 { return nil }
            if content & Self.tagMask == tag {
                let index = Int(truncatingIfNeeded: content & ~Self.tagMask) - 1
                if entries[index].name == name { return entries[index].declared }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Records an id unless it is recorded already; returns what it named
    /// then, if it was. One hash of the name, where a lookup followed by
    /// an insertion took two.
    mutating func insertIfAbsent(_ declared: DeclaredID, for name: String) -> DeclaredID? {
        if 2 * (entries.count + 1) > slots.count { grow() }
        let hash = name.hashValue
        let tag = Self.tag(hash)
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let content = slots[slot]
            if content == 0 { break }
            if content & Self.tagMask == tag {
                let index = Int(truncatingIfNeeded: content & ~Self.tagMask) - 1
                if entries[index].name == name { return entries[index].declared }
            }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(name: name, declared: declared, hash: hash))
        slots[slot] = tag | UInt64(entries.count)
        return nil
    }

    /// The same ids as a dictionary, for the public API.
    var dictionary: [String: DeclaredID] {
        var dictionary: [String: DeclaredID] = [:]
        dictionary.reserveCapacity(entries.count)
        for entry in entries { dictionary[entry.name] = entry.declared }
        return dictionary
    }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

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
        slots = Array(repeating: 0, count: 2 * slots.count)
        for index in entries.indices { place(entries[index].hash, entry: index) }
    }
}
