package ganexplorer.objective;

import static ganexplorer.objective.Softplus.sigmoid;
import static ganexplorer.objective.Softplus.softplus;

/** The original minimax GAN: G minimises mean log(1 - sigma(f)), whose gradient vanishes when D wins. */
public record BceMinimax() implements Objective {
    @Override
    public String id() {
        return "bce-minimax";
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
            sum -= softplus(f[i]); // log(1 - sigma(f)) = -softplus(f)
            df[i] = -sigmoid(f[i]) / n;
        }
        return new LossGradient(sum / n, null, df);
    }
}
