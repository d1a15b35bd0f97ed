package ganexplorer.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a preset promises, as data the test suite (and a teacher's {@code lesson --check}) evaluates: after
 * {@code steps} steps on each of {@code seeds}, every check holds on at least {@code atLeast} of them.
 */
public record Expectation(long steps, List<Long> seeds, int atLeast, List<Check> checks) {
    public Expectation {
        seeds = List.copyOf(seeds);
        checks = List.copyOf(checks);
        if (steps < 1 || seeds.isEmpty() || atLeast < 1 || atLeast > seeds.size() || checks.isEmpty()) {
            throw new IllegalArgumentException("an expectation needs steps >= 1, seeds, 1 <= atLeast <= the number of "
                    + "seeds, and at least one check");
        }
    }

    /**
     * One condition on a run's metric rows, of one of three kinds:
     * <ul>
     * <li>the last row's {@code metric} compared by {@code op} with {@code value}, or with {@code ofFirst} times the
     * first row's (a fall to a third: {@code <=} and 0.333);</li>
     * <li>with {@code rowShare}: at least that share of all the rows has {@code metric op value} (the critic's
     * estimate at most 1.1 x the exact W1 on 90% of rows: {@code critic_over_w1 <= 1.1}, rowShare 0.9);</li>
     * <li>with {@code spearmanWith}: Spearman's rank correlation over all the rows between {@code metric} and that
     * metric, compared by {@code op} with {@code value} (does the critic's estimate rank the rows as W1 does).</li>
     * </ul>
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Check(String metric, String op, Double value, Double ofFirst, Double rowShare, String spearmanWith) {
        public Check {
            if (!List.of("<", "<=", ">", ">=", "==").contains(op)) {
                throw new IllegalArgumentException("a check's op must be one of <, <=, >, >=, ==; got " + op);
            }
            if ((value == null) == (ofFirst == null)) {
                throw new IllegalArgumentException("a check on " + metric + " needs exactly one of value and ofFirst");
            }
            if ((rowShare != null || spearmanWith != null) && value == null) {
                throw new IllegalArgumentException("a check on " + metric + " over all rows (rowShare or spearmanWith) "
                        + "needs a value, not ofFirst");
            }
            if (rowShare != null && spearmanWith != null) {
                throw new IllegalArgumentException("a check on " + metric + " takes rowShare or spearmanWith, not both");
            }
            if (rowShare != null && !(rowShare > 0 && rowShare <= 1)) {
                throw new IllegalArgumentException("a check's rowShare must lie in (0, 1], got " + rowShare);
            }
        }

        /** A check on the last row. */
        public Check(String metric, String op, Double value, Double ofFirst) {
            this(metric, op, value, ofFirst, null, null);
        }

        /** Whether it holds on {@code rows}, and a sentence with the numbers either way. */
        public Outcome on(List<MetricRow> rows) {
            if (rows.isEmpty()) {
                return new Outcome(false, metric + ": no metric rows");
            }
            if (rowShare != null) {
                long passing = rows.stream().filter(r -> compare(r.value(metric), value)).count();
                double share = (double) passing / rows.size();
                return new Outcome(share >= rowShare, metric + " " + op + " " + fmt(value) + " on " + passing + " of "
                        + rows.size() + " rows (" + fmt(share) + ", need " + fmt(rowShare) + ")");
            }
            if (spearmanWith != null) {
                double rho = spearman(rows, metric, spearmanWith);
                return new Outcome(compare(rho, value), "Spearman rho(" + metric + ", " + spearmanWith + ") " + fmt(rho)
                        + " " + op + " " + fmt(value) + " over " + rows.size() + " rows");
            }
            double last = rows.get(rows.size() - 1).value(metric);
            double bound = value != null ? value : ofFirst * rows.get(0).value(metric);
            String against = value != null ? fmt(bound) : fmt(ofFirst) + " x first (" + fmt(bound) + ")";
            return new Outcome(compare(last, bound), metric + " " + fmt(last) + " " + op + " " + against);
        }

        private boolean compare(double x, double bound) {
            return switch (op) {
                case "<" -> x < bound;
                case "<=" -> x <= bound;
                case ">" -> x > bound;
                case ">=" -> x >= bound;
                default -> x == bound;
            };
        }

        /** Commons Math's Spearman correlation (ties get their mean rank); NaN with fewer than 3 rows or a NaN value. */
        static double spearman(List<MetricRow> rows, String a, String b) {
            double[] x = rows.stream().mapToDouble(r -> r.value(a)).toArray();
            double[] y = rows.stream().mapToDouble(r -> r.value(b)).toArray();
            boolean finite = java.util.Arrays.stream(x).allMatch(Double::isFinite)
                    && java.util.Arrays.stream(y).allMatch(Double::isFinite);
            return rows.size() < 3 || !finite ? Double.NaN
                    : new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(x, y);
        }

        private static String fmt(double v) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
    }

    /** A check's or an expectation's verdict, with the numbers. */
    public record Outcome(boolean holds, String detail) {
    }

    /** The verdict on one run per seed, in the order of {@link #seeds()}. */
    public Outcome judge(List<List<MetricRow>> runs) {
        int passing = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<String> parts = new ArrayList<>();
            boolean all = true;
            for (Check c : checks) {
                Outcome o = c.on(runs.get(i));
                all &= o.holds();
                parts.add((o.holds() ? "ok " : "FAILS ") + o.detail());
            }
            passing += all ? 1 : 0;
            lines.add("seed " + seeds.get(i) + ": " + String.join("; ", parts));
        }
        boolean holds = passing >= atLeast;
        return new Outcome(holds, passing + " of " + runs.size() + " seeds pass (need " + atLeast + ") after " + steps
                + " steps\n  " + String.join("\n  ", lines));
    }
}
