package plasticity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plasticity.golden.maeri.mapper.Bound;
import plasticity.golden.maeri.mapper.Conv;
import plasticity.golden.maeri.mapper.Cost;
import plasticity.golden.maeri.mapper.CostModel;
import plasticity.golden.maeri.mapper.Fabric;
import plasticity.golden.maeri.mapper.Fc;
import plasticity.golden.maeri.mapper.Layer;
import plasticity.golden.maeri.mapper.FabricCeiling;
import plasticity.golden.maeri.mapper.LayerBound;
import plasticity.golden.maeri.mapper.LayerStrings;
import plasticity.golden.maeri.mapper.Mapper;
import plasticity.golden.maeri.mapper.Mapping;
import plasticity.golden.maeri.mapper.Sparse;
import plasticity.golden.maeri.mapper.SystolicArray;

/**
 * The "Layers" section of docs/results/maeri.md: the conv layers of AlexNet and VGG16 and two
 * pruned layers, each mapped by the golden mapper at N = 64 and 256 with dnBw = rnBw = 8 and N/4,
 * beside a weight-stationary systolic array of the same N. The command owns only the text between
 * its two marker comments; the rest of the page (e.g. a "Synthesis" section) is kept as it is.
 */
@Command(name = "maeri-results", mixinStandardHelpOptions = true,
    description = {"Map the conv layers of AlexNet and VGG16 and two layers pruned by 50%% and by 90%% onto MAERI at"
        + " N = 64 and 256 with dnBw = rnBw = 8 and N/4 (golden mapper and cost model), beside a weight-stationary"
        + " systolic array of the same N, and write the \"Layers\" section of the results page with a PNG of the"
        + " utilization beside it.",
        "Only the text between the markers " + MaeriResultsCommand.BEGIN + " and " + MaeriResultsCommand.END
        + " is replaced (appended when absent); the rest of the page is kept.",
        "One line per run, then a summary line. Deterministic: the same command writes the same section."})
