/**
 * The files a user makes and shares: experiment files, lesson files and checkpoints, opened by what they hold (the
 * one {@link ganexplorer.files.OpenedFile#read} behind File → Open, recent files, drag-and-drop and the command line),
 * experiments saved from a running setup ({@link ganexplorer.files.SavedExperiment}), written whole, and the recent
 * files list. A file that cannot be opened is a {@link ganexplorer.files.FileProblem} with a message for the user.
 *
 * <p>Must not depend on: {@code cli}, {@code ui} or JavaFX (the window shows what this package decides).
 *
 * <p>Described in docs/DESIGN.md, section "Files".
 */
package ganexplorer.files;
