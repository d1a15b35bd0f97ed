package ganexplorer.objective;

import static ganexplorer.objective.Softplus.sigmoid;
import static ganexplorer.objective.Softplus.softplus;

/** The binary cross-entropy critic loss shared by both BCE objectives: -mean log sigma(r) - mean log(1 - sigma(f)). */
final class BceCritic {
    private BceCritic() {
    }

    static LossGradient loss(double[] r, double[] f) {
        int n = r.length;
        double sum = 0;
        double[] dr = new double[n];
        double[] df = new double[f.length];
        for (int i = 0; i < n; i++) {
            sum += softplus(-r[i]) / n;
            dr[i] = (sigmoid(r[i]) - 1) / n;
        }
        for (int i = 0; i < f.length; i++) {
            sum += softplus(f[i]) / f.length;
            df[i] = sigmoid(f[i]) / f.length;
        }
        return new LossGradient(sum, dr, df);
    }
}
