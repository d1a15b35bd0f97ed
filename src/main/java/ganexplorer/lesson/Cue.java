package ganexplorer.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import ganexplorer.train.ScheduledSwap;

/**
 * Something a lesson step does when training reaches step {@link #at()}, written {@code {"at": 500, "do": "pause"}}.
 * A swap changes the experiment (it is part of what the step trains, so its promises are checked with it); the
 * others only steer the window.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "do")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Cue.Pause.class, name = "pause"),
    @JsonSubTypes.Type(value = Cue.Swap.class, name = "swap"),
    @JsonSubTypes.Type(value = Cue.Show.class, name = "show"),
    @JsonSubTypes.Type(value = Cue.Highlight.class, name = "highlight"),
    @JsonSubTypes.Type(value = Cue.Say.class, name = "say")})
public sealed interface Cue {
    /** The generator step at which the cue happens. */
    long at();

    /** Training stops so the class can look. */
    record Pause(long at) implements Cue {
        public Pause {
            atLeastZero(at);
        }
    }

    /** The objective changes, the weights stay. */
    record Swap(long at, String objective) implements Cue {
        public Swap {
            atLeastZero(at);
            new ScheduledSwap(at, objective); // validates the objective's name
        }

        ScheduledSwap scheduled() {
            return new ScheduledSwap(at, objective);
        }
    }

    /** A view is brought to the front. */
    record Show(long at, View view) implements Cue {
        public Show {
            atLeastZero(at);
            needs(view, "a show cue needs a view");
        }
    }

    /** A view is outlined for a few seconds. */
    record Highlight(long at, View view) implements Cue {
        public Highlight {
            atLeastZero(at);
            needs(view, "a highlight cue needs a view");
        }
    }

    /** A sentence appears under the narration. */
    record Say(long at, Text text) implements Cue {
        public Say {
            atLeastZero(at);
            needs(text, "a say cue needs a text");
        }
    }

    private static void atLeastZero(long at) {
        if (at < 0) {
            throw new IllegalArgumentException("a cue's step ('at') must not be negative, got " + at);
        }
    }

    private static void needs(Object value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
    }
}
