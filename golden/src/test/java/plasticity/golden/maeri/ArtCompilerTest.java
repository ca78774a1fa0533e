package plasticity.golden.maeri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ART compiler and dataflow model (docs/spec/maeri.md, "ART"). */
class ArtCompilerTest {

    /**
     * The proof: every composition of every total t = 1..N into VN sizes, for N = 2, 4, 8, 16,
     * is either reduced exactly (each VN's sum, by routing, equals the direct sum) or refused
     * with an {@link ArtMappingException}. The spec claims zero refusals; this counts them.
     */
    @Test
    void everyVnListOfUpTo16LeavesIsReducedExactly() {
        var random = new SplittableRandom(0x4D414552L);
        for (int n : new int[] {2, 4, 8, 16}) {
            int mapped = 0;
            int refused = 0;
            int split = 0;
            for (int total = 1; total <= n; total++) {
                for (int cuts = 0; cuts < 1 << (total - 1); cuts++) {
                    List<Integer> sizes = composition(total, cuts);
                    ArtConfig config;
                    try {
                        config = ArtCompiler.compile(n, sizes);
                    } catch (ArtMappingException refusal) {
                        refused++;
                        continue;
                    }
                    assertReduces(config, random);
                    mapped++;
                    if (config.switches().stream().anyMatch(AdderSwitchConfig::split)) {
                        split++;
                    }
                }
            }
            System.out.printf("ART N=%d: %d VN lists mapped, %d refused, %d use a split leaf%n",
                    n, mapped, refused, split);
            assertEquals((1 << n) - 1, mapped + refused);
            assertEquals(0, refused, "the spec's resource model maps every list");
        }
    }

    /**
     * The research notes' STONNE run: N = 16, three VNs of 5 (docs/spec/maeri.md, "Worked
     * example", which compares the two configurations).
     */
    @Test
    void threeVnsOfFiveOnSixteenLeaves() {
        var config = ArtCompiler.compile(16, List.of(5, 5, 5));
        System.out.print(config.dump());
        var up = Destination.UP;
        var link = Destination.LINK;
        var collect = Destination.COLLECT;
        var none = Destination.NONE;
        // Leaf adders: only AS2 (MS4 of VN0, MS5 of VN1) holds two unfinished VNs; its link is
        // on the left, so MS4 crosses to AS1, which adds MS2 + MS3 + MS4 (STONNE does the same).
        assertEquals(new AdderSwitchConfig(up, up, none, false), config.at(3, 0));
        assertEquals(new AdderSwitchConfig(up, up, up, false), config.at(3, 1));
        assertEquals(new AdderSwitchConfig(link, up, none, false), config.at(3, 2));
        for (int index = 3; index <= 6; index++) {
            assertEquals(new AdderSwitchConfig(up, up, none, false), config.at(3, index));
        }
        assertEquals(new AdderSwitchConfig(up, none, none, false), config.at(3, 7));
        // Level 2: VN0 finishes at AS0; AS2 (MS8..11) holds VN1's tail and VN2's head and sends
        // the tail left to AS1, where VN1 = MS5 + (MS6 + MS7) + (MS8 + MS9) finishes.
        assertEquals(new AdderSwitchConfig(collect, collect, none, false), config.at(2, 0));
        assertEquals(new AdderSwitchConfig(collect, collect, collect, false), config.at(2, 1));
        assertEquals(new AdderSwitchConfig(link, up, none, false), config.at(2, 2));
        assertEquals(new AdderSwitchConfig(up, up, none, false), config.at(2, 3));
        // Level 1: VN2 = (MS10 + MS11) + (MS12 + MS13 + MS14) finishes at AS1; the root idles.
        assertEquals(AdderSwitchConfig.IDLE, config.at(1, 0));
        assertEquals(new AdderSwitchConfig(collect, collect, none, false), config.at(1, 1));
        assertEquals(AdderSwitchConfig.IDLE, config.at(0, 0));
        var random = new SplittableRandom(5);
        var results = assertReduces(config, random);
        assertEquals(2, results.get(0).level());
        assertEquals(0, results.get(0).index());
        assertEquals(2, results.get(1).level());
        assertEquals(1, results.get(1).index());
        assertEquals(1, results.get(2).level());
        assertEquals(1, results.get(2).index());
    }

    /** Beyond the exhaustive sizes: random lists on N = 32..256, biased to small VNs. */
    @Test
    void randomListsOnLargerArtsAreReducedExactly() {
        var random = new SplittableRandom(0xA57);
        for (int n = 32; n <= 256; n *= 2) {
            for (int k = 0; k < 3000; k++) {
                int total = 1 + random.nextInt(n);
                int max = 1 + random.nextInt(random.nextBoolean() ? 4 : n);
                List<Integer> sizes = new ArrayList<>();
                int left = total;
                while (left > 0) {
                    int size = Math.min(left, 1 + random.nextInt(max));
                    sizes.add(size);
                    left -= size;
                }
                assertReduces(ArtCompiler.compile(n, sizes), random);
            }
        }
    }

