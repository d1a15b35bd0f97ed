package ganexplorer.train;

import ganexplorer.objective.Objective;

/** "At generator step {@code step}, switch to {@code objective}": part of an experiment, so a CLI run can replay it. */
public record ScheduledSwap(long step, String objective) {
    public ScheduledSwap {
        if (step < 0) {
            throw new IllegalArgumentException("a swap step must not be negative, got " + step);
        }
        Objective.of(objective, 0.01, 10); // validates the name
    }

    /** Parses {@code STEP:OBJECTIVE}, as {@code --swap-at 1500:least-squares}. */
    public static ScheduledSwap parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a swap is written STEP:OBJECTIVE, e.g. 1500:least-squares; got '" + text + "'");
        }
        long step;
        try {
            step = Long.parseLong(text.substring(0, colon).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a swap is written STEP:OBJECTIVE, e.g. 1500:least-squares; '"
                    + text.substring(0, colon) + "' is not a step number");
        }
        return new ScheduledSwap(step, text.substring(colon + 1).trim());
    }
}
