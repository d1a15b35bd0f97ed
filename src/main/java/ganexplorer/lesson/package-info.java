/**
 * Lessons: an ordered list of experiments a teacher runs from the front of a room, each with its narration (in
 * English and Chinese) and cues at steps of training (pause, swap the objective, show or highlight a view, say a
 * sentence), read from a JSON file ({@link ganexplorer.lesson.Lesson}); {@link ganexplorer.lesson.LessonCheck}
 * evaluates every step's promises headless so a teacher knows before class that the lesson works on this machine.
 * The lessons that ship are under src/main/resources/ganexplorer/lessons/.
 *
 * <p>Must not depend on: {@code cli}, {@code ui} or JavaFX (the app plays a lesson through its own model of it).
 *
 * <p>Described in docs/DESIGN.md, section "Lessons".
 */
package ganexplorer.lesson;
