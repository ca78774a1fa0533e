package plasticity.golden.maeri;

import java.util.Arrays;

/**
 * The outputs of one cycle of the fabric (docs/spec/maeri.md, "Fabric"): {@code ready}, per
 * collection-bus line {@code rn_valid_j}, {@code rn_vn_j} and {@code rn_sum_j} (a signed ACC-bit
 * value; 0 with its tag when the line is idle), and per read port {@code acc_rd_data_j} (signed BUFW
 * bits) and {@code acc_rd_valid_j} (the entry holds a sum: written since its last clear or take).
 */
public record FabricOutputs(boolean ready, boolean[] lineValid, int[] lineVn, long[] lineSum, long[] accData,
        boolean[] accWritten) {

    public FabricOutputs {
        lineValid = lineValid.clone();
        lineVn = lineVn.clone();
        lineSum = lineSum.clone();
        accData = accData.clone();
        accWritten = accWritten.clone();
    }

    /** {@code acc_rd_valid_j}. */
    public boolean accWritten(int port) {
        return accWritten[port];
    }

    @Override
    public boolean[] accWritten() {
        return accWritten.clone();
    }

    /** {@code acc_rd_data_j}. */
    public long accData(int port) {
        return accData[port];
    }

    @Override
    public long[] accData() {
        return accData.clone();
    }

    public boolean valid(int line) {
        return lineValid[line];
    }

    public int vn(int line) {
        return lineVn[line];
    }

    public long sum(int line) {
        return lineSum[line];
    }

    @Override
    public boolean[] lineValid() {
        return lineValid.clone();
    }

    @Override
    public int[] lineVn() {
        return lineVn.clone();
    }

    @Override
    public long[] lineSum() {
        return lineSum.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FabricOutputs other && ready == other.ready && Arrays.equals(accData, other.accData)
                && Arrays.equals(accWritten, other.accWritten)
                && Arrays.equals(lineValid, other.lineValid) && Arrays.equals(lineVn, other.lineVn)
                && Arrays.equals(lineSum, other.lineSum);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lineSum) * 31 + Arrays.hashCode(accData) + (ready ? 1 : 0);
    }

    @Override
    public String toString() {
        return "FabricOutputs[ready=" + ready + ", valid=" + Arrays.toString(lineValid) + ", vn="
                + Arrays.toString(lineVn) + ", sum=" + Arrays.toString(lineSum) + ", accData=" + Arrays.toString(accData)
                + ", accWritten=" + Arrays.toString(accWritten) + "]";
    }
}