    @Test
    void aRefusalNamesTheListAndTheSwitch() {
        var refusal = new ArtMappingException(8, List.of(3, 2, 1), 2, 2, "two VNs finish here");
        assertEquals(List.of(3, 2, 1), refusal.vnSizes());
        assertEquals(2, refusal.level());
        assertEquals(2, refusal.index());
        assertTrue(refusal.getMessage().contains("[3, 2, 1]"));
        assertTrue(refusal.getMessage().contains("level 2, index 2"));
    }

    @Test
    void everySingletonListUsesTheSplitLanes() {
        var config = ArtCompiler.compile(8, List.of(1, 1, 1, 1, 1, 1, 1, 1));
        for (int index = 0; index < 4; index++) {
            assertTrue(config.at(2, index).split());
        }
        assertReduces(config, new SplittableRandom(1));
    }

    @Test
    void encodingRoundTrips() {
        for (int bits = 0; bits < 128; bits++) {
            AdderSwitchConfig config;
            try {
                config = AdderSwitchConfig.decode(bits);
            } catch (IllegalArgumentException invalid) {
                continue;
            }
            assertEquals(bits, config.encode());
        }
        assertEquals(0, AdderSwitchConfig.IDLE.encode());
    }

    @Test
    void malformedListsAreRejectedBeforeCompiling() {
        assertThrows(IllegalArgumentException.class, () -> ArtCompiler.compile(12, List.of(3)));
        assertThrows(IllegalArgumentException.class, () -> ArtCompiler.compile(8, List.of(5, 4)));
        assertThrows(IllegalArgumentException.class, () -> ArtCompiler.compile(8, List.of(0, 4)));
        assertThrows(IllegalArgumentException.class, () -> ArtCompiler.compile(8, List.of()));
    }

    /** The model is a checker: a broken configuration must not give a sum. */
    @Test
    void theModelCatchesBrokenConfigurations() {
        var good = ArtCompiler.compile(16, List.of(5, 5, 5));
        var random = new SplittableRandom(9);
        int caught = 0;
        for (int id = 0; id < good.switches().size(); id++) {
            for (int bits = 0; bits < 128; bits++) {
                AdderSwitchConfig changed;
                try {
                    changed = AdderSwitchConfig.decode(bits);
                } catch (IllegalArgumentException invalid) {
                    continue;
                }
                if (changed.equals(good.switches().get(id))) {
                    continue;
                }
                var switches = new ArrayList<>(good.switches());
                switches.set(id, changed);
                var broken = new ArtConfig(good.layout(), switches);
                try {
                    ArtModel.run(broken, products(16, random));
                    fail("switch " + id + " set to " + changed + " still reduced correctly:\n"
                            + broken.dump());
                } catch (ArtDataflowException expected) {
                    caught++;
                }
            }
        }
        assertTrue(caught > 0);
    }

    /**
     * Speed on N = 256: random lists of realistic VN sizes (1..64, filling the ART), and
     * uniform lists (3x3, 5x5, 7x7 filters, with and without a folding psum leaf).
     */
    @Test
    void compilesN256Fast() {
        var random = new SplittableRandom(256);
        List<List<Integer>> lists = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            List<Integer> sizes = new ArrayList<>();
            int total = 0;
            int max = 1 + random.nextInt(64);
            while (true) {
                int size = 1 + random.nextInt(max);
                if (total + size > 256) {
                    break;
                }
                sizes.add(size);
                total += size;
            }
            lists.add(sizes);
        }
        for (int size : new int[] {9, 10, 25, 26, 49, 50, 1, 2, 3, 256}) {
            lists.add(new ArrayList<>(java.util.Collections.nCopies(256 / size, size)));
        }
        for (var sizes : lists) {
            assertReduces(ArtCompiler.compile(256, sizes), random);
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (var sizes : lists) {
                ArtCompiler.compile(256, sizes);
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / (rounds * lists.size());
        System.out.printf("ART N=256: %.1f us per compile over %d lists%n", micros, lists.size());
        assertTrue(micros < 5_000, "compile took " + micros + " us");
    }

    private static List<VnResult> assertReduces(ArtConfig config, SplittableRandom random) {
        int n = config.layout().n();
        long[] products = products(n, random);
        List<VnResult> results;
        try {
            results = ArtModel.run(config, products);
        } catch (ArtDataflowException e) {
            throw new AssertionError(e.getMessage() + "\n" + config.dump(), e);
        }
        var layout = config.layout();
        for (int vn = 0; vn < layout.count(); vn++) {
            long direct = 0;
            for (int leaf = layout.first(vn); leaf <= layout.last(vn); leaf++) {
                direct += products[leaf];
            }
            assertEquals(direct, results.get(vn).sum(), "VN " + vn + "\n" + config.dump());
        }
        return results;
    }

    private static long[] products(int n, SplittableRandom random) {
        long[] products = new long[n];
        for (int leaf = 0; leaf < n; leaf++) {
            products[leaf] = random.nextLong();
        }
        return products;
    }

    /** The composition of {@code total} whose cut after leaf k is bit k of {@code cuts}. */
    private static List<Integer> composition(int total, int cuts) {
        List<Integer> sizes = new ArrayList<>();
        int size = 1;
        for (int k = 0; k < total - 1; k++) {
            if ((cuts >> k & 1) != 0) {
                sizes.add(size);
                size = 1;
            } else {
                size++;
            }
        }
        sizes.add(size);
        return sizes;
    }
}
