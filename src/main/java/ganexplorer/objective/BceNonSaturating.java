package ganexplorer.objective;

import static ganexplorer.objective.Softplus.sigmoid;
import static ganexplorer.objective.Softplus.softplus;

/** The non-saturating GAN: G minimises -mean log sigma(f), which keeps a strong gradient when D wins. */
public record BceNonSaturating() implements Objective {
    @Override
    public String id() {
        return "bce";
    }

    @Override
    public LossGradient criticLoss(double[] r, double[] f) {
        return BceCritic.loss(r, f);
    }

    @Override
    public LossGradient generatorLoss(double[] f) {
        int n = f.length;
        double sum = 0;
        double[] df = new double[n];
        for (int i = 0; i < n; i++) {
            sum += softplus(-f[i]);
            df[i] = (sigmoid(f[i]) - 1) / n;
        }
        return new LossGradient(sum / n, null, df);
    }
}
