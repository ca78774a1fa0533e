package plasticity.gen.adam;

/**
 * How a PE stores the words the host writes (docs/spec/adam.md, "Words"): each field at its
 * configured width, least significant first, and the malformed bit on top, computed once by the
 * engine's decoder and broadcast to the PEs.
 */
record PeWords(AdamConfig c) {
  // Link word: weight, source slot, malformed.
  int linkSource() {
    return 16;
  }

  int linkBad() {
    return linkSource() + c.slotBits();
  }

  int linkWidth() {
    return linkBad() + 1;
  }

  // Node word: bias, response, activation (3 bits: codes 0..4), destination, fan-in, malformed.
  int nodeResponse() {
    return 16;
  }

  int nodeActivation() {
    return 32;
  }

  int nodeDest() {
    return 35;
  }

  int nodeFanIn() {
    return nodeDest() + c.slotBits();
  }

  int nodeBad() {
    return nodeFanIn() + c.fanInBits();
  }

  int nodeWidth() {
    return nodeBad() + 1;
  }

  // Control word: node count, input count, malformed.
  int controlInputs() {
    return c.nodeCountBits();
  }

  int controlBad() {
    return controlInputs() + c.inputCountBits();
  }

  int controlWidth() {
    return controlBad() + 1;
  }
}
