package ganexplorer.objective;

import java.util.Arrays;

/** The Wasserstein critic and generator losses, -mean(r) + mean(f) and -mean(f), shared by WGAN, WGAN-GP and hinge's G. */
final class WassersteinLoss {
    private WassersteinLoss() {
    }

    static LossGradient critic(double[] r, double[] f) {
        double[] dr = new double[r.length];
        double[] df = new double[f.length];
        Arrays.fill(dr, -1.0 / r.length);
        Arrays.fill(df, 1.0 / f.length);
        return new LossGradient(mean(f) - mean(r), dr, df);
    }

    static LossGradient generator(double[] f) {
        double[] df = new double[f.length];
        Arrays.fill(df, -1.0 / f.length);
        return new LossGradient(-mean(f), null, df);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
