/**
 * The JavaFX desktop app: {@link ganexplorer.ui.DesktopApp} and {@link ganexplorer.ui.MainWindow} lay out the feature
 * views (the subpackages), {@link ganexplorer.ui.TrainerLink} is the only connection to training (commands out, the
 * newest snapshot in once per frame), {@link ganexplorer.ui.NoticeBoard} decides which notice shows, and the settings
 * store and window placement remember the window and the last run. {@link ganexplorer.ui.Texts} gives every view its
 * sentences from the {@code ui} bundles in the current {@link ganexplorer.ui.Language}, which
 * {@link ganexplorer.ui.LanguageChoice} settles against the fonts the system has. {@link ganexplorer.ui.LessonCues}
 * carries out a playing lesson's cues in the window.
 *
 * <p>Must not depend on: ND4J (it never touches an INDArray the trainer owns) or {@code cli}; nothing here may assume
 * the trainer runs in this process, and the FX thread never waits for it.
 *
 * <p>Described in docs/DESIGN.md, sections "The one data flow", "Lesson player" and "Seams for the next features
 * (agreed in the second round)".
 */
package ganexplorer.ui;
