package ganexplorer.train;

/**
 * A ready experiment for a class: its settings, how many steps show the effect, and what to watch.
 *
 * @param summary one line for {@code presets} and menus
 * @param watch   a few sentences on what the picture and the charts will show
 */
public record Preset(String name, String summary, String watch, TrainingConfig config, long steps) {
}
