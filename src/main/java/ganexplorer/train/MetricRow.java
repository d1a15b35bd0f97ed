package ganexplorer.train;

/**
 * One row of the metric history: the losses and gradient norms of the iteration that ended at {@code step}, and
 * the measurements on that step's evaluation sample. NaN where a value does not apply (no modes, say).
 */
public record MetricRow(long step, String objective, double criticLoss, double generatorLoss, double criticEstimate,
                        double w1, int modesCovered, int modesTotal, double highQualityFraction, double js, double kl,
                        double generatorGradNorm, double criticGradNorm) {

    public static final String CSV_HEADER =
            "step,objective,d_loss,g_loss,critic_w,w1,modes_covered,high_quality_fraction,js,g_grad_norm,d_grad_norm";

    public String toCsv() {
        return step + "," + objective + "," + num(criticLoss) + "," + num(generatorLoss) + "," + num(criticEstimate) + ","
                + num(w1) + "," + modesCovered + "," + num(highQualityFraction) + "," + num(js) + ","
                + num(generatorGradNorm) + "," + num(criticGradNorm);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
