package ganexplorer.model;

import java.util.random.RandomGenerator;

/** The latent prior p(z). */
public enum Prior {
    NORMAL, UNIFORM;

    public double draw(RandomGenerator rng) {
        return this == NORMAL ? rng.nextGaussian() : 2 * rng.nextDouble() - 1;
    }

    public void fill(float[] out, int count, RandomGenerator rng) {
        for (int i = 0; i < count; i++) {
            out[i] = (float) draw(rng);
        }
    }

    public static Prior parse(String text) {
        return switch (text.trim().toLowerCase()) {
            case "normal", "gaussian" -> NORMAL;
            case "uniform" -> UNIFORM;
            default -> throw new IllegalArgumentException("unknown prior '" + text + "'; choose normal or uniform");
        };
    }
}
