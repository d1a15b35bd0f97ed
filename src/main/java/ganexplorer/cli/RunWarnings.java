package ganexplorer.cli;

import ganexplorer.data.ImageData;
import ganexplorer.model.Dcgan;
import ganexplorer.train.ScheduledSwap;
import ganexplorer.train.TrainingConfig;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Settings that run but cannot do what they seem to ask: said as warnings, the run goes on. */
final class RunWarnings {
    /** WGAN's critic weights stay far below this, so a clip this large never acts. */
    static final double CLIP_THAT_NEVER_CLIPS = 10;

    private RunWarnings() {
    }

    /** {@code clip} is the --clip given, or null. */
    static void print(TrainingConfig config, long targetStep, Double clip, PrintWriter err) {
        List<ScheduledSwap> swaps = config.swaps();
        for (ScheduledSwap s : swaps) {
            if (s.step() >= targetStep) {
                err.printf("warning: --swap-at %d:%s never happens: the run ends at step %d%n", s.step(), s.objective(),
                        targetStep);
            }
        }
        Map<Long, List<String>> byStep = swaps.stream().collect(Collectors.groupingBy(ScheduledSwap::step, TreeMap::new,
                Collectors.mapping(ScheduledSwap::objective, Collectors.toList())));
        byStep.forEach((step, objectives) -> {
            if (objectives.size() > 1) {
                err.printf("warning: --swap-at gives %d objectives at step %d (%s); they are applied in turn, so only %s "
                        + "trains from there%n", objectives.size(), step, String.join(", ", objectives),
                        objectives.get(objectives.size() - 1));
            }
        });
        if (config.architecture() instanceof Dcgan d && d.conditional() && config.data() instanceof ImageData images) {
            int labelled = images.labelClasses();
            if (labelled > 0 && d.classes() > labelled) {
                err.printf("warning: --classes %d, but %s labels only %d classes; the model's classes %d..%d never see an "
                        + "image%n", d.classes(), config.dataset(), labelled, labelled, d.classes() - 1);
            }
        }
        if (clip != null && clip >= CLIP_THAT_NEVER_CLIPS) {
            err.printf("warning: --clip %s is so large that wgan-clip never clips the critic's weights (the WGAN paper "
                    + "uses 0.01)%n", clip);
        }
        err.flush();
    }
}
