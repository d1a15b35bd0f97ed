package ganexplorer.objective;

/** LSGAN with targets 0 (fake) and 1 (real): quadratic losses that keep pulling samples that D already accepts. */
public record LeastSquares() implements Objective {
    @Override
    public String id() {
        return "least-squares";
    }

    @Override
    public LossGradient criticLoss(double[] r, double[] f) {
        double sum = 0;
        double[] dr = new double[r.length];
        double[] df = new double[f.length];
        for (int i = 0; i < r.length; i++) {
            sum += 0.5 * (r[i] - 1) * (r[i] - 1) / r.length;
            dr[i] = (r[i] - 1) / r.length;
        }
        for (int i = 0; i < f.length; i++) {
            sum += 0.5 * f[i] * f[i] / f.length;
            df[i] = f[i] / f.length;
        }
        return new LossGradient(sum, dr, df);
    }

    @Override
    public LossGradient generatorLoss(double[] f) {
        double sum = 0;
        double[] df = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            sum += 0.5 * (f[i] - 1) * (f[i] - 1) / f.length;
            df[i] = (f[i] - 1) / f.length;
        }
        return new LossGradient(sum, null, df);
    }
}
