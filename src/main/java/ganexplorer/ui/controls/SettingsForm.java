package ganexplorer.ui.controls;

import ganexplorer.ui.Texts;
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
        double g = number(Texts.get("controls.gRate"), generatorRate);
        double d = number(Texts.get("controls.dRate"), criticRate);
        int b = whole(Texts.get("controls.batch"), batch);
        int steps = whole(Texts.get("controls.criticSteps"), criticSteps);
        double c = number(Texts.get("controls.field.clip"), clip);
        double l = number(Texts.get("controls.field.lambda"), lambda);
        named(Texts.get("controls.gRate"), () -> running.generatorOptimizer().withLearningRate(g));
        named(Texts.get("controls.dRate"), () -> running.criticOptimizer().withLearningRate(d));
        named(Texts.get("controls.batch"), () -> running.withBatchSize(b));
        named(Texts.get("controls.criticSteps"), () -> running.withCriticSteps(steps));
        named(Texts.get("controls.field.clip"), () -> running.withPenalties(c, running.lambda()));
        named(Texts.get("controls.field.lambda"), () -> running.withPenalties(running.clip(), l));
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
            throw new IllegalArgumentException(Texts.format("controls.error.number", field, text.trim()));
        }
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.format("controls.error.whole", field, text.trim()));
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
            throw new IllegalArgumentException(Texts.format("controls.error.field", field, m));
        }
    }
}
