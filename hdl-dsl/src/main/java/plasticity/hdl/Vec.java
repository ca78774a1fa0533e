package plasticity.hdl;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A fixed-size, indexed group of signals of one type (ports {@code name_0 .. name_{n-1}}, wires,
 * registers). Index it with a Java int at elaboration time, or with a {@link UInt} at run time
 * (a multiplexer). Java lists of child modules serve as vectors of instances.
 */
public final class Vec<T extends Data> extends AbstractList<T> implements RandomAccess {
  private final List<T> elements;

  Vec(List<T> elements) {
    this.elements = List.copyOf(elements);
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= elements.size()) {
      throw HdlException.at("index " + index + " is outside a Vec of " + elements.size());
    }
    return elements.get(index);
  }

  @Override
  public int size() {
    return elements.size();
  }

  /**
   * The element selected by a run-time index; an index past the end reads the last element.
   * The index must be wide enough to reach every element.
   */
  @SuppressWarnings("unchecked")
  public T read(UInt index) {
    int need = Math.max(1, 32 - Integer.numberOfLeadingZeros(elements.size() - 1));
    if (index.width() < need) {
      throw HdlException.at("a " + index.type().show() + " index cannot reach all " + elements.size()
          + " elements: it needs " + need + " bits");
    }
    Data result = elements.get(elements.size() - 1);
    for (int i = elements.size() - 2; i >= 0; i--) {
      result = HwType.face(ModuleBuilder.current(), Ops.mux(index.eq(i), elements.get(i), result));
    }
    return (T) result;
  }
}
