package org.knowbridge.recommendations.engine.evaluation;

/**
 * The random stream of numpy's {@code default_rng(seed).random()} (SeedSequence seeding, PCG64 XSL-RR,
 * 53-bit doubles), so that the baselines break ties, and the random baseline draws, exactly as the
 * reference evaluator does. {@link #advance(long)} jumps ahead, so streams can be split across threads.
 */
final class NumpyRandom {

    private static final long MULT_HI = 2549297995355413924L;
    private static final long MULT_LO = 4865540595714422341L;

    private long stateHi;
    private long stateLo;
    private final long incHi;
    private final long incLo;

    private NumpyRandom(long stateHi, long stateLo, long incHi, long incLo) {
        this.stateHi = stateHi;
        this.stateLo = stateLo;
        this.incHi = incHi;
        this.incLo = incLo;
    }

    /** Seeded like {@code numpy.random.default_rng(seed)} for a non-negative seed. */
    static NumpyRandom seeded(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed must not be negative");
        }
        int[] entropy = (seed >>> 32) == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
        int[] words = SeedSequence.generateState(entropy, 8);
        long s0 = word64(words, 0);
        long s1 = word64(words, 2);
        long i0 = word64(words, 4);
        long i1 = word64(words, 6);
        // pcg64_set_seed: state = (s0 << 64 | s1), initseq = (i0 << 64 | i1)
        long incHi = (i0 << 1) | (i1 >>> 63);
        long incLo = (i1 << 1) | 1;
        NumpyRandom r = new NumpyRandom(0, 0, incHi, incLo);
        r.step();
        long lo = r.stateLo + s1;
        r.stateHi = r.stateHi + s0 + (Long.compareUnsigned(lo, s1) < 0 ? 1 : 0);
        r.stateLo = lo;
        r.step();
        return r;
    }

    NumpyRandom copy() {
        return new NumpyRandom(stateHi, stateLo, incHi, incLo);
    }

    /** The next double in [0, 1), as {@code Generator.random()}. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    long nextLong() {
        step();
        long xored = stateHi ^ stateLo;
        int rot = (int) (stateHi >>> 58);
        return Long.rotateRight(xored, rot);
    }

    /** Skips {@code delta} draws in O(log delta). */
    void advance(long delta) {
        long accMulHi = 0, accMulLo = 1, accPlusHi = 0, accPlusLo = 0;
        long curMulHi = MULT_HI, curMulLo = MULT_LO, curPlusHi = incHi, curPlusLo = incLo;
        while (delta > 0) {
            if ((delta & 1) != 0) {
                long[] m = mul(accMulHi, accMulLo, curMulHi, curMulLo);
                accMulHi = m[0];
                accMulLo = m[1];
                long[] p = mul(accPlusHi, accPlusLo, curMulHi, curMulLo);
                long[] s = add(p[0], p[1], curPlusHi, curPlusLo);
                accPlusHi = s[0];
                accPlusLo = s[1];
            }
            long[] mPlus1 = add(curMulHi, curMulLo, 0, 1);
            long[] np = mul(mPlus1[0], mPlus1[1], curPlusHi, curPlusLo);
            curPlusHi = np[0];
            curPlusLo = np[1];
            long[] sq = mul(curMulHi, curMulLo, curMulHi, curMulLo);
            curMulHi = sq[0];
            curMulLo = sq[1];
            delta >>>= 1;
        }
        long[] m = mul(accMulHi, accMulLo, stateHi, stateLo);
        long[] s = add(m[0], m[1], accPlusHi, accPlusLo);
        stateHi = s[0];
        stateLo = s[1];
    }

    private void step() {
        long[] m = mul(stateHi, stateLo, MULT_HI, MULT_LO);
        long[] s = add(m[0], m[1], incHi, incLo);
        stateHi = s[0];
        stateLo = s[1];
    }

    /** 128-bit product modulo 2^128. */
    private static long[] mul(long aHi, long aLo, long bHi, long bLo) {
        long lo = aLo * bLo;
        long hi = Math.unsignedMultiplyHigh(aLo, bLo) + aHi * bLo + aLo * bHi;
        return new long[] {hi, lo};
    }

    private static long[] add(long aHi, long aLo, long bHi, long bLo) {
        long lo = aLo + bLo;
        long hi = aHi + bHi + (Long.compareUnsigned(lo, aLo) < 0 ? 1 : 0);
        return new long[] {hi, lo};
    }

    private static long word64(int[] words, int at) {
        return (words[at] & 0xFFFFFFFFL) | ((long) words[at + 1] << 32);
    }

    /** numpy's SeedSequence: hashes the seed's 32-bit words into a pool, then draws state words from it. */
    static final class SeedSequence {
        private static final int POOL_SIZE = 4;
        private static final int INIT_A = 0x43b0d7e5;
        private static final int MULT_A = 0x931e8875;
        private static final int INIT_B = 0x8b51f9dd;
        private static final int MULT_B = 0x58f38ded;
        private static final int MIX_MULT_L = 0xca01f9dd;
        private static final int MIX_MULT_R = 0x4973f715;
        private static final int XSHIFT = 16;

        private SeedSequence() {}

        static int[] generateState(int[] entropy, int words32) {
            int[] pool = new int[POOL_SIZE];
            int[] hashConst = {INIT_A};
            for (int i = 0; i < POOL_SIZE; i++) {
                pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
            }
            for (int src = 0; src < POOL_SIZE; src++) {
                for (int dst = 0; dst < POOL_SIZE; dst++) {
                    if (src != dst) {
                        pool[dst] = mix(pool[dst], hashmix(pool[src], hashConst));
                    }
                }
            }
            for (int src = POOL_SIZE; src < entropy.length; src++) {
                for (int dst = 0; dst < POOL_SIZE; dst++) {
                    pool[dst] = mix(pool[dst], hashmix(entropy[src], hashConst));
                }
            }
            int[] state = new int[words32];
            int h = INIT_B;
            for (int i = 0; i < words32; i++) {
                int v = pool[i % POOL_SIZE] ^ h;
                h *= MULT_B;
                v *= h;
                v ^= v >>> XSHIFT;
                state[i] = v;
            }
            return state;
        }

        private static int hashmix(int value, int[] hashConst) {
            value ^= hashConst[0];
            hashConst[0] *= MULT_A;
            value *= hashConst[0];
            value ^= value >>> XSHIFT;
            return value;
        }

        private static int mix(int x, int y) {
            int r = MIX_MULT_L * x - MIX_MULT_R * y;
            r ^= r >>> XSHIFT;
            return r;
        }
    }
}
