package ganexplorer.train;

import java.util.List;

/**
 * A ready experiment for a class: its settings, how many steps show the effect, what to watch, and what it
 * promises. Made from an {@link ExperimentFile}.
 *
 * @param summary      one line for {@code presets} and menus
 * @param watch        a few sentences on what the picture and the charts will show
 * @param expectations the promises the test suite checks on seeds
 */
public record Preset(String name, String summary, String watch, TrainingConfig config, long steps,
                     List<Expectation> expectations, List<String> views) {
    public Preset {
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
        views = views == null ? List.of() : List.copyOf(views);
    }
}
