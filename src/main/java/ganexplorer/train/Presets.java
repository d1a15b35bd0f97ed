package ganexplorer.train;

import ganexplorer.data.Datasets;
import ganexplorer.model.Activation;
import ganexplorer.model.Dcgan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.model.MlpGan;
import ganexplorer.model.Prior;
import ganexplorer.objective.BceNonSaturating;
import ganexplorer.objective.OptimizerSpec;
import ganexplorer.objective.WganClip;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in experiments. Toy presets carry their own tuned optimizers (pinned, so they survive a swap): the
 * textbook image settings do not converge on ring8 (DESIGN.md).
 */
public final class Presets {
    private static final Map<String, Preset> ALL = new LinkedHashMap<>();

    static {
        add(new Preset("ring-wgan-gp",
                "WGAN-GP covers all 8 modes of the ring; the exact W1 falls as it does",
                "Watch the generated points spread from one blob to all eight Gaussians within a few hundred steps, "
                        + "then tighten onto them. The critic's estimate and the exact W1 fall together: under WGAN-GP the "
                        + "critic's number tracks sample quality.",
                new TrainingConfig("ring8", null, GanArchitecture.TOY_DEFAULT, "wgan-gp",
                        // lambda 0.1, as the WGAN-GP paper's own toy script: with lambda 10 neither this trainer
                        // nor the PyTorch reference covered ring8 reliably within 3,000 steps.
                        new Hyperparameters(256, new OptimizerSpec.Adam(5e-4, 0.5, 0.9), new OptimizerSpec.Adam(5e-4, 0.5, 0.9),
                                5, WganClip.DEFAULT_CLIP, 0.1, true),
                        1, 100, 1000, null),
                3000));
        add(new Preset("ring-collapse",
                "non-saturating BCE with a fast generator collapses into one blob and never covers the ring",
                "The setup of the unrolled-GAN paper: a 256-d latent, a one-layer critic and a generator that learns ten "
                        + "times faster. All generated points gather in one blob by a single mode and the other seven stay "
                        + "empty; W1 stays near 2 and modes covered stays low while the critic chases the blob.",
                new TrainingConfig("ring8", null,
                        new MlpGan(256, Prior.NORMAL, List.of(128, 128), List.of(128), Activation.RELU,
                                Activation.RELU),
                        "bce",
                        new Hyperparameters(512, new OptimizerSpec.Adam(1e-3, 0.5, 0.999), new OptimizerSpec.Adam(1e-4, 0.5, 0.999),
                                new BceNonSaturating().defaultCriticSteps(), WganClip.DEFAULT_CLIP, 10, true),
                        1, 100, 1000, null),
                3000));
        add(new Preset("digits-mlp",
                "the texts' MLP GAN draws the bundled digits; the sliced W falls as strokes appear",
                "Latent 100, G and D two layers of 128, non-saturating BCE with Adam 2e-4. Noise becomes blurry blobs "
                        + "within a few hundred steps, digit-like strokes within a few thousand, and recognisable digits "
                        + "within minutes. On the latent tab the sliders move through digit space; the readout's sliced W "
                        + "(measured in the digit classifier's feature space) falls as the digits appear.",
                new TrainingConfig(Datasets.DIGITS, null, GanArchitecture.IMAGE_MLP, "bce",
                        new Hyperparameters(64, new OptimizerSpec.Adam(2e-4, 0.5, 0.999), new OptimizerSpec.Adam(2e-4, 0.5, 0.999),
                                1, WganClip.DEFAULT_CLIP, 10, false),
                        1, 500, 1000, null),
                20000));
        add(new Preset("digits-dcgan",
                "conditional DCGAN draws the digit it is asked for; over 90% of its samples are confidently classified",
                "DCGAN at width 32 (half the PyTorch reference, 2.5 times as fast here) told which digit to draw: G reads "
                        + "z and the label, the critic scores each image for its label. Non-saturating BCE with Adam 5e-4. "
                        + "Strokes appear within a few hundred steps and clean digits of every class within about two "
                        + "thousand; the latent grid draws one class per row, and \"as labelled\" says how often the "
                        + "classifier agrees with the label.",
                dcgan(10),
                5000));
        add(new Preset("digits-dcgan-unconditional",
                "the same DCGAN without labels: about a quarter of its samples fall between two digits",
                "One latent space for ten separate classes: G must pass between them somewhere, so some samples are "
                        + "half a 4 and half a 9, or a 3 on its way to a 5. The confident share stays near 0.6 however "
                        + "long it trains (the conditional digits-dcgan passes 0.9 within two thousand steps).",
                dcgan(0),
                5000));
    }

    /** The digits DCGAN at width 32, conditioned on the labels when classes is 10. */
    private static TrainingConfig dcgan(int classes) {
        return new TrainingConfig(Datasets.DIGITS, null, new Dcgan(100, Prior.NORMAL, 32, classes), "bce",
                new Hyperparameters(64, new OptimizerSpec.Adam(5e-4, 0.5, 0.999), new OptimizerSpec.Adam(5e-4, 0.5, 0.999),
                        1, WganClip.DEFAULT_CLIP, 10, false),
                1, 500, 1000, null);
    }

    private Presets() {
    }

    private static void add(Preset p) {
        ALL.put(p.name(), p);
    }

    public static List<Preset> all() {
        return List.copyOf(ALL.values());
    }

    public static Preset byName(String name) {
        Preset p = ALL.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown preset '" + name + "'; choose one of " + String.join(", ", ALL.keySet())
                    + " (the presets command describes them)");
        }
        return p;
    }
}
