package ganexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;

/** The shape of a generator or critic: enough to build a fresh network and load a flat weight vector into it. */
public sealed interface NetworkSpec permits MlpSpec, ConvNetSpec, ShiftSpec {
    int inputs();

    int outputs();

    long parameterCount();

    /** How many values of the flat parameter vector each layer holds, in order (they sum to the count). */
    int[] layerParameterCounts();

    Network build(DataType dtype);
}
