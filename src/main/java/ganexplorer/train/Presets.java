package ganexplorer.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in experiments, read from their experiment files (src/main/resources/ganexplorer/presets/NAME.json)
 * in the order listed here. Toy presets carry their own tuned optimizers (pinned, so they survive a swap): the
 * textbook image settings do not converge on ring8 (docs/DESIGN.md).
 */
public final class Presets {
    /** The order of the menus and of {@code presets}. */
    private static final List<String> NAMES = List.of("ring-wgan-gp", "ring-collapse", "saturation", "clip-weights",
            "clip-depth", "disjoint-lines", "w-tracks-quality", "digits-mlp", "digits-dcgan",
            "digits-dcgan-unconditional", "dirac-simultaneous", "dirac-alternating", "dirac-r1", "dirac-wgan-gp", "xy-game",
            "hello-gaussian");
    private static final Map<String, Preset> ALL = new LinkedHashMap<>();

    static {
        for (String name : NAMES) {
            ExperimentFile f = ExperimentFile.builtIn(name);
            if (!f.name().equals(name)) {
                throw new IllegalStateException("preset file " + name + ".json names itself " + f.name());
            }
            ALL.put(name, f.preset());
        }
    }

    private Presets() {
    }

    public static List<Preset> all() {
        return List.copyOf(ALL.values());
    }

    /**
     * The presets the window offers: all of them, since it draws every kind of {@link Pictures} (the toy plane, the
     * sample mosaics, and the Dirac GAN's (theta, psi) plane, where its presets train at a pace a class can follow).
     */
    public static List<Preset> forWindow() {
        return all();
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
