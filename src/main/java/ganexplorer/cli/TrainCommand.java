package ganexplorer.cli;

import ganexplorer.data.ImageData;
import ganexplorer.data.TrainingData;
import ganexplorer.model.Dcgan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.model.MlpGan;
import ganexplorer.model.Prior;
import ganexplorer.objective.Objective;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.Hyperparameters;
import ganexplorer.train.MetricRow;
import ganexplorer.train.Preset;
import ganexplorer.train.Presets;
import ganexplorer.train.RunState;
import ganexplorer.train.ScheduledSwap;
import ganexplorer.train.SessionState;
import ganexplorer.train.Snapshot;
import ganexplorer.train.Trainer;
import ganexplorer.train.TrainerOptions;
import ganexplorer.train.TrainingConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a GAN headless and write metrics.csv, summary.json, final_samples.csv, samples.png and a checkpoint into --out.")
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", description = "Start from a built-in experiment (see the presets command).")
    String preset;

    @Option(names = "--dataset", paramLabel = "NAME|PATH", description = "ring8, grid25, gaussian, circle, moons, spiral, "
            + "swissroll, checkerboard, digits (bundled), or a path: an IDX image file (MNIST, Fashion-MNIST; labels found "
            + "beside it), a CIFAR-10 .bin batch or folder of batches, or a folder of PNG/JPEG images (read as 32 x 32 RGB).")
    String dataset;

    @Option(names = "--objective", description = "bce-minimax, bce, least-squares, wgan-clip, wgan-gp or hinge.")
    String objective;

    @Option(names = "--steps", description = "Generator steps to train to (total, when resuming). Default: the preset's, else 5000.")
    Long steps;

    @Option(names = "--seed", description = "Random seed (default 1).")
    Long seed;

    @Option(names = "--out", description = "Output folder (default runs/<dataset>-<objective>-seed<seed>).")
    Path out;

    @Option(names = "--swap-at", paramLabel = "STEP:OBJECTIVE", description = "Swap the objective at a step; repeatable.")
    List<String> swaps = new ArrayList<>();

    @Option(names = "--batch", description = "Batch size.")
    Integer batch;

    @Option(names = "--lr", description = "Learning rate of both networks (keeps the optimizer kind).")
    Double lr;

    @Option(names = "--g-lr", description = "Generator learning rate.")
    Double generatorLr;

    @Option(names = "--d-lr", description = "Critic learning rate.")
    Double criticLr;

    @Option(names = "--optimizer", description = "adam, rmsprop or sgd for both networks (default: the objective's).")
    String optimizer;

    @Option(names = "--beta1", description = "Adam's beta1.")
    Double beta1;

    @Option(names = "--beta2", description = "Adam's beta2.")
    Double beta2;

    @Option(names = "--critic-steps", description = "Critic updates per generator update.")
    Integer criticSteps;

    @Option(names = "--lambda", description = "Gradient penalty weight of wgan-gp (default 10).")
    Double lambda;

    @Option(names = "--clip", description = "Weight clip of wgan-clip (default 0.01).")
    Double clip;

    @Option(names = "--latent", description = "Latent size of the generator.")
    Integer latent;

    @Option(names = "--prior", description = "Latent prior: normal or uniform (in [-1, 1]).")
    String prior;

    @Option(names = "--model", description = "mlp (points and images) or dcgan (square images: 28 x 28, 32 x 32).")
    String model;

    @Option(names = "--width", description = "DCGAN's channel count: D has width and 2 x width channels (default 64).")
    Integer width;

    @Option(names = "--classes", description = "DCGAN conditioned on this many labelled classes (10 for digits; "
            + "0 for the unconditional DCGAN). The data set must label every image.")
    Integer classes;

    @Option(names = "--g-hidden", split = ",", description = "Generator hidden widths, e.g. 128,128.")
    List<Integer> generatorHidden;

    @Option(names = "--d-hidden", split = ",", description = "Critic hidden widths, e.g. 128,128.")
    List<Integer> criticHidden;

    @Option(names = "--threads", description = "Threads for the convolutions (default 1; 2 make DCGAN 1.3-1.6x as fast on 2 cores; the MLPs do not use them).")
    int threads = 1;

    @Option(names = "--log-every", description = "Steps between metric rows (default 100).")
    Integer logEvery;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run checkpointed in DIR.")
    Path resume;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        TrainingConfig config;
        SessionState state = null;
        List<MetricRow> pastRows = List.of();
        long target;
        if (resume != null) {
            rejectWithResume();
            Checkpoint c = Checkpoint.load(resume);
            config = c.config();
            state = c.state();
            pastRows = c.history();
            if (steps == null) {
                throw new IllegalArgumentException("give --steps, the total number of steps to train to (the checkpoint is at step " + state.step() + ")");
            }
            target = steps;
            if (target <= state.step()) {
                throw new IllegalArgumentException("the checkpoint is already at step " + state.step() + "; give --steps larger than that");
            }
            if (out == null) {
                out = resume;
            }
            console.printf("Resuming %s from step %d to step %d%n", config.objective(), state.step(), target);
        } else {
            Preset p = preset == null ? null : Presets.byName(preset);
            config = configure(p);
            target = steps != null ? steps : p != null ? p.steps() : 5000;
            if (target < 1) {
                throw new IllegalArgumentException("--steps must be at least 1, got " + target);
            }
            if (out == null) {
                out = Path.of("runs", config.dataset() + "-" + config.objective() + "-seed" + config.seed());
            }
            console.printf("Training %s on %s for %d steps (seed %d, %s) into %s%n", config.objective(), config.dataset(),
                    target, config.seed(), config.hyperparameters().generatorOptimizer().describe(), out);
        }

        long wallStart = System.nanoTime();
        try (RunFiles files = new RunFiles(out, pastRows, console);
             Trainer trainer = new Trainer(config, TrainerOptions.headless(threads, target), state, pastRows)) {
            trainer.addListener(files);
            trainer.start();
            boolean diverged = false;
            while (!trainer.awaitFinished(200, TimeUnit.MILLISECONDS)) {
                Snapshot s = trainer.latest();
                if (s != null && s.state() == RunState.PAUSED) {
                    diverged = true; // only a NaN rollback pauses a headless run
                    break;
                }
            }
            trainer.close();
            trainer.awaitFinished(60, TimeUnit.SECONDS);
            Snapshot last = trainer.latest();
            if (last == null) {
                return 2; // the session could not be built; the trainer's message (printed above) says why
            }
            double wall = (System.nanoTime() - wallStart) / 1e9;
            files.writeFinal(config, last, trainer.stepsPerSecond(), wall);
            SessionState finalState = trainer.finalState() != null ? trainer.finalState() : state;
            Checkpoint.save(out, config, finalState, last.history());
            console.printf("Done: step %d, %.1f steps/s, %.1f s; wrote %s%n", last.step(), trainer.stepsPerSecond(), wall, out);
            if (diverged || last.state() == RunState.STOPPED && !last.message().isEmpty()) {
                console.println(last.message());
                return 3;
            }
        }
        return 0;
    }

    private TrainingConfig configure(Preset p) {
        String obj = objective != null ? objective : p != null ? p.config().objective() : "bce";
        Objective o = Objective.of(obj, 0.01, 10);
        TrainingConfig base = p != null ? p.config() : TrainingConfig.defaults(dataset, o);
        TrainingConfig c = base;
        if (p != null && objective != null) {
            c = c.withObjective(o.id()).withHyperparameters(c.hyperparameters().afterSwapTo(o));
        }
        if (dataset != null) {
            c = c.withDataset(dataset, null);
        }
        TrainingData data = c.data();
        c = c.withArchitecture(architecture(c.architecture(), data instanceof ImageData));
        if (c.architecture() instanceof Dcgan d && d.conditional() && data instanceof ImageData images) {
            images.requireLabels(d.classes()); // said here, with exit code 2, rather than from inside the trainer
        }
        Hyperparameters h = c.hyperparameters();
        if (batch != null) {
            h = h.withBatchSize(batch);
        }
        if (optimizer != null || beta1 != null || beta2 != null) {
            h = h.withOptimizer(OptimizerChoice.parse(optimizer, beta1, beta2, h.criticOptimizer()));
        }
        if (lr != null) {
            h = h.withLearningRates(lr, lr);
        }
        if (generatorLr != null || criticLr != null) {
            h = h.withLearningRates(generatorLr != null ? generatorLr : h.generatorOptimizer().learningRate(),
                    criticLr != null ? criticLr : h.criticOptimizer().learningRate());
        }
        if (criticSteps != null) {
            h = h.withCriticSteps(criticSteps);
        }
        if (lambda != null || clip != null) {
            h = h.withPenalties(clip != null ? clip : h.clip(), lambda != null ? lambda : h.lambda());
        }
        c = c.withHyperparameters(h);
        if (seed != null) {
            c = c.withSeed(seed);
        }
        if (logEvery != null) {
            c = c.withLogEvery(logEvery);
        }
        if (!swaps.isEmpty()) {
            c = c.withSwaps(swaps.stream().map(ScheduledSwap::parse).toList());
        }
        return c;
    }

    /** --model, then the shape options that model has. */
    private GanArchitecture architecture(GanArchitecture current, boolean images) {
        GanArchitecture a = current;
        if (model != null) {
            a = switch (model) {
                case "mlp" -> a instanceof MlpGan ? a : images ? GanArchitecture.IMAGE_MLP : GanArchitecture.TOY_DEFAULT;
                case "dcgan" -> a instanceof Dcgan ? a : Dcgan.REFERENCE;
                default -> throw new IllegalArgumentException("unknown --model '" + model + "'; choose mlp or dcgan");
            };
        }
        int z = latent != null ? latent : a.latentSize();
        Prior pr = prior != null ? Prior.parse(prior) : a.prior();
        if (a instanceof Dcgan d) {
            if (generatorHidden != null || criticHidden != null) {
                throw new IllegalArgumentException("--g-hidden and --d-hidden shape the MLP; DCGAN takes --width");
            }
            return new Dcgan(z, pr, width != null ? width : d.width(), classes != null ? classes : d.classes());
        }
        if (classes != null) {
            throw new IllegalArgumentException("--classes conditions DCGAN on labels; the MLP GAN is unconditional");
        }
        if (width != null) {
            throw new IllegalArgumentException("--width is DCGAN's channel count; the MLP takes --g-hidden and --d-hidden");
        }
        MlpGan m = (MlpGan) a;
        return new MlpGan(z, pr, generatorHidden != null ? generatorHidden : m.generatorHidden(),
                criticHidden != null ? criticHidden : m.criticHidden(), m.generatorActivation(), m.criticActivation());
    }

    private void rejectWithResume() {
        if (preset != null || dataset != null || objective != null || seed != null || !swaps.isEmpty() || batch != null
                || lr != null || lambda != null || clip != null || prior != null || latent != null || model != null || width != null || classes != null || generatorHidden != null || criticHidden != null || optimizer != null || beta1 != null || beta2 != null || generatorLr != null || criticLr != null || criticSteps != null || logEvery != null) {
            throw new IllegalArgumentException("--resume continues a run exactly as it was set up: give only --steps, --out and --threads with it");
        }
    }
}
