package plasticity.golden.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BitsTest {

    @Test
    void signAndZeroExtension() {
        assertEquals(-1, Bits.signExtend(1, 1));
        assertEquals(-8, Bits.signExtend(0x8, 4));
        assertEquals(7, Bits.signExtend(0x7, 4));
        assertEquals(0xF, Bits.zeroExtend(-1, 4));
        assertEquals(-1L, Bits.zeroExtend(-1, 64));
        assertEquals(Long.MIN_VALUE, Bits.signExtend(Long.MIN_VALUE, 64));
    }

    @Test
    void signedRanges() {
        assertEquals(-1, Bits.minSigned(1));
        assertEquals(0, Bits.maxSigned(1));
        assertEquals(-128, Bits.minSigned(8));
        assertEquals(127, Bits.maxSigned(8));
        assertEquals(Long.MIN_VALUE, Bits.minSigned(64));
        assertEquals(Long.MAX_VALUE, Bits.maxSigned(64));
        assertTrue(Bits.fitsSigned(-128, 8));
        assertFalse(Bits.fitsSigned(128, 8));
        assertTrue(Bits.fitsUnsigned(255, 8));
        assertFalse(Bits.fitsUnsigned(-1, 8));
    }

    @Test
    void logarithms() {
        assertEquals(0, Bits.log2Ceil(1));
        assertEquals(1, Bits.log2Ceil(2));
        assertEquals(2, Bits.log2Ceil(3));
        assertEquals(5, Bits.log2Ceil(17));
        assertEquals(8, Bits.log2Ceil(256));
        assertEquals(3, Bits.log2Floor(8));
        assertEquals(3, Bits.log2Floor(15));
    }

    @Test
    void widthsOutside1To64AreRejected() {
        assertEquals("bit width 0 is out of range: widths are 1..64",
                assertThrows(IllegalArgumentException.class, () -> Bits.mask(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Bits.signExtend(0, 65));
    }
}