final class MaeriResultsCommand implements Callable<Integer> {
  static final String BEGIN = "<!-- maeri-results:layers:begin -->";
  static final String END = "<!-- maeri-results:layers:end -->";
  static final String PLOT_NAME = "maeri-utilization.png";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/results/maeri.md",
      description = "the Markdown page (default docs/results/maeri.md); the PNG goes beside it as " + PLOT_NAME)
  Path out;

  @Option(names = "--only", paramLabel = "NAME,NAME", split = ",",
      description = "only these layers (names as in the table, e.g. alexnet-conv3,vgg16-conv5); default all")
  List<String> only;

  @Option(names = "--ns", paramLabel = "N,N", split = ",", defaultValue = "64,256",
      description = "the fabric sizes (default 64,256); each runs with dnBw = rnBw = 8 and N/4")
  List<Integer> ns;

  /** A layer of the table: its name, shape, groups run one after the other, and whether pruned. */
  record Entry(String name, Layer layer, int groups, String note) {
    boolean sparse() {
      return layer instanceof Sparse;
    }
  }

  /** One run: a layer on a fabric, and the systolic array of the same N. */
  record Result(Entry entry, Fabric fabric, Mapper.Choice choice, LayerBound ideal, double ceiling,
      long systolicCycles, double systolicUtilization) {
    long cycles() {
      return entry.groups() * choice.cost().cycles();
    }

    long macs() {
      return entry.groups() * choice.cost().macs();
    }

    long allSystolicCycles() {
      return entry.groups() * systolicCycles;
    }

    double ofRunBound() {
      return (double) choice.cost().lowerBound() / choice.cost().cycles();
    }

    double ofLayerBound() {
      return (double) ideal.value() / choice.cost().cycles();
    }

    /** The utilization a run held only by the layer bound would have. */
    double layerBoundUtilization() {
      return (double) choice.cost().macs() / ((double) fabric.n() * ideal.value());
    }
  }

  /**
   * AlexNet: the BVLC reference model (BVLC/caffe models/bvlc_alexnet/deploy.prototxt, after
   * Krizhevsky et al., NIPS 2012): 227 x 227 x 3 input; conv2, conv4 and conv5 in two groups.
   * VGG16: Simonyan and Zisserman, ICLR 2015, Table 1 configuration D: 3 x 3 filters, stride 1,
   * padding 1, 224 x 224 x 3 input. Layers of identical shape share a row.
   */
  static List<Entry> entries() {
    List<Entry> e = new ArrayList<>();
    e.add(new Entry("alexnet-conv1", new Conv(11, 11, 3, 96, 227, 227, 4, 0), 1, ""));
    e.add(new Entry("alexnet-conv2", new Conv(5, 5, 48, 128, 27, 27, 1, 2), 2, "2 groups"));
    e.add(new Entry("alexnet-conv3", new Conv(3, 3, 256, 384, 13, 13, 1, 1), 1, ""));
    e.add(new Entry("alexnet-conv4", new Conv(3, 3, 192, 192, 13, 13, 1, 1), 2, "2 groups"));
    e.add(new Entry("alexnet-conv5", new Conv(3, 3, 192, 128, 13, 13, 1, 1), 2, "2 groups"));
    e.add(new Entry("vgg16-conv1_1", vgg(3, 64, 224), 1, ""));
    e.add(new Entry("vgg16-conv1_2", vgg(64, 64, 224), 1, ""));
    e.add(new Entry("vgg16-conv2_1", vgg(64, 128, 112), 1, ""));
    e.add(new Entry("vgg16-conv2_2", vgg(128, 128, 112), 1, ""));
    e.add(new Entry("vgg16-conv3_1", vgg(128, 256, 56), 1, ""));
    e.add(new Entry("vgg16-conv3_2", vgg(256, 256, 56), 1, "also conv3_3"));
    e.add(new Entry("vgg16-conv4_1", vgg(256, 512, 28), 1, ""));
    e.add(new Entry("vgg16-conv4_2", vgg(512, 512, 28), 1, "also conv4_3"));
    e.add(new Entry("vgg16-conv5", vgg(512, 512, 14), 1, "conv5_1, 5_2, 5_3"));
    Layer conv3 = new Conv(3, 3, 256, 384, 13, 13, 1, 1);
    Layer fc7 = new Fc(4096, 4096, 1);
    e.add(new Entry("alexnet-conv3-50%", new Sparse(conv3, 0.5, 1), 1, "pruned 50%"));
    e.add(new Entry("alexnet-conv3-90%", new Sparse(conv3, 0.9, 1), 1, "pruned 90%"));
    e.add(new Entry("alexnet-fc7-50%", new Sparse(fc7, 0.5, 1), 1, "pruned 50%, batch 1"));
    e.add(new Entry("alexnet-fc7-90%", new Sparse(fc7, 0.9, 1), 1, "pruned 90%, batch 1"));
    return e;
  }

  private static Conv vgg(int c, int k, int xy) {
    return new Conv(3, 3, c, k, xy, xy, 1, 1);
  }

  @Override
  public Integer call() {
    List<Entry> entries = entries();
    if (only != null) {
      List<String> names = entries.stream().map(Entry::name).toList();
      for (String name : only) {
        if (!names.contains(name.strip())) {
          throw new Errors.UserError("--only " + name + ": unknown layer; known: " + String.join(", ", names));
        }
      }
      entries = entries.stream().filter(x -> only.stream().anyMatch(n -> n.strip().equals(x.name()))).toList();
    }
    for (int n : ns) {
      try {
        Fabric.of(n, 8, 8);
        Fabric.of(n, n / 4, n / 4);
      } catch (IllegalArgumentException e) {
        throw new Errors.UserError("--ns " + n + ": " + e.getMessage() + " (each N runs with dnBw = rnBw = 8 and N/4)");
      }
    }
    Path page = out.toAbsolutePath().normalize();
    Path plot = page.resolveSibling(PLOT_NAME);
    String before = existing(page);
    PrintWriter o = spec.commandLine().getOut();
    long start = System.nanoTime();
    List<Result> results = new ArrayList<>();
    for (int n : ns) {
      for (int bw : n / 4 == 8 ? new int[] {8} : new int[] {8, n / 4}) {
        Fabric fabric = Fabric.of(n, bw, bw);
        SystolicArray sa = SystolicArray.of(n);
        for (Entry e : entries) {
          long t0 = System.nanoTime();
          Mapper.Choice choice = Mapper.map(fabric, e.layer());
          LayerBound ideal = LayerBound.of(fabric, e.layer());
          Result r = new Result(e, fabric, choice, ideal, FabricCeiling.utilization(fabric, e.layer(), ideal),
              sa.cycles(e.layer().shape()), sa.utilization(e.layer()));
          results.add(r);
          o.printf(Locale.ROOT, "%-18s N=%-3d bw=%-3d %12d cycles  utilization %.3f  %-7s %5.1f%% of bound"
              + "  systolic %12d  (%.1f s)%n", e.name(), n, bw, r.cycles(), choice.cost().utilization(),
              choice.cost().bound().label(), 100 * r.ofRunBound(), r.allSystolicCycles(),
              (System.nanoTime() - t0) / 1e9);
          o.flush();
        }
      }
    }
    String section = section(results, ns, only != null);
    byte[] png = UtilizationPlot.png(results, ns);
    TensorFiles.writeAtomically(page, merge(before, section).getBytes(StandardCharsets.UTF_8));
    TensorFiles.writeAtomically(plot, png);
    Targets t = Targets.of(results);
    o.printf(Locale.ROOT, "maeri-results: %d runs; dense at >= 90%% of their bound: %d of %d; sparse faster than"
        + " the systolic array: %d of %d; wrote %s and %s (%.1f s)%n", results.size(), t.denseMet(), t.dense(),
        t.sparseMet(), t.sparse(), page, plot.getFileName(), (System.nanoTime() - start) / 1e9);
    o.flush();
    return 0;
  }

  private static String existing(Path page) {
    try {
      return Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page + ": " + e.getMessage(), e);
    }
  }

  /** The page with the section between the markers replaced, or appended, or a new page. */
  static String merge(String before, String section) {
    String marked = BEGIN + "\n" + section + END + "\n";
    if (before == null) {
      return "# MAERI results\n\n" + marked;
    }
    int b = before.indexOf(BEGIN);
    int e = before.indexOf(END);
    if (b >= 0 && e > b) {
      int after = e + END.length();
      if (after < before.length() && before.charAt(after) == '\n') {
        after++;
      }
      return before.substring(0, b) + marked + before.substring(after);
    }
    return before + (before.endsWith("\n") ? "\n" : "\n\n") + marked;
  }

  /**
   * How many runs met the two targets, and for the dense runs those at 90% of the layer
   * bound and, of the others, those whose fabric ceiling rules 90% of it out.
   */
  record Targets(int dense, int denseMet, int sparse, int sparseMet, int nearLayerBound, int ruledOut) {
    static Targets of(List<Result> results) {
      int dense = 0;
      int denseMet = 0;
      int sparse = 0;
      int sparseMet = 0;
      int nearLayerBound = 0;
      int ruledOut = 0;
      for (Result r : results) {
        if (r.entry().sparse()) {
          sparse++;
          sparseMet += r.cycles() < r.allSystolicCycles() ? 1 : 0;
        } else {
          dense++;
          denseMet += r.ofRunBound() >= 0.9 ? 1 : 0;
          if (r.ofLayerBound() >= 0.9) {
            nearLayerBound++;
          } else if (r.ceiling() < 0.9 * r.layerBoundUtilization()) {
            ruledOut++;
          }
        }
      }
      return new Targets(dense, denseMet, sparse, sparseMet, nearLayerBound, ruledOut);
    }
  }

  static String section(List<Result> results, List<Integer> ns, boolean subset) {
    StringBuilder s = new StringBuilder();
    s.append("## Layers\n\n");
    s.append("Written by `plasticity maeri-results").append(subset ? " --only ..." : "")
        .append(ns.equals(List.of(64, 256)) ? "" : " --ns " + join(ns))
        .append("` from the golden mapper and its cost model (docs/spec/maeri.md, \"Mapper\"): layers of this size")
        .append(" are costed, not simulated. The accelerator (`maeri`, whose RTL equals its cycle model cycle for")
        .append(" cycle) runs a mapping in 1.00x to 1.07x the cost model's cycles on the layers of the spec's")
        .append(" \"Cycles against the cost model\" (`AcceleratorCyclesTest` holds it there; what it adds is")
        .append(" drains waiting for a bank or a slot, and configuration rows; packed chains, `granule=chain`, 1.02x")
        .append(" with the default ACCD, 4N at rnBw = N / 4). Each layer is mapped by the mapper's search (fewest")
        .append(" cycles) at N multipliers with dnBw = rnBw, W = 16, ACC = 48, no DN pipeline register. The")
        .append(" outputs of these layers are not computed here (the cost model needs none); the runner that")
        .append(" computes outputs through the fabric's semantics and checks them against nested loops is")
        .append(" exercised by `plasticity maeri` and the golden tests on smaller layers.\n\n");
    s.append("- **Shapes.** AlexNet: the BVLC reference model (`BVLC/caffe`, `models/bvlc_alexnet/deploy.prototxt`,")
        .append(" after Krizhevsky, Sutskever and Hinton, NIPS 2012): 227 x 227 x 3 input, conv1 96 filters of")
        .append(" 11 x 11 stride 4; conv2 256 of 5 x 5 padding 2; conv3 384, conv4 384, conv5 256 of 3 x 3 padding 1;")
        .append(" conv2, conv4 and conv5 in two groups, run here one group after the other (cycles and MACs are the")
        .append(" whole layer's). VGG16: Simonyan and Zisserman, ICLR 2015, Table 1 configuration D: 3 x 3 filters,")
        .append(" stride 1, padding 1, 224 x 224 x 3 input; layers of the same shape share a row.\n");
    s.append("- **Sparse layers.** AlexNet conv3 and fc7 (4096 -> 4096, batch 1), each with 50% and 90% of its")
        .append(" weights pruned at random (`Sparse`, seed 1: a seeded shuffle, so every filter keeps its own")
        .append(" number of weights). MAERI maps only the kept weights; the systolic array multiplies the zeros")
        .append(" too, so its cycles are the dense layer's and its utilization counts kept weights only.\n");
    s.append("- **Systolic array.** Weight-stationary, sqrt(N) x sqrt(N) (8 x 8, 16 x 16), SCALE-Sim's cycle")
        .append(" count per fold, `2 rows + cols + X'Y' - 2`, times ceil(RSC / rows) ceil(K / cols) folds")
        .append(" (docs/spec/maeri.md, \"Systolic baseline\"); its edges are its bandwidth, dnBw and rnBw do not")
        .append(" apply.\n");
    s.append("- **utilization** = MACs / (N cycles). **bound**: the resource whose lower bound for the run's own")
        .append(" traffic is largest (compute: MACs / N; dnBw: the DN words the mapping sends / dnBw; rnBw: the")
        .append(" sums it collects / rnBw; each plus the fabric's tail). **% of bound** = that bound / cycles.")
        .append(" **layer bound**: the same with every weight, every input used and every output moved exactly")
        .append(" once, whatever the mapping: what no MAERI mapping can beat. **ceiling**: the utilization no")
        .append(" mapping can pass on this fabric, from what one step can do (a tree's word serves one product")
        .append(" of each VN that touches the tree, contiguous VNs, rnBw sums a cycle, link chains in one-cycle")
        .append(" steps only; docs/spec/maeri.md, \"A ceiling for any mapping\"); an upper bound, not a")
        .append(" mapping.\n");
    s.append("- **Reading it.** A multiplier switch keeps no activations: each step it needs a DN word, or its")
        .append(" right neighbour's activation over the forwarding link, which is valid for one cycle only, so")
        .append(" links work only in one-cycle steps (docs/spec/maeri.md, \"Forwarding links\"). A one-cycle step")
        .append(" finishes at most rnBw sums and lets each DN tree deliver one word. Most mappings here are")
        .append(" therefore packed chains (`granule=chain`, docs/spec/maeri.md, \"Chain packing\"): runs of a")
        .append(" filter row's taps, each a link chain whose head alone takes a DN word, a tree's chains all")
        .append(" taking the same word (the same tap of other filters), rnBw VNs a pass, each VN a chain at the")
        .append(" end of one tree and one at the start of the next, so that a sum carries two chains' products;")
        .append(" where a tree is a little longer than a row (3-tap rows on trees of 4 leaves, 5-tap rows on")
        .append(" trees of 8), chains also cross tree boundaries rather than leave a tree's last leaves idle.")
        .append(" The others cut each filter into VNs in order: the fully connected layers and a few layers at")
        .append(" N = 256 (at dnBw = 8, AlexNet conv1's VNs aligned to the trees of 32 leaves, so that")
        .append(" a tree sends one fold's words: docs/spec/maeri.md, \"Aligned trees\"), mostly in steps of several")
        .append(" cycles without links. A pruned layer at dnBw = 8 may instead group its taps so that a DN")
        .append(" tree's VNs share its words (`granule=shared`, docs/spec/maeri.md, \"Shared-word packing\"):")
        .append(" each tree a few taps that many filters kept, a VN of each such filter, several products a")
        .append(" sum, steps of as many cycles as the tree's words; or pack its runs of two or more kept taps")
        .append(" as chains and only the rest by shared words (`granule=mixed`).")
        .append(" Rows after the first of a pass keep their chains running, the previous")
        .append(" row's right padding serving as the next one's left (docs/spec/maeri.md, \"Carried chains\").")
        .append(" The systolic array passes each input along a row to all its columns'")
        .append(" filters and adds partial sums down its columns, its edges taking sqrt(N) words a cycle: at")
        .append(" dnBw = rnBw = 8 it is ahead on every dense layer; at N / 4, where MAERI's packed chains keep")
        .append(" most multipliers busy, the two are close on dense layers, each ahead on some. MAERI wins")
        .append(" where the systolic array")
        .append(" multiplies zeros or wastes its rows and columns: pruned layers, and the batch-1 fully")
        .append(" connected layer.\n\n");

    for (int n : ns) {
      SystolicArray sa = SystolicArray.of(n);
      s.append("### N = ").append(n).append("\n\n");
      s.append("| layer | MACs | dnBw = rnBw | MAERI cycles | utilization | ceiling | bound | % of bound | layer bound")
          .append(" (% of cycles) | systolic ").append(sa.describe()).append(" cycles | utilization | systolic /")
          .append(" MAERI cycles | mapping |\n");
      s.append("|---|---:|---:|---:|---:|---:|---|---:|---|---:|---:|---:|---|\n");
      for (Result r : results) {
        if (r.fabric().n() != n) {
          continue;
        }
        Cost c = r.choice().cost();
        s.append(String.format(Locale.ROOT,
            "| %s%s | %s | %d | %d | %.3f | %.3f | %s | %.1f%% | %s (%.1f%%) | %d | %.3f | %.2f | `%s` |%n",
            r.entry().name(), r.entry().note().isEmpty() ? "" : " (" + r.entry().note() + ")",
            mega(r.macs()), r.fabric().dnBw(), r.cycles(), c.utilization(), r.ceiling(), c.bound().label(),
            100 * r.ofRunBound(),
            r.ideal().bound().label(), 100 * r.ofLayerBound(), r.allSystolicCycles(), r.systolicUtilization(),
            (double) r.allSystolicCycles() / r.cycles(), LayerStrings.mapping(r.choice().mapping())));
      }
      s.append('\n');
    }
    s.append("![utilization per layer: MAERI at both bandwidths and the systolic array, N = ")
        .append(join(ns)).append("](").append(PLOT_NAME).append(")\n\n");
    s.append(targets(results));
    return s.toString();
  }

  private static String targets(List<Result> results) {
    Targets t = Targets.of(results);
    StringBuilder s = new StringBuilder("### Targets\n\n");
    s.append(String.format(Locale.ROOT, "- **Dense layers at >= 90%% of their bound: %d of %d runs.**", t.denseMet(),
        t.dense()));
    List<String> missed = new ArrayList<>();
    for (Result r : results) {
      if (!r.entry().sparse() && r.ofRunBound() < 0.9) {
        missed.add(String.format(Locale.ROOT, "%s N=%d bw=%d (%.1f%%, %s; %s)", r.entry().name(), r.fabric().n(),
            r.fabric().dnBw(), 100 * r.ofRunBound(), why(r), fastestAtNinety(r)));
      }
    }
    s.append(missed.isEmpty() ? " Every one.\n" : " Missed: " + String.join("; ", missed) + ".\n");
    s.append(String.format(Locale.ROOT, "  Against the layer bound (every value moved once): %d of %d dense runs at"
        + " >= 90%%. Of the other %d, the fabric's ceiling rules 90%% out for %d: MAERI's multiplier switches"
        + " keep no activations, so an activation reaches a switch from its DN tree every step unless the"
        + " forwarding link from its neighbour supplies it, and that link's value lasts one cycle.%n",
        t.nearLayerBound(), t.dense(), t.dense() - t.nearLayerBound(), t.ruledOut()));
    s.append(String.format(Locale.ROOT, "- **Sparse layers in fewer cycles than the systolic array: %d of %d runs.**",
        t.sparseMet(), t.sparse()));
    List<String> lost = new ArrayList<>();
    for (Result r : results) {
      if (r.entry().sparse() && r.cycles() >= r.allSystolicCycles()) {
        double held = FabricCeiling.utilization(r.fabric(), r.entry().layer(), r.ideal(), FabricCeiling.Links.HELD);
        lost.add(String.format(Locale.ROOT,
            "%s N=%d bw=%d (%.2fx the systolic cycles: a tie needs %.1f%% of the multipliers busy on kept"
                + " weights, the mapping reaches %.1f%%; the fabric's ceiling is %.1f%%, %s; with forwarding"
                + " links that held their value for a whole step, %.1f%%, %s)",
            r.entry().name(), r.fabric().n(), r.fabric().dnBw(), (double) r.cycles() / r.allSystolicCycles(),
            100 * r.systolicUtilization(), 100 * r.choice().cost().utilization(), 100 * r.ceiling(),
            r.ceiling() < r.systolicUtilization() ? "below a tie: no mapping on this fabric is faster than the"
                + " systolic array here" : "above a tie: the ceiling does not rule a faster mapping out",
            100 * held, held < r.systolicUtilization() ? "below a tie too" : "above a tie"));
      }
    }
    s.append(lost.isEmpty() ? " Every one.\n" : " Not faster: " + String.join("; ", lost) + ".\n");
    if (!lost.isEmpty()) {
      s.append("  Why: each DN tree delivers one word a cycle to its N / dnBw multipliers and a cycle collects")
          .append(" at most rnBw sums. A product is fed either by a word its tree sends to several multipliers")
          .append(" this cycle (the same input at the same tap of other filters) or by its neighbour's word over")
          .append(" the forwarding link (a chain of a filter row's kept taps, whose head alone takes a DN word; a")
          .append(" 3-tap row pruned by half keeps 1.5 taps in one chain on average). Packed chains")
          .append(" (`granule=chain`, docs/spec/maeri.md, \"Chain packing\") give each tree one head word a step,")
          .append(" which is what beats the systolic array at dnBw = rnBw = N / 4; but a step with links lasts")
          .append(" one cycle, so it holds at most rnBw VNs, and as a VN has at most one head per tree and VNs")
          .append(" are contiguous, at most rnBw + dnBw - 1 chains: 15 at dnBw = rnBw = 8, 22.5 products a cycle")
          .append(" at 1.5 taps a chain (35% of N = 64, 9% of N = 256). Steps without links feed every product")
          .append(" from the DN and last as many cycles as their busiest tree's distinct words or their sums /")
          .append(" rnBw. Grouped so that a tree's VNs share its words (`granule=shared`), a step of W cycles")
          .append(" holds rnBw W VNs, each with up to W products in each tree it touches: that beats the")
          .append(" systolic array on the 90%-pruned layer at N = 256. With trees of 8 leaves (N = 64,")
          .append(" dnBw = 8) W = 2 does best: 16 VNs touch the trees at most 23 times, 46 products in 2 cycles,")
          .append(" 36% of N (longer steps only fill the 64 leaves); packed chains for a filter's runs of two or")
          .append(" more kept taps and shared words for the rest (`granule=mixed`, docs/spec/maeri.md, \"Mixed")
          .append(" packing\") reach 41%, where a tie on the half-pruned layer needs 44.2% (at both packers'")
          .append(" limits the mix would tie). The systolic array feeds each input to a whole row of filters and sums down whole")
          .append(" columns, zeros included, at its dense utilization; skipping the zeros pays where that")
          .append(" utilization on kept weights falls below what the DN trees and the collection bus can carry")
          .append(" (the sparse runs not listed here).\n");
    }
    return s.toString();
  }

  /**
   * The fastest of the search's mappings that reaches 90% of its own bound, beside the chosen one
   * (the search minimizes cycles, and a faster mapping may sit further from its own bound).
   */
  private static String fastestAtNinety(Result r) {
    Mapping best = null;
    Cost bestCost = null;
    for (Mapping m : Mapper.candidates(r.fabric(), r.entry().layer())) {
      Cost c = CostModel.cost(r.fabric(), r.entry().layer(), m);
      if ((double) c.lowerBound() / c.cycles() >= 0.9 && (bestCost == null || c.cycles() < bestCost.cycles())) {
        best = m;
        bestCost = c;
      }
    }
    if (best == null) {
      return "no mapping the search offers reaches 90% of its own bound";
    }
    return String.format(Locale.ROOT, "the fastest mapping at >= 90%% of its own bound, `%s`, takes %.1f%% more"
        + " cycles", LayerStrings.mapping(best), 100.0 * bestCost.cycles() / r.choice().cost().cycles() - 100);
  }

  /** Why a run falls short of its bound: the part of its cycles the bound does not count. */
  private static String why(Result r) {
    Cost c = r.choice().cost();
    long loads = c.cycles() - c.fabric().tail() - c.steps(); // weight loads, steps longer than a cycle
    String priming = "priming the forwarding-link chains at row starts: " + c.primingSteps() + " of " + c.steps()
        + " steps";
    if (c.bound() == Bound.COMPUTE) {
      // A compute-bound run loses what its steps leave idle: the leaves its VNs do not fill.
      long busy = Math.round((double) c.macs() / Math.max(1, c.steps() - c.primingSteps()));
      return "its steps keep " + busy + " of the " + c.fabric().n() + " multipliers busy; " + priming;
    }
    if (2 * c.primingSteps() >= c.cycles() - c.lowerBound()) {
      return priming + "; weight loads between passes: " + loads + " cycles";
    }
    return "steps whose busiest DN tree sends more words than the others (the bound spreads the run's words"
        + " evenly over the trees; a tree whose VNs need more distinct words, or two folds' words, sets the"
        + " step), and weight loads between passes";
  }

  private static String mega(long v) {
    return v >= 1_000_000 ? String.format(Locale.ROOT, "%.1f M", v / 1e6) : Long.toString(v);
  }

  private static String join(List<Integer> v) {
    return String.join(",", v.stream().map(String::valueOf).toList());
  }
}
