/*
 * Reference outputs for plasticity.golden.prng (XorwowTest).
 * xorwow exactly as in G. Marsaglia, "Xorshift RNGs", J. Stat. Softw. 8(14), 2003,
 * section 3.1, with uint32_t instead of "unsigned long" so the arithmetic is mod 2^32
 * on every platform. The only change for seeding: x ^= seed before the first call,
 * as docs/spec/prng.md defines seeded(seed).
 *
 * Build and run:  gcc -std=c99 -O2 -Wall -o xorwow_reference xorwow_reference.c && ./xorwow_reference
 */
#include <stdint.h>
#include <stdio.h>

static uint32_t x, y, z, w, v, d;

static void seed_xorwow(uint32_t seed) {
    x = 123456789u ^ seed; y = 362436069u; z = 521288629u; w = 88675123u; v = 5783321u; d = 6615241u;
}

/* Marsaglia 2003, section 3.1, verbatim apart from the types. */
static uint32_t xorwow(void) {
    uint32_t t;
    t = (x ^ (x >> 2)); x = y; y = z; z = w; w = v; v = (v ^ (v << 4)) ^ (t ^ (t << 1));
    return (d += 362437) + v;
}

int main(void) {
    const uint32_t seeds[] = { 0u, 1u, 0xDEADBEEFu, 123456789u /* makes x == 0 */ };
    for (unsigned s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
        seed_xorwow(seeds[s]);
        printf("seed 0x%08X:", seeds[s]);
        for (int i = 0; i < 10; i++) printf(" 0x%08X", xorwow());
        printf("\n");
    }
    /* A far point of the canonical sequence, for the long-run test. */
    seed_xorwow(0u);
    uint32_t last = 0;
    for (long i = 0; i < 1000000L; i++) last = xorwow();
    printf("seed 0x00000000 output #1000000: 0x%08X\n", last);
    return 0;
}
