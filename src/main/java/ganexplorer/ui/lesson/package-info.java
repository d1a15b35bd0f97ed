/**
 * The lesson player: {@link ganexplorer.ui.lesson.LessonPlayerModel} (no Nodes) holds the lesson, the current step
 * and which of its cues have fired, fed with the step count of each new snapshot; {@link ganexplorer.ui.lesson.LessonPanel}
 * is the strip above the status line that shows the narration and steps through the lesson. The window carries out
 * the cues (pause, notices, tabs, highlights) and loads each step's experiment the way the Presets menu does.
 *
 * <p>Must not depend on: ND4J, {@code cli} or the other view packages; of {@code ui} it uses only {@code Texts} and
 * {@code Language}.
 *
 * <p>Described in docs/DESIGN.md, section "Lesson player".
 */
package ganexplorer.ui.lesson;
