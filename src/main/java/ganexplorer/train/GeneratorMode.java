package ganexplorer.train;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;

/**
 * What the generator side of an experiment is: G trained as usual, G frozen at its initial weights (only the critic
 * learns, as in Arjovsky and Bottou's saturation experiment), or no G at all but real data plus Gaussian noise
 * N(0, sigma^2 I) (the WGAN-GP paper's critic value surfaces). In experiment files and checkpoints as
 * {@code {"mode": "trained"}}, {@code {"mode": "frozen"}} or {@code {"mode": "noise", "sigma": 1.0}}; files written
 * before it existed have none and read as trained.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "mode")
@JsonSubTypes({@JsonSubTypes.Type(value = GeneratorMode.Trained.class, name = "trained"),
        @JsonSubTypes.Type(value = GeneratorMode.Frozen.class, name = "frozen"),
        @JsonSubTypes.Type(value = GeneratorMode.FixedNoise.class, name = "noise")})
public sealed interface GeneratorMode {
    GeneratorMode TRAINED = new Trained();

    /** G's optimizer steps (the default). */
    record Trained() implements GeneratorMode {
        @Override
        public String describe() {
            return "trained";
        }
    }

    /** G's weights never change; its loss and gradient are still measured (g_loss, g_grad_norm). */
    record Frozen() implements GeneratorMode {
        @Override
        public String describe() {
            return "frozen";
        }
    }

    /** The "generated" samples are fresh real samples plus N(0, sigma^2 I) noise; G is not used. */
    record FixedNoise(double sigma) implements GeneratorMode {
        public FixedNoise {
            if (!(sigma >= 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("the fixed generator's noise sigma must be finite and not negative "
                        + "(the WGAN-GP paper's figure uses 1), got " + sigma);
            }
        }

        @Override
        public String describe() {
            return "noise:" + sigma;
        }
    }

    /** How a user writes it: trained, frozen, noise:SIGMA. */
    String describe();

    /** True when G's optimizer steps. */
    default boolean trains() {
        return this instanceof Trained;
    }

    /**
     * Reads {@code noise:SIGMA} (the CLI's {@code --fixed-generator}), also {@code trained} and {@code frozen}.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static GeneratorMode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("trained")) {
            return TRAINED;
        }
        if (t.equals("frozen")) {
            return new Frozen();
        }
        if (t.startsWith("noise:")) {
            try {
                return new FixedNoise(Double.parseDouble(t.substring("noise:".length())));
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("a fixed generator is written noise:SIGMA (real data plus Gaussian noise "
                + "of that standard deviation, e.g. noise:1), got '" + text + "'");
    }
}
