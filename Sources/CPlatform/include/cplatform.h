#ifndef CLAIMLINE_CPLATFORM_H
#define CLAIMLINE_CPLATFORM_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the x86 SHA extensions (and the SSE4.1 they are used with), else 0.
int claimline_sha256_hardware(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (a..h) with the SHA
/// extensions, `k` being the 64 round constants. Call only when claimline_sha256_hardware()
/// returned 1.
void claimline_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks, const uint32_t k[64]);

/// Makes the C library give freed memory back to the system instead of keeping it per thread.
void claimline_return_freed_memory(void);

#endif
