package ganexplorer.metrics.image;

import ganexplorer.data.ImageSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * The small digit classifier whose features the image metrics compare (an FID-style stand-in for Inception: its
 * numbers are only comparable with each other, never with Inception-based FID). conv 5x5x16, max-pool, conv 5x5x32,
 * max-pool, dense 64 (the feature layer), softmax 10; input 1 x 28 x 28 flat rows scaled to [-1, 1].
 * <p>
 * Trained on the first 9,000 bundled digits; the last 1,000 are held out. {@link #embed} may be called from any thread
 * (calls are serialised: a MultiLayerNetwork keeps per-call state and is not safe to run concurrently).
 */
public final class FeatureNet {
    public static final String BUNDLED_RESOURCE = "/assets/metric-net/digits-cnn.zip";
    public static final int HEIGHT = 28;
    public static final int WIDTH = 28;
    public static final int IMAGE_SIZE = HEIGHT * WIDTH;
    public static final int FEATURES = 64;
    public static final int CLASSES = 10;
    public static final int HELD_OUT = 1000;
    public static final int DEFAULT_EPOCHS = 6;
    public static final long DEFAULT_SEED = 1;

    static final int BATCH = 64;
    /** Adam's step for the first two thirds of the epochs; the last third takes a fifth of it to settle. */
    static final double LEARNING_RATE = 2e-3;
    static final double FINAL_LEARNING_RATE_FACTOR = 0.2;
    private static final int EMBED_BATCH = 500;
    /** Index of the dense feature layer; feedForward lists the input first, so its activations sit at +1. */
    private static final int FEATURE_LAYER = 4;

    private static volatile FeatureNet bundled;

    private final MultiLayerNetwork net;

    private FeatureNet(MultiLayerNetwork net) {
        this.net = net;
    }

    /** The shipped, trained net, read once from the class path. */
    public static FeatureNet bundled() {
        FeatureNet n = bundled;
        if (n == null) {
            synchronized (FeatureNet.class) {
                n = bundled;
                if (n == null) {
                    n = load(BUNDLED_RESOURCE);
                    bundled = n;
                }
            }
        }
        return n;
    }

    private static FeatureNet load(String resource) {
        try (InputStream in = FeatureNet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path; run `train-metric-net` "
                        + "and rebuild (see assets/metric-net/README.txt)");
            }
            return new FeatureNet(ModelSerializer.restoreMultiLayerNetwork(in, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads a net written by {@link #save}. */
    public static FeatureNet load(Path file) {
        try {
            return new FeatureNet(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Whether images of this shape can be embedded (only 1 x 28 x 28; other shapes use pixel-space sliced W). */
    public static boolean accepts(int channels, int height, int width) {
        return channels == 1 && height == HEIGHT && width == WIDTH;
    }

    /**
     * Trains a fresh net with Adam on all but the last {@value #HELD_OUT} digits, in minibatches of {@value #BATCH}
     * drawn in a seeded order, and reports each epoch. The shipped weights took 6 epochs, seed 1: 98.1% held out
     * (a constant rate of 1e-3 reached only 97.3% in 6 epochs).
     */
    public static FeatureNet train(ImageSet digits, int epochs, long seed, Consumer<EpochReport> progress) {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("epochs must be between 1 and 1000, got " + epochs);
        }
        checkLabelled(digits);
        int trainCount = digits.count() - HELD_OUT;
        float[] rows = digits.scaledRows(0, trainCount);
        int batchesPerEpoch = (trainCount + BATCH - 1) / BATCH;
        FeatureNet fn = new FeatureNet(new MultiLayerNetwork(configuration(seed, batchesPerEpoch * Math.max(1, epochs * 2 / 3))));
        fn.net.init();
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = new int[trainCount];
        for (int i = 0; i < trainCount; i++) {
            order[i] = i;
        }
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long t0 = System.nanoTime();
            shuffle(order, rng);
            double meanLoss = fn.fitEpoch(rows, digits.labels(), order);
            double accuracy = fn.heldOutAccuracy(digits);
            progress.accept(new EpochReport(epoch, epochs, meanLoss, accuracy, (System.nanoTime() - t0) / 1e9));
        }
        return fn;
    }

    /** One pass over the images in the given order; returns the mean minibatch loss. */
    private double fitEpoch(float[] rows, int[] labels, int[] order) {
        double lossSum = 0;
        int batches = 0;
        for (int start = 0; start < order.length; start += BATCH) {
            int b = Math.min(BATCH, order.length - start);
            float[] x = new float[b * IMAGE_SIZE];
            float[] y = new float[b * CLASSES];
            for (int i = 0; i < b; i++) {
                int image = order[start + i];
                System.arraycopy(rows, image * IMAGE_SIZE, x, i * IMAGE_SIZE, IMAGE_SIZE);
                y[i * CLASSES + labels[image]] = 1f;
            }
            net.fit(Nd4j.create(x, new long[]{b, IMAGE_SIZE}, 'c'), Nd4j.create(y, new long[]{b, CLASSES}, 'c'));
            lossSum += net.score();
            batches++;
        }
        return lossSum / batches;
    }

    private static MultiLayerConfiguration configuration(long seed, int decayAtIteration) {
        ISchedule learningRate = new MapSchedule.Builder(ScheduleType.ITERATION)
                .add(0, LEARNING_RATE)
                .add(decayAtIteration, LEARNING_RATE * FINAL_LEARNING_RATE_FACTOR)
                .build();
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.RELU)
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(32).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(FEATURES).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.NEGATIVELOGLIKELIHOOD)
                        .nOut(CLASSES).activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.convolutionalFlat(HEIGHT, WIDTH, 1))
                .build();
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void checkLabelled(ImageSet digits) {
        if (!accepts(digits.channels(), digits.height(), digits.width())) {
            throw new IllegalArgumentException(digits.name() + ": the metric net reads 1 x 28 x 28 images, got "
                    + digits.channels() + " x " + digits.height() + " x " + digits.width());
        }
        if (digits.count() <= HELD_OUT) {
            throw new IllegalArgumentException(digits.name() + ": need more than " + HELD_OUT + " images, got " + digits.count());
        }
        for (int label : digits.labels()) {
            if (label < 0 || label >= CLASSES) {
                throw new IllegalArgumentException(digits.name() + ": every image needs a label 0-9, found " + label);
            }
        }
    }

    /** Writes the weights (without the optimizer state, which inference does not need) as a ModelSerializer zip. */
    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            synchronized (this) {
                ModelSerializer.writeModel(net, file.toFile(), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Share of the last {@value #HELD_OUT} digits whose most probable class is their label. */
    public double heldOutAccuracy(ImageSet digits) {
        checkLabelled(digits);
        int from = digits.count() - HELD_OUT;
        Embedding e = embed(digits.scaledRows(from, HELD_OUT), HELD_OUT);
        int correct = 0;
        for (int i = 0; i < HELD_OUT; i++) {
            if (ClassStatistics.argmax(e.probabilities(), i * CLASSES, CLASSES) == digits.labels()[from + i]) {
                correct++;
            }
        }
        return correct / (double) HELD_OUT;
    }

    /** Features and class probabilities of n images given as flat 784-value rows in [-1, 1]. */
    public Embedding embed(float[] images, int n) {
        if (n < 1 || images.length != (long) n * IMAGE_SIZE) {
            throw new IllegalArgumentException("expected " + n + " images of " + IMAGE_SIZE + " values (1 x 28 x 28), got "
                    + images.length + " values");
        }
        float[] features = new float[n * FEATURES];
        float[] probabilities = new float[n * CLASSES];
        // Outside any workspace the caller may have open, so the arrays we copy from are ordinary detached ones.
        synchronized (this) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                for (int start = 0; start < n; start += EMBED_BATCH) {
                    int b = Math.min(EMBED_BATCH, n - start);
                    float[] x = Arrays.copyOfRange(images, start * IMAGE_SIZE, (start + b) * IMAGE_SIZE);
                    List<INDArray> acts = net.feedForward(Nd4j.create(x, new long[]{b, IMAGE_SIZE}, 'c'), false);
                    copy(acts.get(FEATURE_LAYER + 1), features, start * FEATURES);
                    copy(acts.get(acts.size() - 1), probabilities, start * CLASSES);
                }
            }
        }
        return new Embedding(n, FEATURES, features, CLASSES, probabilities);
    }

    private static void copy(INDArray a, float[] into, int offset) {
        float[] values = a.castTo(DataType.FLOAT).dup('c').data().asFloat();
        System.arraycopy(values, 0, into, offset, (int) a.length());
    }
}
