package ganexplorer.metrics;

import java.util.List;
import java.util.Locale;

/**
 * What is measured of a Dirac-GAN step: the two players themselves and the exact W1 between the point masses at 0
 * and theta, which is |theta|. No modes, no grid divergences (the JS divergence of two point masses is log 2 unless
 * they coincide), no quality share: they would say nothing here.
 *
 * @param theta  where G puts all its mass
 * @param psi    the critic's slope, D(x) = psi x (NaN when only samples were measured)
 * @param w1     the exact W1, |theta - data point|
 */
public record PointMassMetrics(double theta, double psi, double w1) implements SampleQuality {

    /** theta and W1 from samples alone (every fake is theta, every real the data point); psi is unknown. */
    public static PointMassMetrics ofSamples(float[] real, float[] fake) {
        double theta = mean(fake);
        return new PointMassMetrics(theta, Double.NaN, Math.abs(theta - mean(real)));
    }

    /** Distance of (theta, psi) from the equilibrium (0, 0). */
    public double radius() {
        return Math.hypot(theta, psi);
    }

    @Override
    public double distance() {
        return w1;
    }

    @Override
    public double coverage() {
        return Double.NaN;
    }

    @Override
    public double qualityShare() {
        return Double.NaN;
    }

    @Override
    public List<String> csvColumns() {
        return List.of("theta", "psi", "radius", "w1");
    }

    @Override
    public List<Double> csvValues() {
        return List.of(theta, psi, radius(), w1);
    }

    @Override
    public String summary() {
        return String.format(Locale.ROOT, "theta %.4f  psi %.4f  W1 %.4f", theta, psi, w1);
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }
}
