package ganexplorer.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A lesson file (JSON): a title, a summary and the ordered steps a teacher walks through. Read strictly: a field
 * the format does not know is an error that names it (a typo in "narration" must not silently drop a sentence).
 */
public record Lesson(int format, String name, Text title, Text summary, List<LessonStep> steps) {
    public static final int FORMAT = 1;
    /** The lessons that ship, in menu order (src/main/resources/ganexplorer/lessons/NAME.json). */
    public static final List<String> BUILT_IN = List.of("dcgan-vs-wgan", "distances", "why-gans-oscillate");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Lesson {
        if (format != FORMAT) {
            throw new IllegalArgumentException("this is a lesson file of format " + format + "; this version reads format "
                    + FORMAT);
        }
        if (name == null || name.isBlank() || title == null) {
            throw new IllegalArgumentException("a lesson needs a name and a title");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
        steps = List.copyOf(steps);
    }

    /** Reads a lesson file, with a message that says what is wrong with it and where. */
    public static Lesson read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no lesson file at " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A shipped lesson. */
    public static Lesson builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("unknown lesson '" + name + "'; the lessons are " + String.join(", ", BUILT_IN));
        }
        String resource = "/ganexplorer/lessons/" + name + ".json";
        try (InputStream in = Lesson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the lesson file " + resource + " is missing from the build");
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lesson parse(InputStream in, String where) throws IOException {
        try {
            return JSON.readValue(in, Lesson.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(where + " is not a valid lesson file: unknown field \""
                    + e.getPropertyName() + "\" at " + path(e) + " (known: " + e.getKnownPropertyIds() + ")");
        } catch (ValueInstantiationException e) {
            Throwable cause = rootArgument(e);
            throw new IllegalArgumentException(where + " is not a valid lesson file: at " + path(e) + ": "
                    + (cause != null ? cause.getMessage() : e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            Throwable cause = rootArgument(e);
            throw new IllegalArgumentException(where + " is not a valid lesson file: "
                    + (cause != null ? cause.getMessage() : e.getOriginalMessage()));
        }
    }

    private static Throwable rootArgument(Throwable e) {
        Throwable found = null;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                found = t;
            }
        }
        return found;
    }

    /** "steps[2].cues[0]", as a teacher counts from 1: "step 3, cue 1". */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m)) {
            return "the top";
        }
        StringBuilder out = new StringBuilder();
        String field = null;
        for (var ref : m.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append(out.isEmpty() ? "" : ", ").append(field == null ? "item" : singular(field)).append(' ')
                        .append(ref.getIndex() + 1);
                field = null;
            } else {
                field = ref.getFieldName();
            }
        }
        if (field != null) {
            out.append(out.isEmpty() ? "" : ", ").append('"').append(field).append('"');
        }
        return out.isEmpty() ? "the top" : out.toString();
    }

    private static String singular(String field) {
        return field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
    }
}
