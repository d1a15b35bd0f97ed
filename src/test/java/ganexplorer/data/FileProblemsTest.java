package ganexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void shouldNameTheCauseWhenTheJdkMessageIsOnlyThePath() {
        // AccessDeniedException's message is the bare path: "cannot be read: /x" said nothing
        assertThat(FileProblems.why(new AccessDeniedException("/data/x.png"))).isEqualTo("permission denied");
        assertThat(FileProblems.why(new NoSuchFileException("/data/x.png"))).isEqualTo("no such file or folder");
        assertThat(FileProblems.why(new FileSystemException("/data/loop", null,
                "Too many levels of symbolic links or unable to access attributes of symbolic link")))
                .isEqualTo("it is a symbolic-link loop");
        assertThat(FileProblems.why(new FileSystemException("/data/x", null, "Input/output error"))).isEqualTo("Input/output error");
        assertThat(FileProblems.why(new IOException("disk on fire"))).isEqualTo("disk on fire");
    }

    @Test
    void shouldAdviseFixingPermissionsNotConvertingWhenAccessIsDenied() {
        Path png = Path.of("/data/cats/a.png");
        assertThat(FileProblems.unreadable(png, new AccessDeniedException(png.toString())))
                .hasMessage("/data/cats/a.png: cannot be read: permission denied; fix its permissions so this user can read it")
                .hasMessageNotContaining("convert");
        assertThat(FileProblems.unlistable(Path.of("/data/cats"), new AccessDeniedException("/data/cats")))
                .hasMessage("/data/cats: cannot be listed: permission denied; fix its permissions so this user can list it"
                        + " (read and execute on the folder)");
    }

    @Test
    void shouldFindALoopByFollowingTheLinks() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertThat(FileProblems.linksLoop(a)).isTrue();
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), file);
        assertThat(FileProblems.linksLoop(link)).isFalse();
        assertThat(FileProblems.linksLoop(file)).isFalse();
    }
}
