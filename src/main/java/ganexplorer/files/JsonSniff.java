package ganexplorer.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** A look at the top level of the JSON only: skips the values, so a large checkpoint is never held twice. */
final class JsonSniff {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonSniff() {
    }

    static Set<String> topLevelFields(Path shown, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int first = firstSignificantByte(in);
            if (first < 0) {
                throw new FileProblem(FileProblem.Kind.EMPTY, shown, null);
            }
            if (first != '{') {
                throw new FileProblem(FileProblem.Kind.FOREIGN, shown, null); // a picture, a zip, a text
            }
        } catch (AccessDeniedException e) {
            throw new FileProblem(FileProblem.Kind.UNREADABLE, shown, "permission denied", e);
        } catch (IOException e) {
            throw new FileProblem(FileProblem.Kind.UNREADABLE, shown, e.getMessage(), e);
        }
        Set<String> fields = new HashSet<>();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            p.nextToken(); // the opening brace, seen above
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                fields.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new FileProblem(FileProblem.Kind.CORRUPT, shown, t == null ? "it ends too early"
                        : "unexpected content after the end, line " + p.currentLocation().getLineNr());
            }
            return fields;
        } catch (JsonParseException e) {
            throw new FileProblem(FileProblem.Kind.CORRUPT, shown, e.getOriginalMessage() + ", line "
                    + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            String what = e.getMessage() != null && e.getMessage().contains("end-of-input") ? "it ends too early"
                    : e.getMessage();
            throw new FileProblem(FileProblem.Kind.CORRUPT, shown, what, e);
        }
    }

    /** The first byte that is not white space or a UTF-8 byte-order mark, or -1. */
    private static int firstSignificantByte(InputStream in) throws IOException {
        int b;
        int read = 0;
        while ((b = in.read()) >= 0) {
            boolean bom = read < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
            read++;
            if (!bom && !Character.isWhitespace(b)) {
                return b;
            }
        }
        return -1;
    }
}
