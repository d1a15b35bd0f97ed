package ganexplorer.train;

import ganexplorer.data.ImageData;
import ganexplorer.data.TrainingData;
import ganexplorer.data.ImageShape;
import ganexplorer.data.ToyDistribution;
import ganexplorer.model.ClassConditionalCritic;
import ganexplorer.model.ConvNetSpec;
import ganexplorer.model.Dcgan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.model.Network;
import ganexplorer.model.NetworkSpec;
import ganexplorer.model.Prior;
import ganexplorer.objective.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The ND4J state of one GAN (2-D points or images, as flat rows) and the update rules: the {@link Session} of every
 * GAN experiment, owned by exactly one thread (the trainer's). Everything that leaves it is a plain Java copy.
 */
public final class GanSession implements Session {
    private final TrainingConfig config;
    private final TrainingData data;
    private final int dim;
    private final NetworkSpec generatorSpec;
    private final Prior prior;
    private final int latentSize;
    private final Network generator;
    private final Network critic;
    /** The critic again when it is class-conditional (then G reads z and a one-hot label), else null. */
    private final ClassConditionalCritic labelledCritic;
    private final ParameterOptimizer generatorOptimizer;
    private final ParameterOptimizer criticOptimizer;
    private final PlaneViews planeViews;
    /** Whether G trains, is frozen, or is replaced by real data plus noise (then {@code noise} is its sigma). */
    private final GeneratorMode generatorMode;
    private final AdversarialLosses losses = new AdversarialLosses(DataType.FLOAT);
    private final List<SwapEvent> events = new ArrayList<>();
    private Objective objective;
    private Hyperparameters hyper;
    private long step;
    private long criticUpdates;
    private BatchBuffers batch;
    private IterationStats lastStats;

    public GanSession(TrainingConfig config) {
        this(config, config.data());
    }

    /** A session on data of the caller's own (tests: small generated image sets); {@code config} names it. */
    GanSession(TrainingConfig config, TrainingData data) {
        this.config = config;
        this.data = data;
        this.generatorMode = config.generator();
        this.dim = data.dimension();
        GanArchitecture arch = config.architecture();
        this.prior = arch.prior();
        this.latentSize = arch.latentSize();
        ImageShape image = data instanceof ImageData images ? images.shape() : null;
        this.generatorSpec = arch.generatorSpec(dim, image);
        this.generator = generatorSpec.build(DataType.FLOAT);
        if (arch instanceof Dcgan d && d.conditional()) {
            ((ImageData) data).requireLabels(d.classes()); // a Dcgan has refused 2-D points already
            this.labelledCritic = new ClassConditionalCritic((ConvNetSpec) arch.criticSpec(dim, image), DataType.FLOAT);
            this.critic = labelledCritic;
        } else {
            this.labelledCritic = null;
            this.critic = arch.criticSpec(dim, image).build(DataType.FLOAT);
        }
        generator.initialize(RandomStreams.stream(config.seed(), RandomStreams.INIT_GENERATOR, 0));
        critic.initialize(RandomStreams.stream(config.seed(), RandomStreams.INIT_CRITIC, 0));
        this.planeViews = new PlaneViews(generator, critic, prior, latentSize);
        this.hyper = config.hyperparameters();
        this.objective = hyper.objective(config.objective());
        this.generatorOptimizer = new ParameterOptimizer(generator.parameters(), hyper.generatorOptimizer());
        this.criticOptimizer = new ParameterOptimizer(critic.parameters(), hyper.criticOptimizer());
    }

    @Override
    public TrainingConfig config() {
        return config;
    }

    @Override
    public TrainingData data() {
        return data;
    }

    public NetworkSpec generatorSpec() {
        return generatorSpec;
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public Hyperparameters hyperparameters() {
        return hyper;
    }

    /** Completed generator steps. */
    @Override
    public long step() {
        return step;
    }

    @Override
    public List<SwapEvent> events() {
        return List.copyOf(events);
    }

    /** How many classes G and the critic are conditioned on; 0 when they are not. */
    public int classes() {
        return labelledCritic == null ? 0 : labelledCritic.classes();
    }

    @Override
    public IterationStats lastStats() {
        return lastStats;
    }

    /**
     * criticSteps critic updates, then one generator update. Gradient norms cost a reduction each, so they are only
     * measured when asked for (the trainer asks on steps that it logs); otherwise they are NaN.
     */
    @Override
    public IterationStats iterate(boolean measureGradientNorms) {
        measureNorms = measureGradientNorms;
        try {
            boolean together = hyper.updates() == UpdateScheme.SIMULTANEOUS;
            for (int k = together ? 1 : 0; k < hyper.criticSteps(); k++) {
                criticUpdate();
            }
            if (together) {
                // both gradients at the same parameters, then both steps
                AdversarialLosses.CriticResult c = criticGradient();
                double loss = generatorGradient();
                applyCriticStep(c);
                applyGeneratorStep(loss);
            } else {
                generatorUpdate();
            }
        } finally {
            measureNorms = true;
        }
        return lastStats;
    }

    public IterationStats iterate() {
        return iterate(true);
    }

    @Override
    public void halfStep(Command.StepSize size) {
        switch (size) {
            case CRITIC_UPDATE -> criticUpdate();
            case GENERATOR_UPDATE -> generatorUpdate();
            case ITERATION -> iterate(true);
        }
    }

    private boolean measureNorms = true;
    private AdversarialLosses.CriticResult lastCritic;
    private double lastCriticGradNorm = Double.NaN;
    private double lastGeneratorGradNorm = Double.NaN;

    /** One critic update on a fresh real batch and a fresh generated batch. */
    public AdversarialLosses.CriticResult criticUpdate() {
        AdversarialLosses.CriticResult result = criticGradient();
        applyCriticStep(result);
        return result;
    }

    /** The critic's gradient on a fresh real batch and a fresh generated batch, into its gradient vector. */
    private AdversarialLosses.CriticResult criticGradient() {
        BatchBuffers b = buffers();
        SplittableRandom rng = RandomStreams.stream(config.seed(), RandomStreams.CRITIC_UPDATE, criticUpdates);
        sampleReal(b.size, rng, b.hostBoth, b.labels);
        if (labelledCritic != null) {
            // the fake half is drawn for the real half's labels, so an interpolate of the penalty has one label
            System.arraycopy(b.labels, 0, b.bothLabels, 0, b.size);
            System.arraycopy(b.labels, 0, b.bothLabels, b.size, b.size);
            labelledCritic.condition(b.bothLabels);
            labelledCritic.condition(b.labels);
        }
        if (generatorMode instanceof GeneratorMode.FixedNoise noise) {
            noisyReal(b.size, rng, noise.sigma(), b.hostBoth, b.size * dim);
            b.both.data().setData(b.hostBoth);
        } else {
            b.both.data().setData(b.hostBoth);
            prior.fill(b.hostLatent, b.hostLatent.length, rng);
            b.latent.data().setData(generatorInput(b.hostLatent, b.labels));
            b.fake.assign(generator.forward(b.latent));
        }
        INDArray interpolates = null;
        if (objective.gradientPenalty() > 0) {
            for (int i = 0; i < b.size; i++) {
                b.hostEps[i] = (float) rng.nextDouble();
            }
            b.eps.data().setData(b.hostEps);
            // x-hat = eps * real + (1 - eps) * fake, one eps per sample
            b.interpolates.assign(b.real).subi(b.fake).muliColumnVector(b.eps).addi(b.fake);
            interpolates = b.interpolates;
        }
        critic.zeroGradients();
        AdversarialLosses.CriticResult result = losses.criticGradients(critic, b.both, interpolates, objective,
                hyper.r1(), hyper.r2());
        lastCriticGradNorm = measureNorms ? critic.gradients().norm2Number().doubleValue() : Double.NaN;
        return result;
    }

    private void applyCriticStep(AdversarialLosses.CriticResult result) {
        lastCritic = result;
        criticOptimizer.step(critic.gradients());
        double clip = objective.weightClip();
        if (clip > 0) {
            Transforms.min(critic.parameters(), clip, false);
            Transforms.max(critic.parameters(), -clip, false);
        }
        criticUpdates++;
    }

    /** One generator update; returns the generator loss. */
    public double generatorUpdate() {
        double loss = generatorGradient();
        applyGeneratorStep(loss);
        return loss;
    }

    /**
     * The generator's gradient against the critic as it is now, into G's gradient vector; returns the loss. With a
     * fixed generator there is no G: the loss is measured on fresh noisy real samples, and its norm is NaN.
     */
    private double generatorGradient() {
        BatchBuffers b = buffers();
        SplittableRandom rng = RandomStreams.stream(config.seed(), RandomStreams.GENERATOR_UPDATE, step);
        if (generatorMode instanceof GeneratorMode.FixedNoise noise) {
            noisyReal(b.size, rng, noise.sigma(), b.hostBoth, 0);
            b.both.data().setData(b.hostBoth);
            lastGeneratorGradNorm = Double.NaN;
            return objective.generatorLoss(critic.forward(b.real).data().asDouble()).value();
        }
        prior.fill(b.hostLatent, b.hostLatent.length, rng);
        sampleLabels(b.size, rng, b.labels);
        condition(b.labels);
        b.latent.data().setData(generatorInput(b.hostLatent, b.labels));
        generator.zeroGradients();
        double loss = losses.generatorGradients(generator, critic, b.latent, objective);
        lastGeneratorGradNorm = measureNorms ? generator.gradients().norm2Number().doubleValue() : Double.NaN;
        return loss;
    }

    private void applyGeneratorStep(double loss) {
        double generatorNorm = lastGeneratorGradNorm;
        if (generatorMode.trains()) {
            generatorOptimizer.step(generator.gradients());
        }
        step++;
        AdversarialLosses.CriticResult c = lastCritic;
        lastStats = c == null
                ? new IterationStats(step, Double.NaN, loss, Double.NaN, Double.NaN, Double.NaN, generatorNorm)
                : new IterationStats(step, c.loss(), loss, c.meanReal() - c.meanFake(), c.penalty(), lastCriticGradNorm,
                        generatorNorm);
    }

    /** Switches objective between steps, keeping both networks' weights; optimizers restart unless pinned. */
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

    /** New settings between steps; the optimizers keep their moments unless their kind changed. */
    @Override
    public void setHyperparameters(Hyperparameters h) {
        Objective next = h.objective(objective.id()); // picks up a new clip or lambda
        this.hyper = h;
        this.objective = next;
        generatorOptimizer.retune(h.generatorOptimizer());
        criticOptimizer.retune(h.criticOptimizer());
    }

    @Override
    public CriticWeights criticWeights(int bins) {
        return CriticWeights.of(critic.parametersCopy(), critic.spec().layerParameterCounts(), objective.weightClip(), bins)
                .withGradientNorms(hiddenGradientNorms());
    }

    /**
     * The critic's hidden-layer gradient profile at this step: a fresh real batch and a generated one (or data plus
     * noise), the objective's critic loss without its penalties carried back through the critic, and the RMS norm of
     * its gradient at each hidden layer's activations, input side first ({@link Network#hiddenGradientNorms}).
     * Empty for critics that do not keep them (convolutional ones) and MLP critics too shallow for a profile.
     */
    public double[] hiddenGradientNorms() {
        // only a deep MLP critic gets a profile: the pass costs as much as a critic update
        if (!(critic.spec() instanceof ganexplorer.model.MlpSpec m) || m.hidden().length < CriticWeights.PROFILE_LAYERS) {
            return new double[0];
        }
        int n = hyper.batchSize();
        SplittableRandom rng = RandomStreams.stream(config.seed(), RandomStreams.EVALUATION, step + (1L << 40));
        float[] both = new float[2 * n * dim];
        sampleReal(n, rng, both, null);
        if (generatorMode instanceof GeneratorMode.FixedNoise noise) {
            noisyReal(n, rng, noise.sigma(), both, n * dim);
        } else if (labelledCritic == null) {
            float[] latent = new float[n * latentSize];
            prior.fill(latent, latent.length, rng);
            System.arraycopy(generator.infer(Nd4j.create(latent, new long[] {n, latentSize}, 'c')).data().asFloat(), 0,
                    both, n * dim, n * dim);
        } else {
            return new double[0];
        }
        return losses.hiddenGradientNorms(critic, Nd4j.create(both, new long[] {2L * n, dim}, 'c'), objective);
    }

    /** n real and n generated points and the critic's mean output on each, drawn reproducibly for this step. */
    @Override
    public EvaluationSample evaluationSample(int n) {
        SplittableRandom rng = RandomStreams.stream(config.seed(), RandomStreams.EVALUATION, step);
        float[] real = new float[dim * n];
        int[] realLabels = labelledCritic == null ? null : new int[n];
        int[] fakeLabels = labelledCritic == null ? null : new int[n];
        sampleReal(n, rng, real, realLabels);
        int chunk = hyper.batchSize();
        float[] fake;
        if (generatorMode instanceof GeneratorMode.FixedNoise noise) {
            fake = new float[dim * n];
            noisyReal(n, rng, noise.sigma(), fake, 0);
        } else {
            float[] latent = new float[n * latentSize];
            prior.fill(latent, latent.length, rng);
            sampleLabels(n, rng, fakeLabels);
            fake = ChunkedInference.infer(generator, generatorInput(latent, fakeLabels), n, chunk, null, null);
        }
        float[] onFake = ChunkedInference.infer(critic, fake, n, chunk, fakeLabels, this::condition);
        float[] onReal = ChunkedInference.infer(critic, real, n, chunk, realLabels, this::condition);
        return new EvaluationSample(step, real, fake, ChunkedInference.mean(onReal), ChunkedInference.mean(onFake),
                fakeLabels, null, ChunkedInference.meanSigmoid(onReal), ChunkedInference.meanSigmoid(onFake));
    }

    @Override
    public Pictures pictures(EvaluationSample sample, int heatmapResolution, boolean interactive) {
        if (data instanceof ImageData images) {
            return new ImagePictures(sample.real(), sample.fake(), images.shape());
        }
        ToyDistribution toy = (ToyDistribution) data;
        boolean drawsG = !(generatorMode instanceof GeneratorMode.FixedNoise);
        return planeViews.pictures(sample, toy, heatmapResolution, interactive, drawsG, generatorMode.trains(),
                objective);
    }

    /** Null with a fixed generator: data plus noise is no network a latent view could walk. */
    @Override
    public GeneratorCopy generatorCopy() {
        if (generatorMode instanceof GeneratorMode.FixedNoise) {
            return null;
        }
        return new GeneratorCopy(generatorSpec, prior, classes(), generator.parametersCopy());
    }

    /** G on a side x side grid over the first two latent dimensions (see {@link PlaneViews#manifold}). */
    float[] manifold(int side) {
        return planeViews.manifold(side);
    }

    /** G's input rows: the latent rows, each followed by its label's one-hot code when G is conditional. */
    private float[] generatorInput(float[] latent, int[] labels) {
        return labelledCritic == null ? latent : ClassCode.append(latent, latentSize, labels, labelledCritic.classes());
    }

    /**
     * A fixed generator's samples: n fresh real samples plus N(0, sigma^2) noise on every value, into
     * {@code out[offset ..]}.
     */
    private void noisyReal(int n, SplittableRandom rng, double sigma, float[] out, int offset) {
        float[] clean = new float[n * dim];
        data.sample(n, rng, clean);
        for (int i = 0; i < clean.length; i++) {
            out[offset + i] = (float) (clean[i] + sigma * rng.nextGaussian());
        }
    }

    /** n real samples, with their labels into {@code labels} when the networks are conditional (labels null if not). */
    private void sampleReal(int n, SplittableRandom rng, float[] out, int[] labels) {
        if (labelledCritic == null) {
            data.sample(n, rng, out);
        } else {
            ((ImageData) data).sample(n, rng, out, labels);
        }
    }

    /** n labels for generated samples, as often as the data has them; nothing drawn when G is unconditional. */
    private void sampleLabels(int n, SplittableRandom rng, int[] labels) {
        if (labelledCritic != null) {
            ((ImageData) data).sampleLabels(n, rng, labels);
        }
    }

    /** The labels of the critic's next passes with labels.length rows; nothing to do for an unconditional critic. */
    private void condition(int[] labels) {
        if (labelledCritic != null) {
            labelledCritic.condition(labels);
        }
    }

    /** The live critic, for tests in this package that probe it (its input gradient); only on the trainer's thread. */
    Network critic() {
        return critic;
    }

    public float[] generatorWeights() {
        return generator.parametersCopy();
    }

    @Override
    public SessionState capture() {
        return new SessionState(step, criticUpdates, objective.id(), hyper, generator.parametersCopy(),
                critic.parametersCopy(), generatorOptimizer.stateCopy(), generatorOptimizer.iteration(),
                criticOptimizer.stateCopy(), criticOptimizer.iteration(), events);
    }

    @Override
    public void restore(SessionState s) {
        hyper = s.hyperparameters();
        objective = hyper.objective(s.objective());
        generator.setParameters(s.generator());
        critic.setParameters(s.critic());
        generatorOptimizer.reset(hyper.generatorOptimizer());
        criticOptimizer.reset(hyper.criticOptimizer());
        generatorOptimizer.restore(s.generatorOptimizer(), s.generatorOptimizerIteration());
        criticOptimizer.restore(s.criticOptimizer(), s.criticOptimizerIteration());
        step = s.step();
        criticUpdates = s.criticUpdates();
        events.clear();
        events.addAll(s.events());
    }

    private BatchBuffers buffers() {
        if (batch == null || batch.size != hyper.batchSize()) {
            batch = new BatchBuffers(hyper.batchSize(), latentSize, classes(), dim);
        }
        return batch;
    }

    /** Host and native buffers for one batch size, reused every update. */
    private static final class BatchBuffers {
        final int size;
        final float[] hostBoth;
        final float[] hostLatent;
        final float[] hostEps;
        final INDArray both;
        final INDArray real;
        final INDArray fake;
        final INDArray latent;
        final INDArray eps;
        final INDArray interpolates;
        final int[] labels;
        final int[] bothLabels;

        BatchBuffers(int size, int latentSize, int classes, int dim) {
            this.size = size;
            hostBoth = new float[2 * size * dim];
            hostLatent = new float[size * latentSize];
            hostEps = new float[size];
            both = Nd4j.create(DataType.FLOAT, 2L * size, dim);
            real = Nd4j.create(both.data(), new long[] {size, dim}, new long[] {dim, 1}, 0, 'c', DataType.FLOAT);
            fake = Nd4j.create(both.data(), new long[] {size, dim}, new long[] {dim, 1}, (long) size * dim, 'c', DataType.FLOAT);
            latent = Nd4j.create(DataType.FLOAT, size, latentSize + classes);
            labels = classes == 0 ? null : new int[size];
            bothLabels = classes == 0 ? null : new int[2 * size];
            eps = Nd4j.create(DataType.FLOAT, size, 1);
            interpolates = Nd4j.create(DataType.FLOAT, size, dim);
        }
    }
}
