package ganexplorer.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The built-in 2-D distributions by name. */
public final class ToyDatasets {
    private static final Map<String, Supplier<ToyDistribution>> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("ring8", () -> GaussianMixture.ring("ring8", 8, 2, 0.02));
        BUILT_IN.put("grid25", () -> GaussianMixture.grid("grid25", 5, 2, 0.05));
        BUILT_IN.put("gaussian", () -> new GaussianMixture("gaussian", List.of(new Point(0, 0)), 0.5, Bounds.square(2.5)));
        BUILT_IN.put(AffineGaussian.NAME, AffineGaussian::d2l);
        BUILT_IN.put("circle", () -> new Circle(1.5, 0.05));
        BUILT_IN.put("moons", () -> new Moons(0.05));
        BUILT_IN.put("spiral", () -> new Spiral(1.5, 0.05));
        BUILT_IN.put("swissroll", () -> new SwissRoll(0.03));
        BUILT_IN.put("checkerboard", Checkerboard::new);
        BUILT_IN.put(Lines.NAME, Lines::new);
    }

    private ToyDatasets() {
    }

    /** Names accepted by {@link #byName}; {@code points} needs its points and is made with {@link PointSet}. */
    public static List<String> names() {
        return List.copyOf(BUILT_IN.keySet());
    }

    public static ToyDistribution byName(String name) {
        Supplier<ToyDistribution> made = BUILT_IN.get(name);
        if (made == null) {
            throw new IllegalArgumentException("unknown dataset '" + name + "'; choose one of " + String.join(", ", names())
                    + (name.equals("points") ? " (the 'points' dataset is drawn in the app: Draw on the plane, then Train on"
                            + " drawing)" : ""));
        }
        return made.get();
    }
}
