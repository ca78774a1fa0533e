"""sin and cos exactly as fdlibm 5.3 computes them (s_sin.c, s_cos.c, k_sin.c, k_cos.c,
e_rem_pio2.c), which is what Java's StrictMath.sin/cos are specified to return.

Written in Python float64 arithmetic, operation for operation as in the C source, for the
reference trajectories of the environment tests. Only |x| <= 2^19 * pi/2 is supported (the
"medium" reduction); the environments never come near that, and larger arguments raise.
"""
import struct


def _d(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def _hi(x):
    """The high 32-bit word of x as a signed int, as fdlibm's __HI(x)."""
    w = struct.unpack("<Q", struct.pack("<d", x))[0] >> 32
    return w - (1 << 32) if w & 0x80000000 else w


def _with_hi(hi):
    """A double whose high word is hi and low word 0 (__setHigh, __setLow(0))."""
    return _d((hi & 0xFFFFFFFF) << 32)


S1 = _d(0xBFC5555555555549)
S2 = _d(0x3F8111111110F8A6)
S3 = _d(0xBF2A01A019C161D5)
S4 = _d(0x3EC71DE357B1FE7D)
S5 = _d(0xBE5AE5E68A2B9CEB)
S6 = _d(0x3DE5D93A5ACFD57C)

C1 = _d(0x3FA555555555554C)
C2 = _d(0xBF56C16C16C15177)
C3 = _d(0x3EFA01A019CB1590)
C4 = _d(0xBE927E4F809C52AD)
C5 = _d(0x3E21EE9EBDB4B1C4)
C6 = _d(0xBDA8FAE9BE8838D4)

INVPIO2 = _d(0x3FE45F306DC9C883)
PIO2_1 = _d(0x3FF921FB54400000)
PIO2_1T = _d(0x3DD0B4611A626331)
PIO2_2 = _d(0x3DD0B4611A600000)
PIO2_2T = _d(0x3BA3198A2E037073)
PIO2_3 = _d(0x3BA3198A2E000000)
PIO2_3T = _d(0x397B839A252049C1)

NPIO2_HW = [
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
    0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
    0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
    0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
    0x404858EB, 0x404921FB,
]


def _kernel_sin(x, y, iy):
    ix = _hi(x) & 0x7FFFFFFF
    if ix < 0x3E400000 and int(x) == 0:
        return x
    z = x * x
    v = z * x
    r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))
    if iy == 0:
        return x + v * (S1 + z * r)
    return x - ((z * (0.5 * y - v * r) - y) - v * S1)


def _kernel_cos(x, y):
    ix = _hi(x) & 0x7FFFFFFF
    if ix < 0x3E400000 and int(x) == 0:
        return 1.0
    z = x * x
    r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))))
    if ix < 0x3FD33333:
        return 1.0 - (0.5 * z - (z * r - x * y))
    qx = 0.28125 if ix > 0x3FE90000 else _with_hi(ix - 0x00200000)
    hz = 0.5 * z - qx
    a = 1.0 - qx
    return a - (hz - (z * r - x * y))


def _rem_pio2(x):
    """Returns (n, y0, y1) with x - n*pi/2 = y0 + y1."""
    hx = _hi(x)
    ix = hx & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return 0, x, 0.0
    if ix < 0x4002D97C:
        if hx > 0:
            z = x - PIO2_1
            if ix != 0x3FF921FB:
                y0 = z - PIO2_1T
                return 1, y0, (z - y0) - PIO2_1T
            z -= PIO2_2
            y0 = z - PIO2_2T
            return 1, y0, (z - y0) - PIO2_2T
        z = x + PIO2_1
        if ix != 0x3FF921FB:
            y0 = z + PIO2_1T
            return -1, y0, (z - y0) + PIO2_1T
        z += PIO2_2
        y0 = z + PIO2_2T
        return -1, y0, (z - y0) + PIO2_2T
    if ix > 0x413921FB:
        raise ValueError(f"fdlibm_trig: |x| > 2^19*pi/2 not supported: {x!r}")
    t = abs(x)
    n = int(t * INVPIO2 + 0.5)
    fn = float(n)
    r = t - fn * PIO2_1
    w = fn * PIO2_1T
    if n < 32 and ix != NPIO2_HW[n - 1]:
        y0 = r - w
    else:
        j = ix >> 20
        y0 = r - w
        i = j - ((_hi(y0) >> 20) & 0x7FF)
        if i > 16:
            t = r
            w = fn * PIO2_2
            r = t - w
            w = fn * PIO2_2T - ((t - r) - w)
            y0 = r - w
            i = j - ((_hi(y0) >> 20) & 0x7FF)
            if i > 49:
                t = r
                w = fn * PIO2_3
                r = t - w
                w = fn * PIO2_3T - ((t - r) - w)
                y0 = r - w
    y1 = (r - y0) - w
    if hx < 0:
        return -n, -y0, -y1
    return n, y0, y1


def sin(x):
    x = float(x)
    ix = _hi(x) & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return _kernel_sin(x, 0.0, 0)
    if ix >= 0x7FF00000:
        return x - x
    n, y0, y1 = _rem_pio2(x)
    k = n & 3
    if k == 0:
        return _kernel_sin(y0, y1, 1)
    if k == 1:
        return _kernel_cos(y0, y1)
    if k == 2:
        return -_kernel_sin(y0, y1, 1)
    return -_kernel_cos(y0, y1)


def cos(x):
    x = float(x)
    ix = _hi(x) & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return _kernel_cos(x, 0.0)
    if ix >= 0x7FF00000:
        return x - x
    n, y0, y1 = _rem_pio2(x)
    k = n & 3
    if k == 0:
        return _kernel_cos(y0, y1)
    if k == 1:
        return -_kernel_sin(y0, y1, 1)
    if k == 2:
        return -_kernel_cos(y0, y1)
    return _kernel_sin(y0, y1, 1)
