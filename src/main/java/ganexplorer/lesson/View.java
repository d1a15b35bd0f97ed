package ganexplorer.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The views of the window a lesson can bring forward or highlight, by the names a lesson file uses. */
public enum View {
    /** The data tab: the toy plane, or real and generated images. */
    DATA,
    /** The latent space tab. */
    LATENT,
    /** The metric charts. */
    CHARTS,
    /** The Wasserstein readout beside the charts. */
    READOUT,
    /** The modes-over-time strip. */
    MODES,
    /** The critic's weights, layer by layer. */
    WEIGHTS,
    /** The Explain tab: the losses and what they do. */
    EXPLAIN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static View of(String id) {
        for (View v : values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + id + "'; a lesson can show one of "
                + Arrays.stream(values()).map(View::id).collect(Collectors.joining(", ")));
    }
}
