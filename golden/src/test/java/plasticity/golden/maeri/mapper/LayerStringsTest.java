package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layer strings and mappings as docs/spec/maeri.md ("Layer strings and tensor files") has them. */
class LayerStringsTest {

    @Test
    void readsTheThreeKinds() {
        assertEquals(new Conv(3, 3, 6, 6, 20, 20, 2, 1),
                LayerStrings.layer("conv:R=3,S=3,C=6,K=6,X=20,Y=20", 2, 1));
        assertEquals(new Fc(256, 64, 1), LayerStrings.layer("fc:IN=256,OUT=64", 1, 0));
        assertEquals(new Fc(256, 64, 4), LayerStrings.layer("fc:OUT=64,IN=256,BATCH=4", 1, 0));
        Lstm lstm = (Lstm) LayerStrings.layer("lstm:IN=10,H=20,BATCH=2", 1, 0);
        assertEquals(new Fc(30, 80, 2), lstm.gates());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "conv R=3;expected kind:KEY=value",
        "pool:R=3;unknown kind 'pool'",
        "conv:R=3,S=3,C=6,K=6,X=20;Y is missing",
        "conv:R=3,S=3,C=6,K=6,X=20,Y=20,Z=1;unknown key 'Z'",
        "conv:R=3,S=3,C=6,K=6,X=20,Y=x;Y=x is not a whole number",
        "conv:R=0,S=3,C=6,K=6,X=20,Y=20;R=0 must be at least 1",
        "conv:R=3,R=3,S=3,C=6,K=6,X=20,Y=20;R is given twice",
        "conv:R=9,S=3,C=6,K=6,X=4,Y=20;does not fit",
        "fc:IN=4;OUT is missing",
        "fc:IN=4,OUT=2,;'' is not KEY=value"})
    void refusesBadLayerStrings(String text, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> LayerStrings.layer(text, 1, 0));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void strideAndPaddingAreForConvolutionsOnly() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LayerStrings.layer("fc:IN=4,OUT=2", 2, 0));
        assertTrue(e.getMessage().contains("conv layers only"), e.getMessage());
    }

    @Test
    void aMappingReadsBackAsWritten() {
        Mapping m = new Mapping(Granule.ROW, 9, Mapping.Axis.COLUMNS, 2, 7,
                Mapping.Order.CHUNKS_ADJACENT);
        String text = LayerStrings.mapping(m);
        assertEquals("granule=row,vn=9,axis=columns,replicas=2,perPass=7,order=chunks", text);
        assertEquals(m, LayerStrings.mapping(text));
        var e = assertThrows(IllegalArgumentException.class,
                () -> LayerStrings.mapping("granule=row,vn=9"));
        assertTrue(e.getMessage().contains("axis is missing"), e.getMessage());
        Mapping slotted = new Mapping(Granule.ROW, 3, Mapping.Axis.ROWS, 1, 8,
                Mapping.Order.REPLICAS_ADJACENT, 8, true);
        assertEquals("granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas,slot=8,folds=apart",
                LayerStrings.mapping(slotted));
        assertEquals(slotted, LayerStrings.mapping(LayerStrings.mapping(slotted)));
        var folds = assertThrows(IllegalArgumentException.class, () -> LayerStrings.mapping(
                "granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas,folds=some"));
        assertTrue(folds.getMessage().contains("folds must be mixed or apart"), folds.getMessage());
        var small = assertThrows(IllegalArgumentException.class, () -> CostModel.cost(
                Fabric.of(64, 8, 8), new Conv(3, 3, 3, 4, 10, 10, 1, 0),
                LayerStrings.mapping("granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas,slot=2")));
        assertTrue(small.getMessage().contains("a slot of 2 leaves cannot hold a VN of 3 taps"),
                small.getMessage());
    }

    @Test
    void aVnThatDoesNotFitIsAnImpossibleTiling() {
        Mapping m = new Mapping(Granule.TAP, 27, Mapping.Axis.ROWS, 4, 1,
                Mapping.Order.REPLICAS_ADJACENT);
        var e = assertThrows(IllegalArgumentException.class, () -> CostModel.cost(
                Fabric.of(64, 8, 8), new Conv(3, 3, 3, 4, 10, 10, 1, 0), m));
        assertTrue(e.getMessage().startsWith("impossible tiling: a VN of 27 taps times 4"),
                e.getMessage());
    }

    @Test
    void aFabricRefusesBadBandwidths() {
        assertThrows(IllegalArgumentException.class, () -> Fabric.of(48, 8, 8));
        var e = assertThrows(IllegalArgumentException.class, () -> Fabric.of(64, 8, 3));
        assertTrue(e.getMessage().contains("rnBw = 3"), e.getMessage());
    }
}
