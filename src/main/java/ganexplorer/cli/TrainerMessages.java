package ganexplorer.cli;

import ganexplorer.train.Notice;
import ganexplorer.train.RunState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.TrainingListener;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The trainer's notices for the console (a saved checkpoint, a metric that failed). They are held until a snapshot
 * shows the trainer still running after them: the notice that ends a run (a divergence, worded for the app) is then
 * never printed, and the command line says its own sentence instead.
 */
final class TrainerMessages implements TrainingListener {
    private final PrintWriter console;
    private final List<Notice> held = new ArrayList<>();

    TrainerMessages(PrintWriter console) {
        this.console = console;
    }

    @Override
    public synchronized void onNotice(Notice notice) {
        held.add(notice);
    }

    /** Prints the notices {@code s} has seen, if the trainer went on running after them. */
    synchronized void printConfirmed(Snapshot s) {
        if (s == null || s.state() != RunState.RUNNING || s.lastNotice() == null) {
            return;
        }
        long seen = s.lastNotice().sequence();
        for (Iterator<Notice> it = held.iterator(); it.hasNext(); ) {
            Notice n = it.next();
            if (n.sequence() <= seen) {
                console.println(n.text());
                it.remove();
            }
        }
        console.flush();
    }

    /** The run is over: prints what is held, but not the divergence's own notice (the newest error) if it diverged. */
    synchronized void flush(boolean diverged) {
        Notice ending = null;
        for (Notice n : held) {
            if (n.severity() == Notice.Severity.ERROR) {
                ending = n;
            }
        }
        for (Notice n : held) {
            if (!(diverged && n == ending)) {
                console.println(n.text());
            }
        }
        held.clear();
        console.flush();
    }
}
