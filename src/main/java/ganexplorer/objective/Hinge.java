package ganexplorer.objective;

/** Hinge loss (SAGAN / BigGAN): the critic stops pushing once r > 1 and f < -1. */
public record Hinge() implements Objective {
    @Override
    public String id() {
        return "hinge";
    }

    @Override
    public LossGradient criticLoss(double[] r, double[] f) {
        double sum = 0;
        double[] dr = new double[r.length];
        double[] df = new double[f.length];
        for (int i = 0; i < r.length; i++) {
            if (r[i] < 1) {
                sum += (1 - r[i]) / r.length;
                dr[i] = -1.0 / r.length;
            }
        }
        for (int i = 0; i < f.length; i++) {
            if (f[i] > -1) {
                sum += (1 + f[i]) / f.length;
                df[i] = 1.0 / f.length;
            }
        }
        return new LossGradient(sum, dr, df);
    }

    @Override
    public LossGradient generatorLoss(double[] f) {
        return WassersteinLoss.generator(f);
    }

    @Override
    public OptimizerSpec defaultOptimizer() {
        return new OptimizerSpec.Adam(2e-4, 0.0, 0.9);
    }
}
