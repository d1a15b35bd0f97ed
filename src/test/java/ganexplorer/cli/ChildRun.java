package ganexplorer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The command line in a JVM of its own, for what needs a real process: signals, kill -9, a lock held by another
 * process, the default folder (relative to the working directory). Output lines are kept as they arrive, with the
 * time they arrived.
 */
final class ChildRun implements AutoCloseable {
    record Line(long nanos, String text) {
    }

    private final Process process;
    private final List<Line> lines = new ArrayList<>();
    private boolean ended; // guarded by lines

    private ChildRun(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code java ganexplorer.Main args...} in {@code workingDirectory}, stdout and stderr merged. */
    static ChildRun start(Path workingDirectory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "ganexplorer.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        return new ChildRun(pb.start());
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                synchronized (lines) {
                    lines.add(new Line(System.nanoTime(), line));
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            synchronized (lines) {
                ended = true;
                lines.notifyAll();
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits for a line that matches; null if none came in time or the output ended first. */
    Line await(Predicate<String> matches, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        synchronized (lines) {
            while (true) {
                for (Line l : lines) {
                    if (matches.test(l.text())) {
                        return l;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    return null;
                }
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    String output() {
        StringBuilder b = new StringBuilder();
        lines().forEach(l -> b.append(l.text()).append('\n'));
        return b.toString();
    }

    /**
     * SIGTERM (for the JVM the same as Ctrl+C's SIGINT). Sent through the process handle: Process.destroy would also
     * close our end of its output, and its last lines would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child did not end within " + timeoutSeconds + " s; its output:\n" + output());
        }
        synchronized (lines) { // its last lines may still be in the pipe
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!ended && System.nanoTime() < deadline) {
                lines.wait(100);
            }
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
