package ganexplorer.model;

import java.util.Arrays;

/**
 * The shape of a fully connected network: input width, hidden widths, output width, the hidden activation
 * and the output activation (identity for critics and toy generators, tanh for image generators).
 */
public record MlpSpec(int inputs, int[] hidden, int outputs, Activation activation, Activation outputActivation)
        implements NetworkSpec {
    public static final int MAX_WIDTH = 8192;

    public MlpSpec {
        hidden = hidden.clone();
        checkWidth("input", inputs);
        checkWidth("output", outputs);
        for (int h : hidden) {
            checkWidth("hidden layer", h);
        }
        if (hidden.length > 16) {
            throw new IllegalArgumentException("at most 16 hidden layers, got " + hidden.length);
        }
    }

    private static void checkWidth(String what, int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException(what + " width must be between 1 and " + MAX_WIDTH + ", got " + width);
        }
    }

    public int layerCount() {
        return hidden.length + 1;
    }

    public int layerInputs(int layer) {
        return layer == 0 ? inputs : hidden[layer - 1];
    }

    public int layerOutputs(int layer) {
        return layer == hidden.length ? outputs : hidden[layer];
    }

    public Activation layerActivation(int layer) {
        return layer == hidden.length ? outputActivation : activation;
    }

    @Override
    public Network build(org.nd4j.linalg.api.buffer.DataType dtype) {
        return new Mlp(this, dtype);
    }

    @Override
    public long parameterCount() {
        long n = 0;
        for (int l = 0; l < layerCount(); l++) {
            n += (long) layerInputs(l) * layerOutputs(l) + layerOutputs(l);
        }
        return n;
    }

    @Override
    public int[] layerParameterCounts() {
        int[] counts = new int[layerCount()];
        for (int l = 0; l < counts.length; l++) {
            counts[l] = layerInputs(l) * layerOutputs(l) + layerOutputs(l);
        }
        return counts;
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpSpec s && inputs == s.inputs && outputs == s.outputs && Arrays.equals(hidden, s.hidden)
                && activation == s.activation && outputActivation == s.outputActivation;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hidden) + inputs * 7 + outputs + activation.hashCode() + outputActivation.hashCode();
    }

    @Override
    public String toString() {
        return inputs + "-" + Arrays.toString(hidden) + "-" + outputs + " " + activation.id() + "/" + outputActivation.id();
    }
}
