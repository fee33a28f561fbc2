// Memory settings of the C library that Swift cannot reach (malloc.h is not in its Glibc module).
#include "cplatform.h"

#if defined(__GLIBC__)
#include <malloc.h>

void claimline_return_freed_memory(void) {
    // Free memory above 1 MiB at the top of a heap goes back to the system (and, as a side
    // effect of setting it, blocks of 128 KiB and more are mapped on their own, and unmapped
    // when freed), instead of staying in the thread's arena.
    mallopt(M_TRIM_THRESHOLD, 1 << 20);
}
#else
void claimline_return_freed_memory(void) {}
#endif
