package plasticity.golden.maeri.mapper;

/**
 * What the cost model says of one mapping of one layer (docs/spec/maeri.md, "Cost model" and
 * "Bounds").
 *
 * @param fabric          the fabric
 * @param cycles          cycles from the first DN word to the last sum in the accumulation buffer
 * @param passes          weight-stationary passes
 * @param steps           steps, priming steps included
 * @param primingSteps    steps that only fill forwarding-link chains
 * @param weightWords     weight words over all DN trees (a multicast counted once per tree)
 * @param activationWords activation words over all DN trees (likewise)
 * @param collected       sums leaving on the collection lines (partial sums of folds included)
 * @param macs            products that count: kept weights times output positions
 * @param rows            rows of output positions run
 * @param linkedRows      of those, the rows run with forwarding links
 */
public record Cost(Fabric fabric, long cycles, long passes, long steps, long primingSteps,
        long weightWords, long activationWords, long collected, long macs, long rows,
        long linkedRows) {

    /** MACs / (N cycles). */
    public double utilization() {
        return (double) macs / ((double) fabric.n() * cycles);
    }

    /** N products per cycle at most: ceil(MACs / N) + tail. */
    public long computeBound() {
        return PassPlan.ceil(macs, fabric.n()) + fabric.tail();
    }

    /** dnBw words per cycle at most: ceil(this run's DN words / dnBw) + tail. */
    public long dnBound() {
        return PassPlan.ceil(weightWords + activationWords, fabric.dnBw()) + fabric.tail();
    }

    /** rnBw sums per cycle at most: ceil(this run's collected sums / rnBw) + tail. */
    public long rnBound() {
        return PassPlan.ceil(collected, fabric.rnBw()) + fabric.tail();
    }

    /** The resource with the largest lower bound for this run's traffic. */
    public Bound bound() {
        return Bound.of(computeBound(), dnBound(), rnBound());
    }

    /** The largest of the three lower bounds: no schedule of this traffic can be faster. */
    public long lowerBound() {
        return Math.max(computeBound(), Math.max(dnBound(), rnBound()));
    }
}
