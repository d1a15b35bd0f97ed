package ganexplorer.ui;

import ganexplorer.lesson.Cue;
import ganexplorer.lesson.LessonStep;
import ganexplorer.lesson.View;
import ganexplorer.train.Command;
import ganexplorer.train.Notice;
import ganexplorer.ui.controls.ControlPanel;
import ganexplorer.ui.lesson.LessonPlayerModel;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * What a playing lesson does to the window: a step's experiment starts as a preset does from the Presets menu, and
 * its cues pause the trainer, announce a swap, bring a view forward or outline it. A say cue's sentence is the
 * model's own, shown by the lesson panel.
 */
final class LessonCues implements LessonPlayerModel.Listener {
    static final String HIGHLIGHT = "lesson-highlight";
    private final LessonPlayerModel model;
    private final ControlPanel controls;
    private final Consumer<Command> send;
    private final NoticeBoard notices;
    private final Consumer<View> show;
    private final Function<View, Node> views;

    LessonCues(LessonPlayerModel model, ControlPanel controls, Consumer<Command> send, NoticeBoard notices,
               Consumer<View> show, Function<View, Node> views) {
        this.model = model;
        this.controls = controls;
        this.send = send;
        this.notices = notices;
        this.show = show;
        this.views = views;
    }

    /** The step's experiment starts, runs, and will stop exactly at its first pause. */
    @Override
    public void load(LessonStep step) {
        controls.loadExperiment(step.preset(), step.config());
        send.accept(new Command.Start());
        model.firstPause().ifPresent(at -> send.accept(new Command.PauseAt(at)));
    }

    @Override
    public void cue(Cue cue) {
        if (cue instanceof Cue.Pause p) {
            send.accept(new Command.Pause()); // the trainer stopped there already (PauseAt); this makes sure
            model.pauseAfter(p.at()).ifPresent(at -> send.accept(new Command.PauseAt(at)));
            notices.announce(Notice.Severity.INFO, Texts.format("lesson.notice.paused", p.at()));
        } else if (cue instanceof Cue.Swap w) {
            // the step's experiment holds the swap in its schedule: the trainer makes it by itself, exactly on time
            notices.announce(Notice.Severity.INFO, Texts.format("lesson.notice.swap", w.at(), w.objective()));
        } else if (cue instanceof Cue.Show v) {
            show.accept(v.view());
        } else if (cue instanceof Cue.Highlight h) {
            show.accept(h.view());
            highlight(views.apply(h.view()));
        }
    }

    /** Outlines a view for 4 s; a second highlight within them counts from its own start. */
    private static void highlight(Node node) {
        if (!node.getStyleClass().contains(HIGHLIGHT)) {
            node.getStyleClass().add(HIGHLIGHT);
        }
        PauseTransition off = new PauseTransition(Duration.seconds(4));
        off.setOnFinished(e -> node.getStyleClass().remove(HIGHLIGHT));
        if (node.getProperties().put(HIGHLIGHT, off) instanceof PauseTransition earlier) {
            earlier.stop();
        }
        off.play();
    }
}
