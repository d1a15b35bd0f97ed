package ganexplorer.ui.lesson;

import ganexplorer.lesson.Cue;
import ganexplorer.lesson.Lesson;
import ganexplorer.lesson.LessonStep;
import ganexplorer.lesson.Text;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.Language;
import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A lesson being played, without Nodes: the current step, its narration, and which of its cues have fired. It is
 * fed the experiment id, started config and step of every new snapshot (the trainer's snapshot stays the one source
 * of truth) and fires each cue once per visit of a step, when training of that step's own experiment reaches the
 * cue's step. Entering a step (next, previous, restart) asks the listener to load its experiment and re-arms its cues.
 */
public final class LessonPlayerModel {
    /** What the window does for the player. */
    public interface Listener {
        /** Start this step's experiment (its preset or inline config, swaps included). */
        void load(LessonStep step);

        /** A cue's step was reached. */
        void cue(Cue cue);
    }

    private final Lesson lesson;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Text> said = new ReadOnlyObjectWrapper<>();
    private Listener listener;
    private boolean[] fired = new boolean[0];
    /** The experiment running when the step was entered: its snapshots, whatever their step, are not this step's. */
    private long stale = Long.MIN_VALUE;
    /** The experiment this visit of the step trains, once a snapshot shows it; else MIN_VALUE. */
    private long bound = Long.MIN_VALUE;
    private long lastSeen = Long.MIN_VALUE;

    public LessonPlayerModel(Lesson lesson, Listener listener) {
        this.lesson = lesson;
        this.listener = listener;
    }

    /** Hands the player to the window built anew after a language switch. */
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** Enters the first step. */
    public void start() {
        enter(0);
    }

    /** The current step, counted from 0 (-1 before {@link #start()}). */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    public int size() {
        return lesson.steps().size();
    }

    public LessonStep step() {
        return lesson.steps().get(Math.max(0, index.get()));
    }

    public boolean hasNext() {
        return index.get() < size() - 1;
    }

    public boolean hasPrevious() {
        return index.get() > 0;
    }

    /** The next step; on the last, nothing. */
    public void next() {
        if (hasNext()) {
            enter(index.get() + 1);
        }
    }

    public void previous() {
        if (hasPrevious()) {
            enter(index.get() - 1);
        }
    }

    /** The current step from its start: its experiment anew, its cues armed again. */
    public void restart() {
        enter(Math.max(0, index.get()));
    }

    /** The sentence of the newest say cue of this visit, or null. */
    public ReadOnlyObjectProperty<Text> saidProperty() {
        return said.getReadOnlyProperty();
    }

    public String title(Language l) {
        return lesson.title().in(l.locale());
    }

    public String stepTitle(Language l) {
        return step().title().in(l.locale());
    }

    public String narration(Language l) {
        return step().narration().in(l.locale());
    }

    /** The said sentence in {@code l}, or empty. */
    public String said(Language l) {
        return said.get() == null ? "" : said.get().in(l.locale());
    }

    /** Whether cue {@code i} of the current step has fired on this visit. */
    public boolean fired(int i) {
        return fired[i];
    }

    /** The step of the first pause cue of this step after {@code step} (so the trainer can stop exactly there). */
    public OptionalLong pauseAfter(long step) {
        return step().cues().stream().filter(c -> c instanceof Cue.Pause && c.at() > step)
                .mapToLong(Cue::at).findFirst();
    }

    /** The first pause of the step (the trainer is told it when the step's experiment starts). */
    public OptionalLong firstPause() {
        return pauseAfter(-1);
    }

    /**
     * Takes in a new snapshot's experiment id, the config it was started with, and its generator step; fires, in
     * order, each cue of the step not fired yet whose step has been reached. Snapshots of other experiments (the one
     * before, or one the user started since) fire nothing.
     */
    public void trained(long experiment, TrainingConfig started, long step) {
        lastSeen = experiment;
        if (index.get() < 0) {
            return;
        }
        if (experiment != bound) {
            // a newer experiment of this step's own config: the step's run (re)started, its cues count from there
            if (experiment == stale || experiment < bound || !step().config().equals(started)) {
                return;
            }
            bound = experiment;
            fired = new boolean[step().cues().size()];
            said.set(null);
        }
        List<Cue> cues = step().cues();
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (!fired[i] && c.at() <= step) {
                fired[i] = true;
                if (c instanceof Cue.Say s) {
                    said.set(s.text());
                }
                listener.cue(c);
            }
        }
    }

    private void enter(int i) {
        stale = lastSeen;
        bound = Long.MIN_VALUE;
        fired = new boolean[lesson.steps().get(i).cues().size()];
        said.set(null);
        index.set(i);
        listener.load(lesson.steps().get(i));
    }
}
