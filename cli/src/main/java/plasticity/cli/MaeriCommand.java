package plasticity.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plasticity.gen.Settings;
import plasticity.golden.maeri.mapper.Activity;
import plasticity.golden.maeri.mapper.Cost;
import plasticity.golden.maeri.mapper.CostModel;
import plasticity.golden.maeri.mapper.Fabric;
import plasticity.golden.maeri.mapper.Layer;
import plasticity.golden.maeri.mapper.LayerBound;
import plasticity.golden.maeri.mapper.LayerRunner;
import plasticity.golden.maeri.mapper.LayerStrings;
import plasticity.golden.maeri.mapper.Mapper;
import plasticity.golden.maeri.mapper.Mapping;
import plasticity.golden.maeri.mapper.Reference;
import plasticity.golden.maeri.mapper.Sparse;
import plasticity.golden.maeri.mapper.SystolicArray;
import plasticity.golden.maeri.mapper.Tensors;

/**
 * {@code plasticity maeri}: one layer mapped onto MAERI by the golden mapper, run through the
 * fabric's semantics and checked against a plain nested-loop computation (docs/spec/maeri.md,
 * "Mapper").
 */
@Command(name = "maeri", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Map one layer onto MAERI (docs/spec/maeri.md, \"Mapper\"), run it through the fabric's semantics"
        + " on the golden model, and check its outputs against a plain nested-loop computation.",
        "Prints the chosen mapping, then one 'key: value' line per figure: cycles (from the cost model), macs,"
        + " utilization (macs / (N cycles)), bound (the resource that holds the run back and the lower bound it"
        + " gives), the systolic baseline, switch activity, and last 'outputs:', whether they match.",
        "Layers: conv:R=..,S=..,C=..,K=..,X=..,Y=.. (filter rows, columns, channels, filters, input rows,"
        + " columns); fc:IN=..,OUT=..[,BATCH=..]; lstm:IN=..,H=..[,BATCH=..] (the four gates as one fc of 4H"
        + " neurons over [x, h]).",
        "Exit code 0 when the outputs match, 1 when they do not, 2 on bad input (nothing is written then)."})
