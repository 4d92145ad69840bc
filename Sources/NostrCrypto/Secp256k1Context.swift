internal import CSecp256k1

/// The one libsecp256k1 context of the process.
///
/// libsecp256k1 documents a context as safe to share between threads once created and randomised, as long
/// as nobody mutates it; every call here takes it as `const`, hence `nonisolated(unsafe)`.
nonisolated(unsafe) let secp256k1Context: OpaquePointer = {
    guard let context = secp256k1_context_create(UInt32(SECP256K1_CONTEXT_NONE)) else {
        fatalError("libsecp256k1 could not create a context")
    }
    // Blinding against side channels; a failure leaves the context usable, only unblinded.
    var seed = SystemRandom.bytes(32)
    _ = secp256k1_context_randomize(context, &seed)
    return context
}()
