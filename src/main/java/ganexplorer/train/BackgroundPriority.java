package ganexplorer.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the operating-system priority of the calling thread, so that on a machine with few cores the window's
 * threads get the processor first whenever they need it and training takes the rest. Java's own thread priorities
 * do nothing on Linux by default; a Linux thread's nice value can be raised with renice on its thread id.
 * Best effort: where that is not possible (another system, no renice), nothing changes.
 */
public final class BackgroundPriority {
    /** Nice 10 gives a thread about a tenth of the weight of a normal one when both want the same core. */
    static final int NICE = 10;

    private BackgroundPriority() {
    }

    /** Returns whether the calling thread's priority was lowered. */
    public static boolean lowerCurrentThread() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self")); // "<pid>/task/<tid>"
            String tid = self.getFileName().toString();
            Process p = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
