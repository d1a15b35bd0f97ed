package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.Notice;
import ganexplorer.train.Presets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Finding 7: messages are events with a severity and a lifetime, and an old one never comes back. */
class NoticeBoardTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final NoticeBoard board = new NoticeBoard(now::get);

    private static Notice notice(long seq, Notice.Severity sev, String text, long experiment) {
        return new Notice(seq, sev, text, experiment);
    }

    @Test
    void aNoticeShouldShowForItsLifetimeFromWhenItWasFirstSeen() {
        board.take(TestSnapshots.of(1, Presets.byName("ring-wgan-gp").config(), TestSnapshots.plane(0, 0),
                List.of(notice(1, Notice.Severity.SUCCESS, "Checkpoint saved", 1))));
        assertThat(board.current().text()).isEqualTo("Checkpoint saved");
        now.addAndGet(Notice.Severity.SUCCESS.lifetimeMillis() - 1);
        assertThat(board.current()).isNotNull();
        now.addAndGet(2);
        assertThat(board.current()).isNull();
    }

    @Test
    void aDismissedNoticeShouldNotReturnWhenTheNextSnapshotStillCarriesIt() {
        List<Notice> carried = List.of(notice(1, Notice.Severity.ERROR, "diverged", 1));
        board.take(TestSnapshots.of(1, Presets.byName("ring-wgan-gp").config(), TestSnapshots.plane(0, 0), carried));
        board.dismiss(); // the user applied new settings
        now.addAndGet(100);
        board.take(TestSnapshots.of(1, Presets.byName("ring-wgan-gp").config(), TestSnapshots.plane(0, 0), carried));
        assertThat(board.current()).isNull();
    }

    @Test
    void noticesOfAnotherExperimentShouldNeverShow() {
        board.take(TestSnapshots.of(2, Presets.byName("ring-wgan-gp").config(), TestSnapshots.plane(0, 0),
                List.of(notice(7, Notice.Severity.WARNING, "from the old run", 1))));
        assertThat(board.current()).isNull();
    }

    @Test
    void localNoticesShouldShowBesideTheirControlAndInTheStatus() {
        board.post(Notice.Severity.ERROR, "D learning rate: \"x\" is not a number.");
        assertThat(board.currentLocal().text()).startsWith("D learning rate");
        assertThat(board.current().severity()).isEqualTo(Notice.Severity.ERROR);
        now.addAndGet(10);
        board.take(TestSnapshots.of(1, Presets.byName("ring-wgan-gp").config(), TestSnapshots.plane(0, 0),
                List.of(notice(1, Notice.Severity.INFO, "trainer says", 1))));
        assertThat(board.current().text()).isEqualTo("trainer says");
        assertThat(board.currentLocal().text()).startsWith("D learning rate");
    }

    @Test
    void anAnnouncementShouldShowInTheStatusOnly() {
        board.announce(Notice.Severity.SUCCESS, "Saved /tmp/plane.png");
        assertThat(board.current().text()).isEqualTo("Saved /tmp/plane.png");
        assertThat(board.currentLocal()).isNull();
    }

    @Test
    void severitiesShouldLiveLongerTheMoreTheyMatter() {
        assertThat(Notice.Severity.ERROR.lifetimeMillis()).isGreaterThan(Notice.Severity.WARNING.lifetimeMillis());
        assertThat(Notice.Severity.WARNING.lifetimeMillis()).isGreaterThan(Notice.Severity.SUCCESS.lifetimeMillis());
    }
}
