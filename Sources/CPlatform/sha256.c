// SHA-256 block compression with the x86 SHA extensions (SHA256RNDS2, SHA256MSG1/2).
//
// Checksumming every input and output file in software took a seventh of the pipeline's CPU
// time on one core; these instructions do the same work several times faster. Other CPUs, and
// x86 CPUs without the extensions, use the Swift implementation in ClaimlineCore.
#include "cplatform.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

int claimline_sha256_hardware(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int sse41 = (c >> 19) & 1, ssse3 = (c >> 9) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    int sha = (b >> 29) & 1;
    return sha && sse41 && ssse3;
}

__attribute__((target("sha,sse4.1,ssse3")))
void claimline_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks, const uint32_t k[64]) {
    // Big-endian words: reverse the bytes of each 32-bit lane.
    const __m128i byteswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    // The instructions keep the state as two registers, lanes high to low: A B E F and C D G H.
    // Comments below list lanes low to high.
    __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
    abcd = _mm_shuffle_epi32(abcd, 0xB1);               // lanes: b a d c
    efgh = _mm_shuffle_epi32(efgh, 0x1B);               // lanes: h g f e
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);      // lanes: f e b a
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);   // lanes: h g d c

    for (; blocks > 0; blocks--, data += 64) {
        const __m128i abefStart = abef, cdghStart = cdgh;
        __m128i w[4];  // the last sixteen words of the message schedule, four to a register
        for (int group = 0; group < 16; group++) {
            __m128i words;
            if (group < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * group)), byteswap);
            } else {
                // W[t..t+3] from W[t-16..t-13], W[t-12..t-9], W[t-7..t-4] and W[t-4..t-1].
                __m128i x = _mm_sha256msg1_epu32(w[group & 3], w[(group + 1) & 3]);
                x = _mm_add_epi32(x, _mm_alignr_epi8(w[(group + 3) & 3], w[(group + 2) & 3], 4));
                words = _mm_sha256msg2_epu32(x, w[(group + 3) & 3]);
            }
            w[group & 3] = words;
            // Four rounds: two with the low two words, two with the high two.
            __m128i wk = _mm_add_epi32(words, _mm_loadu_si128((const __m128i *)&k[4 * group]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
        }
        abef = _mm_add_epi32(abef, abefStart);
        cdgh = _mm_add_epi32(cdgh, cdghStart);
    }

    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);       // lanes: a b e f
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);       // lanes: g h c d
    abcd = _mm_blend_epi16(feba, dchg, 0xF0);           // lanes: a b c d
    efgh = _mm_alignr_epi8(dchg, feba, 8);              // lanes: e f g h
    _mm_storeu_si128((__m128i *)&state[0], abcd);
    _mm_storeu_si128((__m128i *)&state[4], efgh);
}

#else

int claimline_sha256_hardware(void) { return 0; }

void claimline_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks, const uint32_t k[64]) {
    (void)state; (void)data; (void)blocks; (void)k;
}

#endif
