package ganexplorer.objective;

/** Numerically stable log-sigmoid pieces: -log sigma(x) = softplus(-x), -log(1 - sigma(x)) = softplus(x). */
public final class Softplus {
    private Softplus() {
    }

    /** log(1 + e^x) without overflow for large |x|. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }
}
