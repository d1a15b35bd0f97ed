package ganexplorer.train;

import ganexplorer.model.NetworkSpec;
import ganexplorer.model.Prior;

/**
 * G as plain values, enough to run it elsewhere (the latent views' inference worker, a class grid).
 *
 * @param classes how many labels G is conditioned on (its last inputs are a label's one-hot code), or 0
 * @param weights a copy of G's flat parameters that nobody writes
 */
public record GeneratorCopy(NetworkSpec spec, Prior prior, int classes, float[] weights) {
    /** Latent inputs, without the label code. */
    public int latentSize() {
        return spec.inputs() - classes;
    }
}
