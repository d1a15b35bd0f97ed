package ganexplorer.train;

import ganexplorer.model.Network;
import ganexplorer.model.NetworkSpec;
import ganexplorer.model.Prior;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** A class-conditional generator's picture of what it learned: side x side images, row r drawn for class r. */
public final class ClassGrid {
    private ClassGrid() {
    }

    /**
     * Rows of pixels, row-major over the grid, from the snapshot's own copy of G's weights (nothing the trainer
     * owns is touched); z from the prior with {@code seed}.
     */
    public static float[] draw(GeneratorCopy g, int side, long seed) {
        return draw(g.spec(), g.prior(), g.classes(), g.weights(), side, seed);
    }

    static float[] draw(NetworkSpec spec, Prior prior, int classes, float[] weights, int side, long seed) {
        if (classes == 0) {
            throw new IllegalArgumentException("a class grid needs a class-conditional generator");
        }
        int n = side * side;
        int latentSize = spec.inputs() - classes;
        float[] z = new float[n * latentSize];
        prior.fill(z, z.length, new SplittableRandom(seed));
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (i / side) % classes;
        }
        Network g = spec.build(DataType.FLOAT);
        g.setParameters(weights);
        float[] input = ClassCode.append(z, latentSize, labels, classes);
        return g.infer(Nd4j.create(input, new long[] {n, spec.inputs()}, 'c')).data().asFloat();
    }
}
