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
     * A last-row check may instead take, by {@code of}, the smallest or largest value over all rows or how often its
     * sign changes between rows.
     *
     * @param of {@code last} (the default when absent), {@code min}, {@code max} or {@code sign_changes} (a row at
     *           exactly 0 neither starts nor ends a change)
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Check(String metric, String op, Double value, Double ofFirst, Double rowShare, String spearmanWith,
                        String of) {
        private static final List<String> OVER = List.of("last", "min", "max", "sign_changes");

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
            if (of != null && !OVER.contains(of)) {
                throw new IllegalArgumentException("a check's 'of' must be one of " + String.join(", ", OVER) + "; got " + of);
            }
            if (of != null && (rowShare != null || spearmanWith != null)) {
                throw new IllegalArgumentException("a check on " + metric + " over all rows takes no 'of'");
            }
        }

        /** A check over all rows (rowShare or spearmanWith). */
        public Check(String metric, String op, Double value, Double ofFirst, Double rowShare, String spearmanWith) {
            this(metric, op, value, ofFirst, rowShare, spearmanWith, null);
        }

        /** A check on the last row, or on the min, max or sign changes over all rows. */
        public Check(String metric, String op, Double value, Double ofFirst, String of) {
            this(metric, op, value, ofFirst, null, null, of);
        }

        /** A check on the last row. */
        public Check(String metric, String op, Double value, Double ofFirst) {
            this(metric, op, value, ofFirst, null, null, null);
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
            double measured = reduce(rows);
            double bound = value != null ? value : ofFirst * rows.get(0).value(metric);
            String against = value != null ? fmt(bound) : fmt(ofFirst) + " x first (" + fmt(bound) + ")";
            String what = of == null || of.equals("last") ? metric : of + "(" + metric + ")";
            return new Outcome(compare(measured, bound), what + " " + fmt(measured) + " " + op + " " + against);
        }

        private double reduce(List<MetricRow> rows) {
            String over = of == null ? "last" : of;
            if (over.equals("last")) {
                return rows.get(rows.size() - 1).value(metric);
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int changes = 0;
            double lastSign = 0;
            for (MetricRow row : rows) {
                double v = row.value(metric);
                min = Math.min(min, v);
                max = Math.max(max, v);
                double sign = Math.signum(v);
                if (sign != 0) {
                    changes += lastSign != 0 && sign != lastSign ? 1 : 0;
                    lastSign = sign;
                }
            }
            return switch (over) {
                case "min" -> min;
                case "max" -> max;
                default -> changes;
            };
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
