package ganexplorer.ui;

import java.util.Optional;
import javafx.scene.input.KeyCode;

/**
 * Which key does what in presenter mode, without Nodes (a teacher at the front has only the keyboard or a clicker,
 * which sends arrows, Page Up/Down and F5/Esc). Outside presenter mode only F5, and Page Up/Down while a lesson plays,
 * mean something here: the window's own shortcuts (Space, S, digits, the arrows) stay where they were.
 */
public final class PresenterKeys {
    /** What a key asks for. */
    public enum Action {
        TOGGLE, LEAVE, NEXT_LESSON_STEP, PREVIOUS_LESSON_STEP, RUN_PAUSE, SINGLE_STEP, RESTART_LESSON_STEP,
        RESET_EXPERIMENT
    }

    private PresenterKeys() {
    }

    /**
     * The action of {@code key}, or empty when the key means nothing now (the arrows without a lesson: they must not
     * move the focus round hidden controls either, so the window swallows them in presenter mode).
     */
    public static Optional<Action> action(KeyCode key, boolean presenting, boolean lessonPlaying) {
        if (key == KeyCode.F5) {
            return Optional.of(Action.TOGGLE);
        }
        if (!presenting) {
            // a clicker's forward and back play a lesson in the normal window too; the arrows stay the controls'
            return Optional.ofNullable(!lessonPlaying ? null : switch (key) {
                case PAGE_DOWN -> Action.NEXT_LESSON_STEP;
                case PAGE_UP -> Action.PREVIOUS_LESSON_STEP;
                default -> null;
            });
        }
        return Optional.ofNullable(switch (key) {
            case ESCAPE -> Action.LEAVE;
            case RIGHT, PAGE_DOWN -> lessonPlaying ? Action.NEXT_LESSON_STEP : null;
            case LEFT, PAGE_UP -> lessonPlaying ? Action.PREVIOUS_LESSON_STEP : null;
            case SPACE -> Action.RUN_PAUSE;
            case S -> Action.SINGLE_STEP;
            case R -> lessonPlaying ? Action.RESTART_LESSON_STEP : Action.RESET_EXPERIMENT;
            default -> null;
        });
    }
}
