package ganexplorer.train;

import ganexplorer.data.PointMass;
import ganexplorer.data.TrainingData;
import ganexplorer.metrics.PointMassMetrics;
import ganexplorer.model.DiracGan;
import ganexplorer.objective.Objective;
import ganexplorer.objective.OptimizerSpec;
import ganexplorer.objective.Softplus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Dirac GAN (Mescheder et al. 2018) as a {@link Session}: two numbers, theta (G) and psi (the critic), stepped by
 * the closed-form gradients of {@link DiracGame} under any objective, WGAN-GP's penalty, R1 and R2, alternating or
 * simultaneous. Each player is a one-value parameter vector with the same optimizers as the networks (plain SGD in the
 * paper), kept in float like them, so a checkpoint continues exactly. No randomness: every batch is the same.
 */
final class DiracSession implements Session {
    /** Field arrows per side of the drawn plane. */
    static final int FIELD_SIDE = 17;
    /**
     * The drawn square's half widths: the smallest of these that holds the first {@link #VIEW_HORIZON} steps from the
     * experiment's start, at least Mescheder et al.'s [-2, 2]^2 and at most the last (beyond it the view says where
     * the point went).
     */
    private static final double[] EXTENTS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 20};
    /** The Dirac presets' budget: 12.5 s at the app's pace. */
    static final int VIEW_HORIZON = 500;
    /**
     * Steps per second the app trains this game at: unpaced it runs thousands a second and a class sees only the
     * end; at 40, the presets' 500 steps take 12.5 s.
     */
    static final double WATCH_PACE = 40;
    /** The app keeps this many trajectory points; beyond it the older half goes. */
    private static final int MAX_TRAJECTORY = 20_000;

    private final TrainingConfig config;
    private final PointMass data;
    private final INDArray theta = Nd4j.create(DataType.FLOAT, 1, 1);
    private final INDArray psi = Nd4j.create(DataType.FLOAT, 1, 1);
    private final INDArray thetaGradient = Nd4j.create(DataType.FLOAT, 1, 1);
    private final INDArray psiGradient = Nd4j.create(DataType.FLOAT, 1, 1);
    private final ParameterOptimizer generatorOptimizer;
    private final ParameterOptimizer criticOptimizer;
    private final List<SwapEvent> events = new ArrayList<>();
    private float[] trajectory = new float[256];
    private int trajectoryPoints;
    private Objective objective;
    private Hyperparameters hyper;
    private long step;
    private long criticUpdates;
    private IterationStats lastStats;
    private DiracGame.CriticGradient lastCritic;
    private double extent; // 0 until the app first draws this experiment

    DiracSession(TrainingConfig config) {
        this.config = config;
        this.data = (PointMass) config.data(); // the config has refused any other data for this model
        DiracGan start = (DiracGan) config.architecture();
        theta.putScalar(0, start.theta0());
        psi.putScalar(0, start.psi0());
        this.hyper = config.hyperparameters();
        this.objective = hyper.objective(config.objective());
        this.generatorOptimizer = new ParameterOptimizer(theta, hyper.generatorOptimizer());
        this.criticOptimizer = new ParameterOptimizer(psi, hyper.criticOptimizer());
        remember();
    }

    @Override
    public TrainingConfig config() {
        return config;
    }

    @Override
    public TrainingData data() {
        return data;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public Hyperparameters hyperparameters() {
        return hyper;
    }

    @Override
    public List<SwapEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public IterationStats lastStats() {
        return lastStats;
    }

    double theta() {
        return theta.getDouble(0);
    }

    double psi() {
        return psi.getDouble(0);
    }

    /** Gradient norms are |dL/dpsi| and |dL/dtheta|: free here, so always measured. */
    @Override
    public IterationStats iterate(boolean measureGradientNorms) {
        boolean together = hyper.updates() == UpdateScheme.SIMULTANEOUS;
        for (int k = together ? 1 : 0; k < hyper.criticSteps(); k++) {
            criticUpdate();
        }
        if (together) {
            // both gradients at the same (theta, psi), then both steps
            DiracGame.CriticGradient c = criticGradient();
            DiracGame.GeneratorGradient g = DiracGame.generator(objective, theta(), psi());
            applyCriticStep(c);
            applyGeneratorStep(g);
            remember();
        } else {
            generatorUpdate();
        }
        return lastStats;
    }

    @Override
    public void halfStep(Command.StepSize size) {
        switch (size) {
            case CRITIC_UPDATE -> criticUpdate();
            case GENERATOR_UPDATE -> generatorUpdate();
            case ITERATION -> iterate(true);
        }
    }

    void criticUpdate() {
        applyCriticStep(criticGradient());
        remember();
    }

    void generatorUpdate() {
        applyGeneratorStep(DiracGame.generator(objective, theta(), psi()));
        remember();
    }

    private DiracGame.CriticGradient criticGradient() {
        return DiracGame.critic(objective, data.at(), theta(), psi(), hyper.r1(), hyper.r2());
    }

    private void applyCriticStep(DiracGame.CriticGradient c) {
        lastCritic = c;
        psiGradient.putScalar(0, c.dPsi());
        criticOptimizer.step(psiGradient);
        double clip = objective.weightClip();
        if (clip > 0) {
            psi.putScalar(0, Math.max(-clip, Math.min(clip, psi())));
        }
        criticUpdates++;
    }

    private void applyGeneratorStep(DiracGame.GeneratorGradient g) {
        thetaGradient.putScalar(0, g.dTheta());
        if (config.generator().trains()) { // frozen: theta stays where it started
            generatorOptimizer.step(thetaGradient);
        }
        step++;
        DiracGame.CriticGradient c = lastCritic;
        lastStats = c == null
                ? new IterationStats(step, Double.NaN, g.loss(), Double.NaN, Double.NaN, Double.NaN, Math.abs(g.dTheta()))
                : new IterationStats(step, c.loss(), g.loss(), c.meanReal() - c.meanFake(), c.penalty(),
                        Math.abs(c.dPsi()), Math.abs(g.dTheta()));
    }

    /**
     * Appends where the players are now to the trajectory: after each move, so alternating updates draw their
     * staircase and simultaneous ones a straight step.
     */
    private void remember() {
        if (2 * trajectoryPoints + 2 > trajectory.length) {
            if (trajectoryPoints >= MAX_TRAJECTORY) {
                int keep = trajectoryPoints / 2;
                System.arraycopy(trajectory, 2 * (trajectoryPoints - keep), trajectory, 0, 2 * keep);
                trajectoryPoints = keep;
            } else {
                trajectory = Arrays.copyOf(trajectory, trajectory.length * 2);
            }
        }
        trajectory[2 * trajectoryPoints] = theta.getFloat(0);
        trajectory[2 * trajectoryPoints + 1] = psi.getFloat(0);
        trajectoryPoints++;
    }

    @Override
    public void swapObjective(String id) {
        Objective next = hyper.objective(id);
        if (next.equals(objective)) {
            return;
        }
        events.add(new SwapEvent(step, objective.id(), next.id()));
        objective = next;
        hyper = hyper.afterSwapTo(next);
        generatorOptimizer.reset(hyper.generatorOptimizer());
        criticOptimizer.reset(hyper.criticOptimizer());
    }

    @Override
    public void setHyperparameters(Hyperparameters h) {
        objective = h.objective(objective.id());
        hyper = h;
        generatorOptimizer.retune(h.generatorOptimizer());
        criticOptimizer.retune(h.criticOptimizer());
    }

    /** n copies of the data point and n of theta; the players and the exact W1 = |theta - a| come along measured. */
    @Override
    public EvaluationSample evaluationSample(int n) {
        float[] real = new float[n];
        float[] fake = new float[n];
        Arrays.fill(real, (float) data.at());
        Arrays.fill(fake, theta.getFloat(0));
        double t = theta();
        double p = psi();
        return new EvaluationSample(step, real, fake, p * data.at(), p * t, null,
                new PointMassMetrics(t, p, Math.abs(t - data.at())), Softplus.sigmoid(p * data.at()), Softplus.sigmoid(p * t));
    }

    @Override
    public double watchPace() {
        return WATCH_PACE;
    }

    @Override
    public Pictures pictures(EvaluationSample sample, int heatmapResolution, boolean interactive) {
        if (!interactive) {
            return new VectorFieldPictures(sample.real(), sample.fake(), theta(), psi(), null, null, FIELD_SIDE, 0,
                    arrows(), data.at());
        }
        if (extent == 0) {
            extent = viewExtent(config);
        }
        return new VectorFieldPictures(sample.real(), sample.fake(), theta(), psi(),
                Arrays.copyOf(trajectory, 2 * trajectoryPoints), field(FIELD_SIDE, extent), FIELD_SIDE, extent,
                arrows(), data.at());
    }

    /** With plain SGD on both sides a step depends on the point alone, so the view can show the steps themselves. */
    private VectorFieldPictures.Arrows arrows() {
        return hyper.generatorOptimizer() instanceof OptimizerSpec.PlainSgd
                && hyper.criticOptimizer() instanceof OptimizerSpec.PlainSgd
                ? VectorFieldPictures.Arrows.SGD_MOVE : VectorFieldPictures.Arrows.GRADIENT;
    }

    /**
     * The view's half width for an experiment, fixed so the picture never jumps: it plays the experiment's first
     * {@link #VIEW_HORIZON} steps from its start and takes the smallest of {@link #EXTENTS} that holds them with a
     * tenth to spare. Under plain SGD the steps are played in double precision by {@link DiracGame#sgdMove} (under a
     * millisecond); an optimizer with a state needs a session of its own (ND4J updaters: 100-400 ms here). Scheduled
     * swaps are not played (no Dirac preset has one).
     */
    static double viewExtent(TrainingConfig config) {
        DiracSession ahead = new DiracSession(config);
        boolean sgd = ahead.arrows() == VectorFieldPictures.Arrows.SGD_MOVE;
        double t = ahead.theta();
        double p = ahead.psi();
        double far = Math.max(Math.abs(t), Math.abs(p));
        double limit = EXTENTS[EXTENTS.length - 1];
        for (int i = 0; i < VIEW_HORIZON && 1.1 * far <= limit; i++) {
            if (sgd) {
                double[] move = DiracGame.sgdMove(ahead.objective, ahead.data.at(), t, p, ahead.hyper);
                t += move[0];
                p += move[1];
            } else {
                ahead.iterate(false);
                t = ahead.theta();
                p = ahead.psi();
            }
            if (!Double.isFinite(t) || !Double.isFinite(p)) {
                break; // it blew up: the largest square, and the view says the point left it
            }
            far = Math.max(far, Math.max(Math.abs(t), Math.abs(p)));
        }
        for (double e : EXTENTS) {
            if (1.1 * far <= e) {
                return e;
            }
        }
        return limit;
    }

    /**
     * The field on a side^2 grid over [-extent, extent]^2, penalties included: one SGD iteration's move, or the
     * negative gradients (see {@link VectorFieldPictures.Arrows}).
     */
    float[] field(int side, double extent) {
        boolean moves = arrows() == VectorFieldPictures.Arrows.SGD_MOVE;
        float[] out = new float[2 * side * side];
        for (int row = 0; row < side; row++) {
            double p = -extent + 2 * extent * row / (side - 1);
            for (int col = 0; col < side; col++) {
                double t = -extent + 2 * extent * col / (side - 1);
                double[] v = moves ? DiracGame.sgdMove(objective, data.at(), t, p, hyper)
                        : DiracGame.field(objective, data.at(), t, p, hyper.r1(), hyper.r2());
                out[2 * (row * side + col)] = (float) v[0];
                out[2 * (row * side + col) + 1] = (float) v[1];
            }
        }
        return out;
    }

    @Override
    public GeneratorCopy generatorCopy() {
        return null;
    }

    @Override
    public SessionState capture() {
        return new SessionState(step, criticUpdates, objective.id(), hyper, new float[] {theta.getFloat(0)},
                new float[] {psi.getFloat(0)}, generatorOptimizer.stateCopy(), generatorOptimizer.iteration(),
                criticOptimizer.stateCopy(), criticOptimizer.iteration(), events);
    }

    @Override
    public void restore(SessionState s) {
        if (s.generator().length != 1 || s.critic().length != 1) {
            throw new IllegalArgumentException("a Dirac GAN state holds one number per player, got "
                    + s.generator().length + " and " + s.critic().length);
        }
        hyper = s.hyperparameters();
        objective = hyper.objective(s.objective());
        theta.putScalar(0, s.generator()[0]);
        psi.putScalar(0, s.critic()[0]);
        generatorOptimizer.reset(hyper.generatorOptimizer());
        criticOptimizer.reset(hyper.criticOptimizer());
        generatorOptimizer.restore(s.generatorOptimizer(), s.generatorOptimizerIteration());
        criticOptimizer.restore(s.criticOptimizer(), s.criticOptimizerIteration());
        step = s.step();
        criticUpdates = s.criticUpdates();
        events.clear();
        events.addAll(s.events());
        remember(); // a rollback's jump shows as a jump back along the path
    }
}
