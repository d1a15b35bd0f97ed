package ganexplorer.ui.controls;

import ganexplorer.train.Hyperparameters;

/**
 * The settings fields as typed, read into hyperparameters with messages that name the field: "D learning rate: …",
 * never just "the learning rate". Plain strings in, so the rules are unit-tested without a window.
 */
public record SettingsForm(String generatorRate, String criticRate, String batch, String criticSteps, String clip,
                           String lambda) {
    /** The form showing {@code h}. */
    public static SettingsForm of(Hyperparameters h) {
        return new SettingsForm(plain(h.generatorOptimizer().learningRate()), plain(h.criticOptimizer().learningRate()),
                Integer.toString(h.batchSize()), Integer.toString(h.criticSteps()), plain(h.clip()), plain(h.lambda()));
    }

    /** 0.0005 rather than 5.0E-4: what a class reads off the slide. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The running settings with this form's values; throws IllegalArgumentException naming the field at fault. */
    public Hyperparameters read(Hyperparameters running) {
        double g = number("G learning rate", generatorRate);
        double d = number("D learning rate", criticRate);
        int b = whole("Batch size", batch);
        int steps = whole("Critic steps", criticSteps);
        double c = number("Clip", clip);
        double l = number("Lambda", lambda);
        named("G learning rate", () -> running.generatorOptimizer().withLearningRate(g));
        named("D learning rate", () -> running.criticOptimizer().withLearningRate(d));
        named("Batch size", () -> running.withBatchSize(b));
        named("Critic steps", () -> running.withCriticSteps(steps));
        named("Clip", () -> running.withPenalties(c, running.lambda()));
        named("Lambda", () -> running.withPenalties(running.clip(), l));
        return running.edited(b, g, d, steps, c, l);
    }

    private static double number(String field, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + text.trim() + "\" is not a number. Type values like "
                    + "0.0002 or 2e-4.");
        }
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + text.trim() + "\" is not a whole number.");
        }
    }

    /** Runs {@code check}, prefixing a refusal with the field's name. */
    private static <T> T named(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (m.contains(": ") && Character.isUpperCase(m.charAt(0))) {
                throw e; // already named
            }
            throw new IllegalArgumentException(field + ": " + m);
        }
    }
}
