package ganexplorer.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An experiment as a file a teacher can read, write and hand out (JSON): the whole setup, how many steps show its
 * point, what to watch, and what it promises as checks the test suite evaluates. The built-in presets are such files
 * (src/main/resources/ganexplorer/presets/). Texts are keys into the {@code presets} resource bundle, or the text
 * itself in a file of a teacher's own.
 *
 * @param summary      one line for {@code presets} and menus (a bundle key or the text)
 * @param watch        what the picture and the charts will show (a bundle key or the text)
 * @param experiment   the setup, exactly as a checkpoint stores it
 * @param expectations what it promises, checked on the given seeds
 * @param views        the views the window brings forward when the preset starts, by the names lesson files use
 *                     ({@link #VIEWS}); none when absent
 */
public record ExperimentFile(int format, String name, String summary, String watch, long steps,
                             TrainingConfig experiment, List<Expectation> expectations, List<String> views) {
    public static final int FORMAT = 1;
    /** The names of the window's views (the lesson files' names; LessonViewsTest keeps the two lists one). */
    public static final List<String> VIEWS = List.of("data", "latent", "charts", "readout", "modes", "weights",
            "explain");
    private static final String BUNDLE = "ganexplorer.i18n.presets";

    /** A file that opens no particular view. */
    public ExperimentFile(int format, String name, String summary, String watch, long steps, TrainingConfig experiment,
                          List<Expectation> expectations) {
        this(format, name, summary, watch, steps, experiment, expectations, List.of());
    }

    public ExperimentFile {
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
        views = views == null ? List.of() : List.copyOf(views);
        for (String v : views) {
            if (!VIEWS.contains(v)) {
                throw new IllegalArgumentException("unknown view '" + v + "'; an experiment file can open "
                        + String.join(", ", VIEWS));
            }
        }
        if (format != FORMAT) {
            throw new IllegalArgumentException("this is an experiment file of format " + format + "; this version "
                    + "reads format " + FORMAT);
        }
        if (name == null || name.isBlank() || experiment == null || steps < 1) {
            throw new IllegalArgumentException("an experiment file needs a name, an experiment and steps >= 1");
        }
    }

    /** The preset this file describes, its texts looked up in the bundle. */
    public Preset preset() {
        return new Preset(name, text(summary), text(watch), experiment, steps, expectations, views);
    }

    static String text(String keyOrText) {
        if (keyOrText == null) {
            return "";
        }
        try {
            // English whatever the system locale: the CLI speaks English; the window looks its language up in ui
            return ResourceBundle.getBundle(BUNDLE, java.util.Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(keyOrText);
        } catch (MissingResourceException e) {
            return keyOrText; // a teacher's own file says it in its own words
        }
    }

    /** Reads a file, with a message that says what is wrong with it. */
    public static ExperimentFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no experiment file at " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static ExperimentFile parse(InputStream in, String where) throws IOException {
        try {
            return Checkpoint.JSON.readValue(in, ExperimentFile.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : null;
            throw new IllegalArgumentException(where + " is not a valid experiment file: "
                    + (cause != null ? cause.getMessage() : e.getOriginalMessage()));
        }
    }

    /** A built-in preset's file from the class path. */
    static ExperimentFile builtIn(String name) {
        String resource = "/ganexplorer/presets/" + name + ".json";
        try (InputStream in = ExperimentFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in preset file " + resource + " is missing from the build");
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
