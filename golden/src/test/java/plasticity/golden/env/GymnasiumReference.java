package plasticity.golden.env;

/**
 * Reference values for the environment tests, computed independently of the Java code by
 * src/test/resources/plasticity/golden/env/gymnasium_reference.py, a line-by-line rewrite of
 * Gymnasium 1.x's step functions in Python/NumPy, with sin/cos from fdlibm_trig.py (fdlibm 5.3,
 * what StrictMath returns) and squares as {@code v * v} (docs/spec/environments.md, "Platform
 * arithmetic"). Everything below the constructor is that script's output, pasted unchanged;
 * its last lines say which trajectories Gymnasium run verbatim on Linux/glibc would change.
 *
 * <pre>
 *   cd golden/src/test/resources/plasticity/golden/env && python3 gymnasium_reference.py
 * </pre>
 *
 * Doubles are written as hexadecimal literals, exact to the bit. The start states and action
 * sequences are in the script (CARTPOLE_START, CARTPOLE_ACTIONS, ...) and repeated in the tests.
 */
final class GymnasiumReference {

    private GymnasiumReference() {
    }

    // numpy 2.4.6, python 3.11.7, squares v * v, sin/cos fdlibm
    // CARTPOLE: 20 steps; row 0 is the start
    static final double[][] CARTPOLE_STATE = {
        {0x1.c0d97983799cap-6, -0x1.9091074ed3cdap-8, 0x1.25c36e2953608p-5, 0x1.435e23a1c5b80p-6},
        {0x1.bed8bfe0855a5p-6, 0x1.8200939ae8270p-3, 0x1.28ff4070103bfp-5, -0x1.0bb19f5f18a5bp-2},
        {0x1.fc9b66da96046p-6, -0x1.d4182ce43c860p-8, 0x1.fc55063256056p-6, 0x1.5bf2ee4cfbd08p-5},
        {0x1.fa443dab5d650p-6, -0x1.9f1ebe290d3dap-3, 0x1.052002be8c34fp-5, 0x1.610ea910c67a0p-2},
        {0x1.b7d8ec0b3250ep-6, -0x1.077cdedd7f9a0p-7, 0x1.3d9d3c83caaeep-5, 0x1.fe84b1a7d1808p-5},
        {0x1.b53664b1f10a3p-6, 0x1.7df5ecf64c6a7p-3, 0x1.47d3171ba0cb1p-5, -0x1.be39b60ed3be8p-3},
        {0x1.f253805e78257p-6, 0x1.862d3cff226ecp-2, 0x1.242064b40abbdp-5, -0x1.fd9fade8b74a0p-2},
        {0x1.3797638b41951p-5, 0x1.7bc088297da18p-3, 0x1.a52c68cbb1dadp-6, -0x1.8d42c068f1270p-3},
        {0x1.55f8b61def790p-5, 0x1.854b7e2957daep-2, 0x1.659c9bee1aa16p-6, -0x1.e9ebef19e2407p-2},
        {0x1.94423af159b08p-5, 0x1.7a5cf2f328dbep-3, 0x1.91ac75e01f56fp-7, -0x1.6e8146d05c03cp-3},
        {0x1.b2871b2dc35bbp-5, -0x1.599fb729497d0p-7, 0x1.1c645f370c228p-7, 0x1.e18e0394570c0p-4},
        {0x1.b0ccb52498c03p-5, -0x1.a576b563511a1p-3, 0x1.6970daaaf11a3p-7, 0x1.a6e309dffb625p-2},
        {0x1.8f1521830d248p-5, -0x1.62d7d4c144070p-7, 0x1.3c0b51c61aea0p-6, 0x1.fb0b849ba42a4p-4},
        {0x1.8d4eee87347b8p-5, 0x1.78daf92367a10p-3, 0x1.649b99d28e728p-6, -0x1.4d4d44af419f4p-3},
        {0x1.ab74edfaad69bp-5, -0x1.760e234a87350p-7, 0x1.2f478ed53c449p-6, 0x1.1802d0ad8d036p-3},
        {0x1.a99623901093bp-5, 0x1.77adadb9b7343p-3, 0x1.5c14cef100e8fp-6, -0x1.3353af5779a7ep-3},
        {0x1.c7a4088033b69p-5, 0x1.835379e7e2addp-2, 0x1.2ae8b2e301ecdp-6, -0x1.be6e4273433ebp-2},
        {0x1.02ce746721c04p-4, 0x1.256e4c15429b7p-1, 0x1.381a31015deefp-7, -0x1.721899146d4ebp-1},
        {0x1.31c161db2c688p-4, 0x1.8943e2a908968p-1, -0x1.433dc9b6ade16p-8, -0x1.03341b7800376p+0},
        {0x1.70ad861f2dc84p-4, 0x1.256588017107cp-1, -0x1.9c9743ab1c632p-6, -0x1.7159370cba7fep-1},
        {0x1.9f9f0c85cf3a2p-4, 0x1.835aaa6861c3dp-2, -0x1.447ca935c9dfap-5, -0x1.bf36bd41f5670p-2},
    };
    static final double[][] CARTPOLE_OBS = {
        {0x1.c0d97a0000000p-6, -0x1.9091080000000p-8, 0x1.25c36e0000000p-5, 0x1.435e240000000p-6},
        {0x1.bed8c00000000p-6, 0x1.8200940000000p-3, 0x1.28ff400000000p-5, -0x1.0bb1a00000000p-2},
        {0x1.fc9b660000000p-6, -0x1.d4182c0000000p-8, 0x1.fc55060000000p-6, 0x1.5bf2ee0000000p-5},
        {0x1.fa443e0000000p-6, -0x1.9f1ebe0000000p-3, 0x1.0520020000000p-5, 0x1.610eaa0000000p-2},
        {0x1.b7d8ec0000000p-6, -0x1.077cde0000000p-7, 0x1.3d9d3c0000000p-5, 0x1.fe84b20000000p-5},
        {0x1.b536640000000p-6, 0x1.7df5ec0000000p-3, 0x1.47d3180000000p-5, -0x1.be39b60000000p-3},
        {0x1.f253800000000p-6, 0x1.862d3c0000000p-2, 0x1.2420640000000p-5, -0x1.fd9fae0000000p-2},
        {0x1.3797640000000p-5, 0x1.7bc0880000000p-3, 0x1.a52c680000000p-6, -0x1.8d42c00000000p-3},
        {0x1.55f8b60000000p-5, 0x1.854b7e0000000p-2, 0x1.659c9c0000000p-6, -0x1.e9ebf00000000p-2},
        {0x1.94423a0000000p-5, 0x1.7a5cf20000000p-3, 0x1.91ac760000000p-7, -0x1.6e81460000000p-3},
        {0x1.b2871c0000000p-5, -0x1.599fb80000000p-7, 0x1.1c64600000000p-7, 0x1.e18e040000000p-4},
        {0x1.b0ccb60000000p-5, -0x1.a576b60000000p-3, 0x1.6970da0000000p-7, 0x1.a6e30a0000000p-2},
        {0x1.8f15220000000p-5, -0x1.62d7d40000000p-7, 0x1.3c0b520000000p-6, 0x1.fb0b840000000p-4},
        {0x1.8d4eee0000000p-5, 0x1.78dafa0000000p-3, 0x1.649b9a0000000p-6, -0x1.4d4d440000000p-3},
        {0x1.ab74ee0000000p-5, -0x1.760e240000000p-7, 0x1.2f478e0000000p-6, 0x1.1802d00000000p-3},
        {0x1.a996240000000p-5, 0x1.77adae0000000p-3, 0x1.5c14ce0000000p-6, -0x1.3353b00000000p-3},
        {0x1.c7a4080000000p-5, 0x1.83537a0000000p-2, 0x1.2ae8b20000000p-6, -0x1.be6e420000000p-2},
        {0x1.02ce740000000p-4, 0x1.256e4c0000000p-1, 0x1.381a320000000p-7, -0x1.72189a0000000p-1},
        {0x1.31c1620000000p-4, 0x1.8943e20000000p-1, -0x1.433dca0000000p-8, -0x1.03341c0000000p+0},
        {0x1.70ad860000000p-4, 0x1.2565880000000p-1, -0x1.9c97440000000p-6, -0x1.7159380000000p-1},
        {0x1.9f9f0c0000000p-4, 0x1.835aaa0000000p-2, -0x1.447caa0000000p-5, -0x1.bf36be0000000p-2},
    };
    static final double[] CARTPOLE_REWARD = {0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0};
    static final boolean[] CARTPOLE_TERMINATED = {false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    // CARTPOLE_RIGHT: 10 steps; row 0 is the start
    static final double[][] CARTPOLE_RIGHT_STATE = {
        {0x1.c0d97983799cap-6, -0x1.9091074ed3cdap-8, 0x1.25c36e2953608p-5, 0x1.435e23a1c5b80p-6},
        {0x1.bed8bfe0855a5p-6, 0x1.8200939ae8270p-3, 0x1.28ff4070103bfp-5, -0x1.0bb19f5f18a5bp-2},
        {0x1.fc9b66da96046p-6, 0x1.8841e2e944ba4p-2, 0x1.fc55063256056p-6, -0x1.15bc1a1711892p-1},
        {0x1.3d10900d7ef70p-5, 0x1.27cd0dc3c4514p-1, 0x1.4a94f57fbb702p-6, -0x1.a680713171f24p-1},
        {0x1.9bb8947519f24p-5, 0x1.8b8f280b33617p-1, 0x1.e172353e23758p-9, -0x1.1c892953dc646p+0},
        {0x1.0d26651d9f6f2p-4, 0x1.ef6fd4cc405e9p-1, -0x1.3006691fbc11dp-6, -0x1.672ac4093b360p+0},
        {0x1.5c6b7cec620dap-4, 0x1.29ba34ea3f28cp+0, -0x1.7de122aa415eap-5, -0x1.b39068c299efep+0},
        {0x1.bbb1506a8abe8p-4, 0x1.5bcece9bc316fp+0, -0x1.4a51fa8928fc1p-4, -0x1.010e23094a9e8p+1},
        {0x1.157eddbed539fp-3, 0x1.8df2eb6ed8d28p+0, -0x1.eed5e7ffbf241p-4, -0x1.29920126bba71p+1},
        {0x1.552ada74688edp-3, 0x1.c01f94ef49541p+0, -0x1.56a3ea20bf759p-3, -0x1.53764f8bae2fdp+1},
        {0x1.9cddfc8636d9bp-3, 0x1.f2487b5ddcc09p+0, -0x1.c344a76c2a662p-3, -0x1.7ed2c917525fcp+1},
    };
    static final double[][] CARTPOLE_RIGHT_OBS = {
        {0x1.c0d97a0000000p-6, -0x1.9091080000000p-8, 0x1.25c36e0000000p-5, 0x1.435e240000000p-6},
        {0x1.bed8c00000000p-6, 0x1.8200940000000p-3, 0x1.28ff400000000p-5, -0x1.0bb1a00000000p-2},
        {0x1.fc9b660000000p-6, 0x1.8841e20000000p-2, 0x1.fc55060000000p-6, -0x1.15bc1a0000000p-1},
        {0x1.3d10900000000p-5, 0x1.27cd0e0000000p-1, 0x1.4a94f60000000p-6, -0x1.a680720000000p-1},
        {0x1.9bb8940000000p-5, 0x1.8b8f280000000p-1, 0x1.e172360000000p-9, -0x1.1c892a0000000p+0},
        {0x1.0d26660000000p-4, 0x1.ef6fd40000000p-1, -0x1.30066a0000000p-6, -0x1.672ac40000000p+0},
        {0x1.5c6b7c0000000p-4, 0x1.29ba340000000p+0, -0x1.7de1220000000p-5, -0x1.b390680000000p+0},
        {0x1.bbb1500000000p-4, 0x1.5bcece0000000p+0, -0x1.4a51fa0000000p-4, -0x1.010e240000000p+1},
        {0x1.157ede0000000p-3, 0x1.8df2ec0000000p+0, -0x1.eed5e80000000p-4, -0x1.2992020000000p+1},
        {0x1.552ada0000000p-3, 0x1.c01f940000000p+0, -0x1.56a3ea0000000p-3, -0x1.5376500000000p+1},
        {0x1.9cddfc0000000p-3, 0x1.f2487c0000000p+0, -0x1.c344a80000000p-3, -0x1.7ed2ca0000000p+1},
    };
    static final double[] CARTPOLE_RIGHT_REWARD = {0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0};
    static final boolean[] CARTPOLE_RIGHT_TERMINATED = {false, false, false, false, false, false, false, false, false, false, true};
    // MOUNTAINCAR: 15 steps; row 0 is the start
    static final double[][] MOUNTAINCAR_STATE = {
        {-0x1.0bfb15b573eabp-1, 0x0.0p+0},
        {-0x1.0b78354ce1653p-1, 0x1.05c0d1250b0cdp-10},
        {-0x1.0a736fc408f22p-1, 0x1.04c588d8730cbp-9},
        {-0x1.0971cc35034c8p-1, 0x1.01a38f05a5a59p-9},
        {-0x1.08f84baefcfa9p-1, 0x1.e602181947ad4p-11},
        {-0x1.0907d77226b58p-1, -0x1.f17865375d350p-14},
        {-0x1.09a051a69ab89p-1, -0x1.30f468e8062bdp-10},
        {-0x1.0a3d8325e0f78p-1, -0x1.3a62fe8c7de1dp-10},
        {-0x1.0a5b2bb7e05bcp-1, -0x1.da891ff643844p-13},
        {-0x1.09f9126ba8c80p-1, 0x1.886530de4ee22p-11},
        {-0x1.0a1e1874e3532p-1, -0x1.283049d459304p-12},
        {-0x1.0a46e450703a5p-1, -0x1.465edc6739531p-12},
        {-0x1.0a7327ab53ff6p-1, -0x1.621ad71e2840ep-12},
        {-0x1.0a1f7b1bde463p-1, 0x1.4eb23dd6e4d2ep-11},
        {-0x1.0a52a4246f4d7p-1, -0x1.994844883a07cp-12},
        {-0x1.0a061baf08a15p-1, 0x1.3221d59ab09aap-11},
    };
    static final double[][] MOUNTAINCAR_OBS = {
        {-0x1.0bfb160000000p-1, 0x0.0p+0},
        {-0x1.0b78360000000p-1, 0x1.05c0d20000000p-10},
        {-0x1.0a73700000000p-1, 0x1.04c5880000000p-9},
        {-0x1.0971cc0000000p-1, 0x1.01a3900000000p-9},
        {-0x1.08f84c0000000p-1, 0x1.e602180000000p-11},
        {-0x1.0907d80000000p-1, -0x1.f178660000000p-14},
        {-0x1.09a0520000000p-1, -0x1.30f4680000000p-10},
        {-0x1.0a3d840000000p-1, -0x1.3a62fe0000000p-10},
        {-0x1.0a5b2c0000000p-1, -0x1.da89200000000p-13},
        {-0x1.09f9120000000p-1, 0x1.8865300000000p-11},
        {-0x1.0a1e180000000p-1, -0x1.28304a0000000p-12},
        {-0x1.0a46e40000000p-1, -0x1.465edc0000000p-12},
        {-0x1.0a73280000000p-1, -0x1.621ad80000000p-12},
        {-0x1.0a1f7c0000000p-1, 0x1.4eb23e0000000p-11},
        {-0x1.0a52a40000000p-1, -0x1.9948440000000p-12},
        {-0x1.0a061c0000000p-1, 0x1.3221d60000000p-11},
    };
    static final double[] MOUNTAINCAR_REWARD = {0x0.0p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0};
    static final boolean[] MOUNTAINCAR_TERMINATED = {false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    // MOUNTAINCAR_WALL: 3 steps; row 0 is the start
    static final double[][] MOUNTAINCAR_WALL_STATE = {
        {-0x1.30a3d70a3d70ap+0, -0x1.eb851eb851eb8p-7},
        {-0x1.3333333333333p+0, 0x0.0p+0},
        {-0x1.32e1cfa451d00p+0, 0x1.458e3b858cc3cp-10},
        {-0x1.323ec3a2b8375p+0, 0x1.46180333316eep-9},
    };
    static final double[][] MOUNTAINCAR_WALL_OBS = {
        {-0x1.30a3d80000000p+0, -0x1.eb851e0000000p-7},
        {-0x1.3333340000000p+0, 0x0.0p+0},
        {-0x1.32e1d00000000p+0, 0x1.458e3c0000000p-10},
        {-0x1.323ec40000000p+0, 0x1.4618040000000p-9},
    };
    static final double[] MOUNTAINCAR_WALL_REWARD = {0x0.0p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0};
    static final boolean[] MOUNTAINCAR_WALL_TERMINATED = {false, false, false, false};
    // ACROBOT: 12 steps; row 0 is the start
    static final double[][] ACROBOT_STATE = {
        {0x1.a36e2e0000000p-5, -0x1.2b6ae80000000p-4, 0x1.7fcb920000000p-4, -0x1.c779a60000000p-6},
        {0x1.8bd0df24d1a63p-5, -0x1.010ad1f4ebc2ep-5, -0x1.ed24663d75ea0p-4, 0x1.bf697e36027c0p-2},
        {0x1.8fadb14a93e18p-8, 0x1.818151d489b61p-4, -0x1.27cc921b5caa7p-2, 0x1.93f94c5675fb8p-1},
        {-0x1.16b699ce86135p-5, 0x1.9c0153997e21cp-3, -0x1.a07ffc5450d1ep-4, 0x1.08cbde6c813b6p-2},
        {-0x1.74889be75e814p-5, 0x1.d0a8a53ddd6e4p-3, -0x1.4753900684960p-7, -0x1.d2b3f97754740p-8},
        {-0x1.948276c1383f5p-6, 0x1.504e818238378p-3, 0x1.b1e8db38b0ca0p-3, -0x1.364bac8a6d936p-1},
        {0x1.06c500a76ec82p-7, 0x1.04222d6bf2e64p-4, 0x1.afd24d1f522c8p-4, -0x1.839fd634d2fcep-2},
        {0x1.ca067cc341372p-6, -0x1.e19d2c277ccc8p-7, 0x1.663d0ea24e745p-4, -0x1.8c3eece7fb6b3p-2},
        {0x1.4c3146de8399dp-5, -0x1.5afd9dcd21e0ep-4, 0x1.1524e3030c761p-5, -0x1.3285d707d14aap-2},
        {0x1.b52a22e253f50p-5, -0x1.4fd7cf191c2cep-3, 0x1.6c9101ab74a66p-4, -0x1.e8ca05e711cfdp-2},
        {0x1.82a30781b3489p-5, -0x1.99411fb44c207p-3, -0x1.32edf53b27683p-3, 0x1.f75678312c5bcp-4},
        {-0x1.fe3f17800c420p-9, -0x1.e40f53ca572bdp-4, -0x1.649851c4532bap-2, 0x1.581858864a1c8p-1},
        {-0x1.dd84bd24ff636p-5, -0x1.aaf56297a8248p-7, -0x1.73cccf9370dd6p-3, 0x1.696f0128d5172p-2},
    };
    static final double[][] ACROBOT_OBS = {
        {0x1.ff543e0000000p-1, 0x1.a33f460000000p-5, 0x1.fea1f60000000p-1, -0x1.2b26a80000000p-4, 0x1.7fcb920000000p-4, -0x1.c779a60000000p-6},
        {0x1.ff67080000000p-1, 0x1.8ba9740000000p-5, 0x1.ffbf7c0000000p-1, -0x1.0100060000000p-5, -0x1.ed24660000000p-4, 0x1.bf697e0000000p-2},
        {0x1.fffd900000000p-1, 0x1.8fad0e0000000p-8, 0x1.fdbbe80000000p-1, 0x1.80efb00000000p-4, -0x1.27cc920000000p-2, 0x1.93f94c0000000p-1},
        {0x1.ffb4260000000p-1, -0x1.16a8d60000000p-5, 0x1.f5ac9e0000000p-1, 0x1.993b540000000p-3, -0x1.a07ffc0000000p-4, 0x1.08cbde0000000p-2},
        {0x1.ff787e0000000p-1, -0x1.7467be0000000p-5, 0x1.f2e0e40000000p-1, 0x1.ccaeba0000000p-3, -0x1.4753900000000p-7, -0x1.d2b3fa0000000p-8},
        {0x1.ffd80e0000000p-1, -0x1.9477f20000000p-6, 0x1.f91cc00000000p-1, 0x1.4ecc180000000p-3, 0x1.b1e8dc0000000p-3, -0x1.364bac0000000p-1},
        {0x1.fffbca0000000p-1, 0x1.06c4480000000p-7, 0x1.fef7c20000000p-1, 0x1.03f56c0000000p-4, 0x1.afd24e0000000p-4, -0x1.839fd60000000p-2},
        {0x1.ffccca0000000p-1, 0x1.c9f7380000000p-6, 0x1.fff1d80000000p-1, -0x1.e198bc0000000p-7, 0x1.663d0e0000000p-4, -0x1.8c3eec0000000p-2},
        {0x1.ff94400000000p-1, 0x1.4c19f80000000p-5, 0x1.fe29f60000000p-1, -0x1.5a93680000000p-4, 0x1.1524e40000000p-5, -0x1.3285d80000000p-2},
        {0x1.ff456a0000000p-1, 0x1.b4f5060000000p-5, 0x1.f921980000000p-1, -0x1.4e56fe0000000p-3, 0x1.6c91020000000p-4, -0x1.e8ca060000000p-2},
        {0x1.ff6e0a0000000p-1, 0x1.827e4a0000000p-5, 0x1.f5cfae0000000p-1, -0x1.96893c0000000p-3, -0x1.32edf60000000p-3, 0x1.f756780000000p-4},
        {0x1.ffff020000000p-1, -0x1.fe3ec40000000p-9, 0x1.fc6dc60000000p-1, -0x1.e2ef140000000p-4, -0x1.6498520000000p-2, 0x1.5818580000000p-1},
        {0x1.ff21620000000p-1, -0x1.dd3f860000000p-5, 0x1.fff4e00000000p-1, -0x1.aaf24a0000000p-7, -0x1.73ccd00000000p-3, 0x1.696f020000000p-2},
    };
    static final double[] ACROBOT_REWARD = {0x0.0p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0};
    static final boolean[] ACROBOT_TERMINATED = {false, false, false, false, false, false, false, false, false, false, false, false, false};
    // ACROBOT_FAST: 3 steps; row 0 is the start
    static final double[][] ACROBOT_FAST_STATE = {
        {0x1.8666660000000p+1, -0x1.8ccccc0000000p+1, 0x1.8000000000000p+3, -0x1.b000000000000p+4},
        {-0x1.0358978c6ad60p-2, 0x1.6e8177c58fc24p+1, 0x1.921fb54442d18p+3, -0x1.c463abeccb2bbp+4},
        {0x1.16eb9d9bb7a27p+1, -0x1.5afdb6643694cp+1, 0x1.5d591a3440bfbp+3, -0x1.a0a32348f87ccp+4},
        {-0x1.52413e54150a4p+0, -0x1.77f1bdacb1600p+1, 0x1.921fb54442d18p+3, -0x1.c463abeccb2bbp+4},
    };
    static final double[][] ACROBOT_FAST_OBS = {
        {-0x1.fdda960000000p-1, 0x1.76a3ae0000000p-4, -0x1.ff8ea40000000p-1, -0x1.54a12c0000000p-5, 0x1.8000000000000p+3, -0x1.b000000000000p+4},
        {0x1.efaaa60000000p-1, -0x1.0095140000000p-2, -0x1.ec4e0e0000000p-1, 0x1.19482a0000000p-2, 0x1.921fb60000000p+3, -0x1.c463ac0000000p+4},
        {-0x1.2494d00000000p-1, 0x1.a42ab60000000p-1, -0x1.d13c500000000p-1, -0x1.ab8ce60000000p-2, 0x1.5d591a0000000p+3, -0x1.a0a3240000000p+4},
        {0x1.f9aaf80000000p-3, -0x1.f025de0000000p-1, -0x1.f554100000000p-1, -0x1.9ff56c0000000p-3, 0x1.921fb60000000p+3, -0x1.c463ac0000000p+4},
    };
    static final double[] ACROBOT_FAST_REWARD = {0x0.0p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0};
    static final boolean[] ACROBOT_FAST_TERMINATED = {false, false, false, false};
    // PENDULUM: 10 steps; row 0 is the start
    static final double[][] PENDULUM_STATE = {
        {0x1.0000000000000p+0, 0x1.0000000000000p-1},
        {0x1.0e7a662ae91d8p+0, 0x1.218ffb5a364dap+0},
        {0x1.292796664005cp+0, 0x1.0ac3e25165125p+1},
        {0x1.5079b25e3acc6p+0, 0x1.893517afcbc1fp+1},
        {0x1.7d3e002471d80p+0, 0x1.bfab09be2673ep+1},
        {0x1.b12d5543d6851p+0, 0x1.03aca99cf7614p+2},
        {0x1.f014d8d9044cbp+0, 0x1.3a8591e9e4e62p+2},
        {0x1.1d69c85d280b1p+1, 0x1.75b997667aef7p+2},
        {0x1.464ae9d3e01c6p+1, 0x1.98cb4ea330ad6p+2},
        {0x1.73c5b3816d5b1p+1, 0x1.c6cbe0c784731p+2},
        {0x1.a0759f14a0ac5p+1, 0x1.bedf33c0012c6p+2},
    };
    static final double[][] PENDULUM_OBS = {
        {0x1.14a2800000000p-1, 0x1.aed5480000000p-1, 0x1.0000000000000p-1},
        {0x1.f7ade60000000p-2, 0x1.bdc7f60000000p-1, 0x1.218ffc0000000p+0},
        {0x1.9835b40000000p-2, 0x1.d58efa0000000p-1, 0x1.0ac3e20000000p+1},
        {0x1.03b9ac0000000p-2, 0x1.ef41d80000000p-1, 0x1.8935180000000p+1},
        {0x1.4dbc820000000p-4, 0x1.fe4c320000000p-1, 0x1.bfab0a0000000p+1},
        {-0x1.efa24e0000000p-4, 0x1.fc3ce20000000p-1, 0x1.03acaa0000000p+2},
        {-0x1.6f73020000000p-2, 0x1.dde6a00000000p-1, 0x1.3a85920000000p+2},
        {-0x1.39824a0000000p-1, 0x1.94caa00000000p-1, 0x1.75b9980000000p+2},
        {-0x1.a8bf6c0000000p-1, 0x1.1de3f40000000p-1, 0x1.98cb4e0000000p+2},
        {-0x1.f1ac5c0000000p-1, 0x1.e1165c0000000p-3, 0x1.c6cbe00000000p+2},
        {-0x1.fccad20000000p-1, -0x1.c9c7e00000000p-4, 0x1.bedf340000000p+2},
    };
    static final double[] PENDULUM_REWARD = {0x0.0p+0, -0x1.0666666666666p+0, -0x1.3f8d32be7b52ap+0, -0x1.c9247c70b0d10p+0, -0x1.566d529d07eb5p+1, -0x1.b8a55a2de2cb7p+1, -0x1.20a42493017b4p+2, -0x1.8b0aa2bbdf794p+2, -0x1.0c39289ba396dp+3, -0x1.52a0be2842efdp+3, -0x1.afac08044803bp+3};
    static final boolean[] PENDULUM_TERMINATED = {false, false, false, false, false, false, false, false, false, false, false};
    // CARTPOLE_EPISODE: 500 steps, terminated=False
    static final int CARTPOLE_EPISODE_STEPS = 500;
    static final boolean CARTPOLE_EPISODE_ENDS_TERMINATED = false;
    static final double CARTPOLE_EPISODE_RETURN = 0x1.f400000000000p+8;
    static final double[] CARTPOLE_EPISODE_FINAL_STATE = {0x1.c24edfc53aa7ap+0, -0x1.2c3d445f3ab58p-6, -0x1.8b3de21094c05p-14, 0x1.281484118e540p-2};
    static final double[] CARTPOLE_EPISODE_FINAL_OBS = {0x1.c24ee00000000p+0, -0x1.2c3d440000000p-6, -0x1.8b3de20000000p-14, 0x1.2814840000000p-2};
    // MOUNTAINCAR_EPISODE: 119 steps, terminated=True
    static final int MOUNTAINCAR_EPISODE_STEPS = 119;
    static final boolean MOUNTAINCAR_EPISODE_ENDS_TERMINATED = true;
    static final double MOUNTAINCAR_EPISODE_RETURN = -0x1.dc00000000000p+6;
    static final double[] MOUNTAINCAR_EPISODE_FINAL_STATE = {0x1.12df067d478f2p-1, 0x1.993f942bc2d97p-5};
    static final double[] MOUNTAINCAR_EPISODE_FINAL_OBS = {0x1.12df060000000p-1, 0x1.993f940000000p-5};
    // MOUNTAINCAR_IDLE: 200 steps, terminated=False
    static final int MOUNTAINCAR_IDLE_STEPS = 200;
    static final boolean MOUNTAINCAR_IDLE_ENDS_TERMINATED = false;
    static final double MOUNTAINCAR_IDLE_RETURN = -0x1.9000000000000p+7;
    static final double[] MOUNTAINCAR_IDLE_FINAL_STATE = {-0x1.0c12c848a3f56p-1, 0x1.20c2b482e71e3p-16};
    static final double[] MOUNTAINCAR_IDLE_FINAL_OBS = {-0x1.0c12c80000000p-1, 0x1.20c2b40000000p-16};
    // ACROBOT_EPISODE: 66 steps, terminated=True
    static final int ACROBOT_EPISODE_STEPS = 66;
    static final boolean ACROBOT_EPISODE_ENDS_TERMINATED = true;
    static final double ACROBOT_EPISODE_RETURN = -0x1.0400000000000p+6;
    static final double[] ACROBOT_EPISODE_FINAL_STATE = {-0x1.a0d44dd8f775ap+0, -0x1.9f7e8b7ccf556p+0, -0x1.70a455c75c780p-3, 0x1.74013f0174108p-2};
    static final double[] ACROBOT_EPISODE_FINAL_OBS = {-0x1.d650d60000000p-5, -0x1.ff27d00000000p-1, -0x1.aba8fc0000000p-5, -0x1.ff4d460000000p-1, -0x1.70a4560000000p-3, 0x1.7401400000000p-2};
    // ACROBOT_LONG: 500 steps, terminated=False
    static final int ACROBOT_LONG_STEPS = 500;
    static final boolean ACROBOT_LONG_ENDS_TERMINATED = false;
    static final double ACROBOT_LONG_RETURN = -0x1.f400000000000p+8;
    static final double[] ACROBOT_LONG_FINAL_STATE = {0x1.3a6f857d4622cp-5, -0x1.74152fa77ba0ap-2, -0x1.12aaa1a401bd4p-1, 0x1.151c49ce035e2p+2};
    static final double[] ACROBOT_LONG_FINAL_OBS = {0x1.ff9f760000000p-1, 0x1.3a5bc20000000p-5, 0x1.de91f00000000p-1, -0x1.6bf2e60000000p-2, -0x1.12aaa20000000p-1, 0x1.151c4a0000000p+2};
    // PENDULUM_EPISODE: 200 steps, terminated=False
    static final int PENDULUM_EPISODE_STEPS = 200;
    static final boolean PENDULUM_EPISODE_ENDS_TERMINATED = false;
    static final double PENDULUM_EPISODE_RETURN = -0x1.cd468d68a3c80p+10;
    static final double[] PENDULUM_EPISODE_FINAL_STATE = {0x1.921fb54442dacp+1, -0x1.a413e4f01941bp-43};
    static final double[] PENDULUM_EPISODE_FINAL_OBS = {-0x1.0000000000000p+0, -0x1.2772ce0000000p-44, -0x1.a413e40000000p-43};
    static final long[] UNIFORM_SEEDS = {0L, 1L, 2L, -1L, 1099511627781L};
    static final int[] UNIFORM_MIXED_SEED = {0xE220A839, 0x910A2DEC, 0x975835DE, 0xE4D97177, 0x486E851C};
    static final double[][] UNIFORM_DOUBLES = {
        {0x1.887e0aa62874ep-2, 0x1.ba166c8697713p-1, 0x1.0f3885df53f9bp-1, 0x1.7021b0e879852p-2},
        {0x1.a3ffc0be8d96ap-1, 0x1.3536afc6f97b6p-2, 0x1.6d71796cff074p-2, 0x1.d73c046447500p-6},
        {0x1.b4927c1d69f71p-1, 0x1.f4e977c1ec4d0p-5, 0x1.e2a5f97365756p-1, 0x1.4c0c9fba1a094p-1},
        {0x1.a3a1ce6f8b858p-2, 0x1.e220039782210p-4, 0x1.00e9e405a724bp-1, 0x1.33b6e9d2cddccp-2},
        {0x1.c27cb277562a3p-1, 0x1.dc7bc5872610cp-3, 0x1.da93b3127ea58p-1, 0x1.c5a085e63fb91p-1},
    };
    static final double[] XOR_FITNESS = {0x1.fbb4047eeac1ap+1, 0x1.8000000000000p+1, 0x1.e9354aa05298ep+1};
    // with v**2 (libm pow): identical
    // with libm sin/cos: DIFFERS in ACROBOT_EPISODE, ACROBOT_LONG
    // with both, i.e. Gymnasium verbatim: DIFFERS in ACROBOT_EPISODE, ACROBOT_LONG
}
