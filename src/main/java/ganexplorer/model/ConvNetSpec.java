package ganexplorer.model;

import java.util.List;

/** A feed-forward network of dense and (transposed) convolution layers on rows of channel-major images. */
public record ConvNetSpec(List<LayerSpec> layers) implements NetworkSpec {
    public ConvNetSpec {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputs() != layers.get(l - 1).outputs()) {
                throw new IllegalArgumentException("layer " + l + " takes " + layers.get(l).inputs() + " values but layer "
                        + (l - 1) + " gives " + layers.get(l - 1).outputs());
            }
        }
    }

    @Override
    public int inputs() {
        return layers.get(0).inputs();
    }

    @Override
    public int outputs() {
        return layers.get(layers.size() - 1).outputs();
    }

    @Override
    public long parameterCount() {
        return layers.stream().mapToLong(LayerSpec::parameterCount).sum();
    }

    @Override
    public int[] layerParameterCounts() {
        return layers.stream().mapToInt(LayerSpec::parameterCount).toArray();
    }

    @Override
    public Network build(org.nd4j.linalg.api.buffer.DataType dtype) {
        return new ConvNet(this, dtype);
    }
}