final class MaeriCommand implements Callable<Integer> {
  static final Map<String, Integer> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("N", 64);
    DEFAULTS.put("dnBw", 8);
    DEFAULTS.put("rnBw", 8);
    DEFAULTS.put("W", Fabric.DEFAULT_W);
    DEFAULTS.put("ACC", Fabric.DEFAULT_ACC);
    DEFAULTS.put("dnPipe", 0);
  }

  enum Engine { golden, rtl }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--layer", required = true, paramLabel = "LAYER",
      description = "the layer, e.g. conv:R=3,S=3,C=6,K=6,X=20,Y=20 or fc:IN=256,OUT=64,BATCH=4")
  String layer;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "a fabric setting, repeatable: N (multiplier switches, a power of two 2..256, default 64),"
          + " dnBw (DN trees = words in per cycle, power of two 1..N, default 8), rnBw (collection lines = sums out"
          + " per cycle, power of two 1..N, default 8), W (data bits 2..32, default 16), ACC (accumulator bits"
          + " 2W..64, default 48), dnPipe (DN register every dnPipe levels, default 0); and for --engine rtl the"
          + " accelerator's ACCD (accumulation-buffer entries, a power of two N..16N; default rnBw (Q + 2) rounded up"
          + " to a power of two, at least 2N: docs/spec/maeri.md, \"Accumulation buffer\") and rnPipe (an ART"
          + " register every rnPipe adder levels, 0..log2 N, 0 = none; default 1)")
  List<String> settings = new ArrayList<>();

  @Option(names = "--stride", paramLabel = "S", defaultValue = "1", description = "conv stride (default 1)")
  int stride;

  @Option(names = "--padding", paramLabel = "P", defaultValue = "0",
      description = "conv zero padding on every side (default 0)")
  int padding;

  @Option(names = "--sparsity", paramLabel = "F",
      description = "prune this fraction of the weights (0 <= F < 1), chosen by xorwow seeded with S + 1")
  Double sparsity;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "seed of the random inputs and weights (xorwow, weights first), and S + 1 of the pruning"
          + " (default 1)")
  int seed;

  @Option(names = "--engine", paramLabel = "E", defaultValue = "golden",
      description = "golden (the mapper's runner on the golden model, default) or rtl (the layer also runs on the"
          + " Verilated accelerator: the host session of the accelerator model replayed through the RTL's host"
          + " port, every port compared every cycle; the outputs are read back from its output buffer)")
  Engine engine;

  @Option(names = "--inputs", paramLabel = "FILE",
      description = "input tensor, JSON {\"shape\": [...], \"data\": [...]}: conv [C,X,Y], fc [BATCH,IN],"
          + " lstm [BATCH,IN+H]")
  Path inputs;

  @Option(names = "--weights", paramLabel = "FILE",
      description = "weight tensor, same format: conv [K,C,R,S], fc [OUT,IN], lstm [4H,IN+H]")
  Path weights;

  @Option(names = "--dump-outputs", paramLabel = "FILE",
      description = "write the fabric's outputs, same format: conv [K,X',Y'], fc [BATCH,OUT], lstm [BATCH,4H]")
  Path dumpOutputs;

  @Option(names = "--mapping", paramLabel = "SPEC",
      description = "run this mapping instead of searching, as the 'mapping-spec:' line prints it:"
          + " granule=row|channel|tap|chain|shared|mixed,vn=..,axis=rows|columns,replicas=..,perPass=..,order=replicas|chunks"
          + "[,slot=..][,folds=mixed|apart][,align=..] (slot: leaves per VN, 0 or absent = packed;"
          + " folds=apart: one fold's chunks a pass; align: a DN tree's leaves, no VN crosses a tree and"
          + " a tree holds one fold's VNs; granule=chain: the layer's link chains packed by DN tree,"
          + " replicas=1, axis=rows, perPass = VNs a pass; granule=shared: a pruned layer's taps grouped"
          + " so that a DN tree's VNs share perPass / rnBw words a step, replicas=1, axis=rows;"
          + " granule=mixed: its runs of two or more chained taps as chain, the others as shared)")
  String mappingSpec;

  @Override
  public Integer call() {
    Fabric fabric = fabric(settings);
    Map<String, Integer> rtlSettings = acceleratorSettings(settings);
    // A bad ACCD or rnPipe is refused before any work.
    golden(() -> AcceleratorRtl.fabricConfig(fabric, rtlSettings));
    Layer l = golden(() -> LayerStrings.layer(layer, stride, padding));
    if (sparsity != null) {
      Layer dense = l;
      l = golden(() -> new Sparse(dense, sparsity, seed + 1));
    }
    Layer the = l;
    Tensors random = Tensors.random(the, fabric.w(), seed);
    long[] in = inputs == null ? random.inputs()
        : the.inputsToShape(TensorFiles.read(inputs, "--inputs", the.inputShape(), fabric.w()));
    long[] w = weights == null ? random.weights()
        : Tensors.prune(the, TensorFiles.read(weights, "--weights", the.weightShape(), fabric.w()));
    Mapping mapping;
    int candidates;
    if (mappingSpec != null) {
      mapping = golden(() -> LayerStrings.mapping(mappingSpec));
      golden(() -> CostModel.cost(fabric, the, mapping));
      candidates = 0;
    } else {
      Mapper.Choice choice = golden(() -> Mapper.map(fabric, the));
      mapping = choice.mapping();
      candidates = choice.candidates();
    }
    LayerRunner.Run run = golden(() -> LayerRunner.run(fabric, the, mapping, in, w));
    long[] reference = Reference.outputs(the, in, w);
    // The RTL run comes before anything is written, so that a layer the accelerator refuses writes nothing.
    AcceleratorRtl.Outcome rtl = engine == Engine.rtl
        ? golden(() -> AcceleratorRtl.run(fabric, rtlSettings, the, mapping, in, w, Path.of("target", "maeri-rtl")))
        : null;
    if (dumpOutputs != null) {
      TensorFiles.writeAtomically(dumpOutputs,
          TensorFiles.text(the.outputShape(), the.outputsFromShape(run.outputs())).getBytes(StandardCharsets.UTF_8));
    }
    print(spec.commandLine().getOut(), fabric, the, mapping, candidates, run);
    if (rtl != null) {
      return rtl(spec.commandLine().getOut(), rtl, run.cost().cycles(), reference);
    }
    return report(spec.commandLine().getOut(), run.outputs(), reference);
  }

  private static int rtl(PrintWriter o, AcceleratorRtl.Outcome r, long cost, long[] reference) {
    o.println("accelerator: " + r.top() + ", " + r.program().rows().size() + " program rows, "
        + r.program().entries().size() + " ART configurations, " + r.program().waves() + " waves, "
        + r.program().fillers() + " rows that only drain");
    o.println("accelerator-cycles: " + r.session().cycles() + " from start to done (cost model " + cost
        + ": the accelerator adds collection-bus stalls, configuration rows and rows that wait for a drain;"
        + " docs/spec/maeri.md, \"Accelerator\")");
    if (!r.verdict().passed()) {
      o.println("rtl: " + r.verdict().summary() + " (the RTL differs from the accelerator model)");
      o.flush();
      return 1;
    }
    o.printf(Locale.ROOT, "rtl: Verilator, every port equal to the accelerator model on all %d cycles"
        + " (load, run, read back); %.0f cycles/s%n", r.traceCycles(), r.traceCycles() / r.seconds());
    return report(o, r.session().outputs(), reference);
  }

  /** The fabric from --set, with the defaults above. */
  static Fabric fabric(List<String> settings) {
    Map<String, Integer> values = new LinkedHashMap<>(DEFAULTS);
    for (Map.Entry<String, String> e : Settings.parse(settings).entrySet()) {
      if (AcceleratorRtl.SETTINGS.contains(e.getKey())) {
        continue; // the accelerator's, not the mapper's: acceleratorSettings
      }
      if (!DEFAULTS.containsKey(e.getKey())) {
        throw new Errors.UserError("--set " + e.getKey() + ": unknown setting; known: "
            + String.join(", ", DEFAULTS.keySet()) + ", " + String.join(", ", AcceleratorRtl.SETTINGS));
      }
      values.put(e.getKey(), wholeNumber(e));
    }
    return golden(() -> new Fabric(values.get("N"), values.get("dnBw"), values.get("rnBw"), values.get("W"),
        values.get("ACC"), values.get("dnPipe")));
  }

  /** ACCD and rnPipe as given with --set; a key not given is absent (the accelerator's default). */
  static Map<String, Integer> acceleratorSettings(List<String> settings) {
    Map<String, Integer> given = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : Settings.parse(settings).entrySet()) {
      if (AcceleratorRtl.SETTINGS.contains(e.getKey())) {
        given.put(e.getKey(), wholeNumber(e));
      }
    }
    return given;
  }

  private static int wholeNumber(Map.Entry<String, String> setting) {
    try {
      return Integer.parseInt(setting.getValue());
    } catch (NumberFormatException ex) {
      throw new Errors.UserError("--set " + setting.getKey() + "=" + setting.getValue() + ": not a whole number");
    }
  }

  /** Runs a golden-model call; its IllegalArgumentException is the user's input, said in one line. */
  static <T> T golden(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      throw new Errors.UserError(e.getMessage());
    }
  }

  private static void print(PrintWriter o, Fabric fabric, Layer layer, Mapping mapping, int candidates,
      LayerRunner.Run run) {
    Cost c = run.cost();
    o.println("layer: " + layer.describe() + " -> outputs " + dims(layer.outputShape()));
    o.println("fabric: " + fabric.describe());
    o.println("mapping: " + mapping.describe());
    o.println("mapping-spec: " + LayerStrings.mapping(mapping)
        + (candidates > 0 ? "  (fewest cycles of " + candidates + " candidates)" : "  (given)"));
    o.println("passes: " + c.passes() + ", steps " + c.steps() + " (" + c.primingSteps()
        + " of them priming forwarding-link chains), rows with links " + c.linkedRows() + " of " + c.rows());
    o.println("cycles: " + c.cycles());
    o.println("macs: " + c.macs());
    o.printf(Locale.ROOT, "utilization: %.4f%n", c.utilization());
    o.printf(Locale.ROOT, "bound: %s (lower bound %d cycles = %.1f%% of the cycles; compute %d, dnBw %d, rnBw %d)%n",
        c.bound().label(), c.lowerBound(), 100.0 * c.lowerBound() / c.cycles(), c.computeBound(), c.dnBound(),
        c.rnBound());
    LayerBound ideal = LayerBound.of(fabric, layer);
    o.printf(Locale.ROOT, "layer-bound: %s (%d cycles = %.1f%% of the cycles, every weight, input and output"
        + " moved once)%n", ideal.bound().label(), ideal.value(), 100.0 * ideal.value() / c.cycles());
    SystolicArray sa = SystolicArray.of(fabric.n());
    o.printf(Locale.ROOT, "systolic: %s weight-stationary, %d cycles, utilization %.4f%n", sa.describe(),
        sa.cycles(layer.shape()), sa.utilization(layer));
    Activity a = run.activity();
    o.println("dn-words per tree: " + Activity.summary(a.dnWords()) + " (weights " + c.weightWords()
        + ", activations " + c.activationWords() + ")");
    o.println("ms-products per switch: " + Activity.summary(a.msProducts()));
    o.println("ms-link-uses per switch: " + Activity.summary(a.msLinked()));
    o.println("adder-steps per switch: " + Activity.summary(a.adderSteps()));
    o.println("collected: " + a.collected() + " sums");
  }

  static int report(PrintWriter o, long[] outputs, long[] reference) {
    for (int i = 0; i < reference.length; i++) {
      if (outputs[i] != reference[i]) {
        o.println("outputs: MISMATCH at output " + i + " (filter-major [k][x'][y'] order): fabric " + outputs[i]
            + ", nested loops " + reference[i]);
        o.flush();
        return 1;
      }
    }
    o.println("outputs: match the nested-loop convolution (" + reference.length + " values)");
    o.flush();
    return 0;
  }

  private static String dims(int[] shape) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < shape.length; i++) {
      s.append(i == 0 ? "" : " x ").append(shape[i]);
    }
    return s.toString();
  }
}
