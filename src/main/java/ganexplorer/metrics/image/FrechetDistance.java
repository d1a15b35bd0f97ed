package ganexplorer.metrics.image;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Fréchet (2-Wasserstein) distance between Gaussians fitted to two feature sets, as FID does (Heusel et al. 2017,
 * "GANs Trained by a Two Time-Scale Update Rule..."; the closed form is Dowson and Landau 1982):
 * |mu1 - mu2|^2 + Tr(S1 + S2 - 2 (S1^1/2 S2 S1^1/2)^1/2).
 * The square roots are taken through symmetric eigendecompositions, so the result stays real where the
 * non-symmetric product S1 S2 would give tiny imaginary parts. Covariances are unbiased (n - 1), as numpy's cov in
 * the reference FID code.
 */
public final class FrechetDistance {
    private FrechetDistance() {
    }

    public static double between(FeatureRows a, FeatureRows b) {
        if (a.dim() != b.dim()) {
            throw new IllegalArgumentException("feature sizes differ: " + a.dim() + " and " + b.dim());
        }
        if (a.n() < 2 || b.n() < 2) {
            throw new IllegalArgumentException("a covariance needs at least 2 samples per set, got " + a.n() + " and " + b.n());
        }
        double[] muA = mean(a);
        double[] muB = mean(b);
        double meanTerm = 0;
        for (int c = 0; c < muA.length; c++) {
            meanTerm += (muA[c] - muB[c]) * (muA[c] - muB[c]);
        }
        RealMatrix sA = covariance(a, muA);
        RealMatrix sB = covariance(b, muB);
        RealMatrix rootA = symmetricSqrt(sA);
        double traceRoot = 0;
        for (double lambda : new EigenDecomposition(symmetrised(rootA.multiply(sB).multiply(rootA))).getRealEigenvalues()) {
            traceRoot += Math.sqrt(Math.max(lambda, 0)); // rounding can push zero eigenvalues slightly negative
        }
        return Math.max(0, meanTerm + sA.getTrace() + sB.getTrace() - 2 * traceRoot);
    }

    static double[] mean(FeatureRows x) {
        double[] mu = new double[x.dim()];
        for (int i = 0; i < x.n(); i++) {
            for (int c = 0; c < x.dim(); c++) {
                mu[c] += x.get(i, c);
            }
        }
        for (int c = 0; c < mu.length; c++) {
            mu[c] /= x.n();
        }
        return mu;
    }

    static RealMatrix covariance(FeatureRows x, double[] mu) {
        int d = x.dim();
        double[][] s = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < x.n(); i++) {
            for (int c = 0; c < d; c++) {
                centred[c] = x.get(i, c) - mu[c];
            }
            for (int r = 0; r < d; r++) {
                double v = centred[r];
                for (int c = r; c < d; c++) {
                    s[r][c] += v * centred[c];
                }
            }
        }
        for (int r = 0; r < d; r++) {
            for (int c = r; c < d; c++) {
                s[r][c] /= x.n() - 1;
                s[c][r] = s[r][c];
            }
        }
        return new Array2DRowRealMatrix(s, false);
    }

    /** V diag(sqrt(max(lambda, 0))) V^T of a symmetric positive semi-definite matrix. */
    static RealMatrix symmetricSqrt(RealMatrix s) {
        EigenDecomposition e = new EigenDecomposition(s);
        RealMatrix v = e.getV();
        double[] lambda = e.getRealEigenvalues();
        int d = lambda.length;
        double[][] scaled = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                scaled[r][c] = v.getEntry(r, c) * Math.sqrt(Math.max(lambda[c], 0));
            }
        }
        return symmetrised(new Array2DRowRealMatrix(scaled, false).multiply(v.transpose()));
    }

    /** (M + M^T) / 2: removes rounding asymmetry so EigenDecomposition takes its symmetric (real) path. */
    private static RealMatrix symmetrised(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }
}
