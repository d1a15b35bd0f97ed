package ganexplorer.metrics.image;

/**
 * What the classifier says about generated images alone.
 *
 * @param classCoverage  classes c that at least 1% of the samples are confidently (top probability >= 0.9) classified
 *                       as: a class counts only when the generator draws it recognisably and not as a rare accident
 *                       (the same 1% rule as mode coverage on the 2-D sets, DESIGN.md)
 * @param classesTotal   how many classes the classifier knows
 * @param confidentShare share of samples whose top class probability is at least 0.9
 * @param inceptionScore exp(mean_x KL(p(y|x) || p(y))), Salimans et al. 2016, with our classifier in place of
 *                       Inception: high when each sample is confidently one class (low-entropy p(y|x)) and the classes
 *                       are used evenly (high-entropy p(y)); between 1 and classesTotal
 */
public record ClassStatistics(int classCoverage, int classesTotal, double confidentShare, double inceptionScore) {
    public static final double CONFIDENT = 0.9;
    /** A class is covered when at least 1 in 100 samples is confidently of it. */
    static final int COVERAGE_PER_HUNDRED = 1;

    public static ClassStatistics of(Embedding e) {
        int n = e.n();
        int k = e.classes();
        float[] p = e.probabilities();
        int[] confidentPerClass = new int[k];
        int confident = 0;
        double[] marginal = new double[k];
        for (int i = 0; i < n; i++) {
            int top = argmax(p, i * k, k);
            if (p[i * k + top] >= CONFIDENT) {
                confident++;
                confidentPerClass[top]++;
            }
            for (int c = 0; c < k; c++) {
                marginal[c] += p[i * k + c] / (double) n;
            }
        }
        int covered = 0;
        for (int count : confidentPerClass) {
            if (count * 100L >= (long) COVERAGE_PER_HUNDRED * n) {
                covered++;
            }
        }
        double klSum = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double q = p[i * k + c];
                if (q > 0) { // 0 log 0 = 0
                    klSum += q * (Math.log(q) - Math.log(marginal[c]));
                }
            }
        }
        return new ClassStatistics(covered, k, confident / (double) n, Math.exp(klSum / n));
    }

    /** Share of the samples whose top class is the label they were generated for (labels[i] for sample i). */
    public static double labelAgreement(Embedding e, int[] labels) {
        if (labels.length != e.n()) {
            throw new IllegalArgumentException(labels.length + " labels for " + e.n() + " samples");
        }
        int agree = 0;
        for (int i = 0; i < labels.length; i++) {
            if (argmax(e.probabilities(), i * e.classes(), e.classes()) == labels[i]) {
                agree++;
            }
        }
        return agree / (double) labels.length;
    }

    /** Index of the largest of the k values starting at offset (the first on ties). */
    static int argmax(float[] values, int offset, int k) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (values[offset + c] > values[offset + best]) {
                best = c;
            }
        }
        return best;
    }
}
