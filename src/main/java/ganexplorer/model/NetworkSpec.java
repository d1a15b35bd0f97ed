package ganexplorer.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.nd4j.linalg.api.buffer.DataType;

/** The shape of a generator or critic: enough to build a fresh network and load a flat weight vector into it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = MlpSpec.class)
@JsonSubTypes({@JsonSubTypes.Type(value = MlpSpec.class, name = "mlp"), @JsonSubTypes.Type(value = ConvNetSpec.class, name = "conv")})
public sealed interface NetworkSpec permits MlpSpec, ConvNetSpec {
    int inputs();

    int outputs();

    long parameterCount();

    Network build(DataType dtype);
}
