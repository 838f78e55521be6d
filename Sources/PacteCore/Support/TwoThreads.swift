#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Work shared by this thread and one more, for the large files where a
/// second core pays: the front end reads a file on one thread while it
/// resolves what was read on the other, and the rules of a large model
/// run on both. Plain POSIX threads: the library uses no Foundation, and
/// a check must not wait on a task executor's start.
public enum TwoThreads {
    /// Whether a second core is there to use: one thread more on a single
    /// core only adds switches between the two.
    public static let areUseful: Bool = {
        #if canImport(Darwin) || canImport(Glibc) || canImport(Musl)
        return sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1
        #else
        return false
        #endif
    }()

    /// Files from this size are worth a second thread: below it, starting
    /// one costs more than it saves.
    public static let minimumBytes = 256 * 1024

    /// Whether the work on a file of `bytes` bytes is worth sharing out.
    public static func pay(forBytes bytes: Int) -> Bool {
        bytes >= minimumBytes && areUseful
    }

    /// Runs `produce` on a new thread while this one hands each element
    /// it puts to `consume`, in order, and returns what `produce` returned.
    /// At most `capacity` elements wait between the two: a producer faster
    /// than its consumer waits rather than filling memory. Each element
    /// consumed goes back to the producing thread to be freed there, with
    /// the memory it was allocated from and off the consumer's time:
    /// freeing a syntax tree costs about a third of parsing it. (Freeing
    /// each on whichever thread had time to spare measured the same.)
    /// If no thread can be started, everything is produced first, then
    /// consumed, here.
    public static func pipeline<Element: Sendable, Produced: Sendable>(
        capacity: Int,
        produce: @escaping @Sendable (_ put: (Element) -> Void) -> Produced,
        consume: (Element) -> Void
    ) -> Produced {
        let queue = Handoff<Element>(capacity: capacity)
        let outcome = Outcome<Produced>()
        let thread = start {
            outcome.value = produce { queue.put($0) }
            queue.close()
        }
        guard let thread else {
            var produced: [Element] = []
            let result = produce { produced.append($0) }
            produced.forEach(consume)
            return result
        }
        while let element = queue.take() {
            consume(element)
            queue.giveBack(element)
        }
        pthread_join(thread, nil)
        return outcome.value!
    }

    /// `transform` applied to each index of `0..<count`, the indices shared
    /// out between this thread and one more as each finishes its last: the
    /// results come back in index order, whoever computed them.
    public static func map<Element: Sendable>(_ count: Int, _ transform: @escaping @Sendable (Int) -> Element) -> [Element] {
        let shared = SharedIndices<Element>(count: count)
        let work: @Sendable () -> Void = {
            while let index = shared.next() { shared.store(transform(index), at: index) }
        }
        let thread = start(work)
        work()
        if let thread { pthread_join(thread, nil) }
        return shared.results
    }

    /// A new thread running `body`, or nil if the system would not start one.
    private static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(ThreadBody(body))
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let started = pthread_create(&thread, nil, { context in
            Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, box.toOpaque()) == 0
        guard started else {
            box.release()
            return nil
        }
        return thread
    }
}

/// What the producer of a pipeline returns, read once its thread is joined.
private final class Outcome<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}

/// A thread's closure, handed to `pthread_create` through one pointer.
private final class ThreadBody {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}

/// A POSIX mutex and condition at a fixed address, as POSIX requires.
final class LockAndCondition: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `body` holding the lock.
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Waits, holding the lock, until `isReady`; then runs `body` still holding it.
    func locked<T>(when isReady: () -> Bool, _ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !isReady() { pthread_cond_wait(condition, mutex) }
        return body()
    }

    /// Wakes the other thread, waiting for a change. Called holding the lock.
    func signal() {
        pthread_cond_broadcast(condition)
    }
}

/// What one thread hands the other, in order: a queue that holds at most
/// `capacity` elements, so that a producer faster than its consumer waits
/// rather than filling memory.
final class Handoff<Element: Sendable>: @unchecked Sendable {
    private let lock = LockAndCondition()
    /// A few elements at most: taking the first moves the others, no more.
    private var elements: [Element] = []
    private var isClosed = false
    private let capacity: Int

    /// A queue that holds at most `capacity` elements (at least one).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Elements consumed, waiting to be freed by the producer.
    private var givenBack: [Element] = []

    /// Adds an element, waiting while the queue is full; frees, on this
    /// thread, the elements given back since the last call.
    func put(_ element: Element) {
        let spent = lock.locked(when: { elements.count < capacity || isClosed }) {
            elements.append(element)
            lock.signal()
            defer { givenBack = [] }
            return givenBack
        }
        // Freed here, once the lock is let go.
        _ = consume spent
    }

    /// Hands a consumed element back, for the producer to free.
    func giveBack(_ element: Element) {
        lock.locked { givenBack.append(element) }
    }

    /// Says that no element will follow.
    func close() {
        lock.locked {
            isClosed = true
            lock.signal()
        }
    }

    /// The next element, waiting for one; nil once the queue is closed and empty.
    func take() -> Element? {
        lock.locked(when: { !elements.isEmpty || isClosed }) {
            guard !elements.isEmpty else { return nil }
            let element = elements.removeFirst()
            lock.signal()
            return element
        }
    }
}

/// The indices of a ``TwoThreads/map(_:_:)`` left to compute, and one slot
/// per index, each written once by whichever thread computed it.
private final class SharedIndices<Element: Sendable>: @unchecked Sendable {
    private let lock = LockAndCondition()
    private var slots: [Element?]
    private var taken = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next index nobody took, if any is left.
    func next() -> Int? {
        lock.locked {
            guard taken < slots.count else { return nil }
            defer { taken += 1 }
            return taken
        }
    }

    func store(_ element: Element, at index: Int) {
        lock.locked { slots[index] = element }
    }

    /// Every slot's element, once both threads are done.
    var results: [Element] {
        lock.locked { slots.map { $0! } }
    }
}
