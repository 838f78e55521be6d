import PacteKit

/// libFuzzer's entry point: every input goes through the front end and the
/// formatter round trip; a broken property is a crash, which libFuzzer
/// saves as a reproducer. Built only by `.ci/fuzz` (see README).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let failure = RoundTrip.verify(bytes) {
        fatalError(failure)
    }
    return 0
}
