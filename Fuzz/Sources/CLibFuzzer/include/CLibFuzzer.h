#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (LLVM 11 and later), linked in by -sanitize=fuzzer. SwiftPM makes an executable's
// main its Swift entry point, so the harnesses call the driver from there instead of using libFuzzer's main.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
