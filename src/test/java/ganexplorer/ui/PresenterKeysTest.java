package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.ui.PresenterKeys.Action;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The presenter's keys, without a window. */
class PresenterKeysTest {
    @Test
    void f5ShouldToggleInBothModesAndEscOnlyLeave() {
        assertThat(PresenterKeys.action(KeyCode.F5, false, false)).contains(Action.TOGGLE);
        assertThat(PresenterKeys.action(KeyCode.F5, true, true)).contains(Action.TOGGLE);
        assertThat(PresenterKeys.action(KeyCode.ESCAPE, true, false)).contains(Action.LEAVE);
        assertThat(PresenterKeys.action(KeyCode.ESCAPE, false, false)).as("Esc closes menus, nothing else").isEmpty();
    }

    @Test
    void outsidePresenterModeTheWindowsOwnShortcutsStay() {
        for (KeyCode k : new KeyCode[] {KeyCode.SPACE, KeyCode.S, KeyCode.R, KeyCode.RIGHT, KeyCode.LEFT}) {
            assertThat(PresenterKeys.action(k, false, true)).as(k.name()).isEmpty();
        }
    }

    @Test
    void aClickersPageKeysShouldStepThroughALessonInTheNormalWindowToo() {
        assertThat(PresenterKeys.action(KeyCode.PAGE_DOWN, false, true)).contains(Action.NEXT_LESSON_STEP);
        assertThat(PresenterKeys.action(KeyCode.PAGE_UP, false, true)).contains(Action.PREVIOUS_LESSON_STEP);
        assertThat(PresenterKeys.action(KeyCode.PAGE_DOWN, false, false)).as("no lesson: the scroll pane's key").isEmpty();
    }

    @Test
    void theArrowsShouldStepThroughALessonAndDoNothingWithoutOne() {
        assertThat(PresenterKeys.action(KeyCode.RIGHT, true, true)).contains(Action.NEXT_LESSON_STEP);
        assertThat(PresenterKeys.action(KeyCode.LEFT, true, true)).contains(Action.PREVIOUS_LESSON_STEP);
        assertThat(PresenterKeys.action(KeyCode.PAGE_DOWN, true, true)).as("a clicker's forward")
                .contains(Action.NEXT_LESSON_STEP);
        assertThat(PresenterKeys.action(KeyCode.RIGHT, true, false)).isEmpty();
        assertThat(PresenterKeys.action(KeyCode.LEFT, true, false)).isEmpty();
    }

    @Test
    void spaceSAndRShouldRunStepAndRestart() {
        assertThat(PresenterKeys.action(KeyCode.SPACE, true, false)).contains(Action.RUN_PAUSE);
        assertThat(PresenterKeys.action(KeyCode.S, true, true)).contains(Action.SINGLE_STEP);
        assertThat(PresenterKeys.action(KeyCode.R, true, true)).contains(Action.RESTART_LESSON_STEP);
        assertThat(PresenterKeys.action(KeyCode.R, true, false)).contains(Action.RESET_EXPERIMENT);
        assertThat(PresenterKeys.action(KeyCode.A, true, true)).isEmpty();
    }
}
