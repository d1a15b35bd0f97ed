package ganexplorer.cli;

import ganexplorer.data.ImageData;
import ganexplorer.data.Lines;
import ganexplorer.data.PointMass;
import ganexplorer.data.TrainingData;
import ganexplorer.model.Dcgan;
import ganexplorer.model.DiracGan;
import ganexplorer.model.ShiftGan;
import ganexplorer.model.GanArchitecture;
import ganexplorer.model.MlpGan;
import ganexplorer.model.Prior;
import ganexplorer.objective.Objective;
import ganexplorer.train.Checkpoint;
import ganexplorer.train.CheckpointCheck;
import ganexplorer.train.Hyperparameters;
import ganexplorer.train.ExperimentFile;
import ganexplorer.train.GeneratorMode;
import ganexplorer.train.Preset;
import ganexplorer.train.Presets;
import ganexplorer.train.ScheduledSwap;
import ganexplorer.train.SessionState;
import ganexplorer.train.TrainingConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a GAN headless and write metrics.csv, summary.json, final_samples.csv, samples.png and a checkpoint into --out.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:finished", "1:the trainer failed (the last checkpoint is kept)", "2:bad input, said with what to do",
            "3:diverged (rolled back to its last finite state and saved)",
            "130/143:stopped by Ctrl+C/SIGTERM between two steps, checkpoint and summary written"})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", description = "Start from a built-in experiment (see the presets command).")
    String preset;

    @Option(names = "--experiment", paramLabel = "FILE", description = "Start from an experiment file (JSON, the "
            + "format of the built-in presets: src/main/resources/ganexplorer/presets/); other options override it.")
    Path experiment;

    @Option(names = "--dataset", paramLabel = "NAME|PATH", description = "ring8, grid25, gaussian, gaussian-affine (z A + "
            + "b: d2l's tilted Gaussian), circle, moons, spiral, swissroll, checkerboard, digits (bundled), or a path: an IDX image file (MNIST, Fashion-MNIST; labels found "
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

    @CommandLine.Mixin
    HyperparameterOptions hyper = new HyperparameterOptions();

    @Option(names = "--freeze-generator", description = "G keeps its initial weights: only the critic trains (G's loss "
            + "and gradient norm are still measured and logged).")
    boolean freezeGenerator;

    @Option(names = "--fixed-generator", paramLabel = "noise:SIGMA", description = "No G: the critic's fakes are fresh "
            + "real samples plus Gaussian noise N(0, SIGMA^2), as in the WGAN-GP paper's critic surfaces (e.g. noise:1).")
    String fixedGenerator;

    @Option(names = "--latent", description = "Latent size of the generator.")
    Integer latent;

    @Option(names = "--prior", description = "Latent prior: normal or uniform (in [-1, 1]).")
    String prior;

    @Option(names = "--model", description = "mlp (points and images), dcgan (square images: 28 x 28, 32 x 32), "
            + "dirac (Mescheder et al.'s Dirac GAN: G a point mass at theta, D(x) = psi x, data at 0; SGD 0.2 unless "
            + "given, a metric row every step) or shift (the WGAN paper's Example 1: G the segment x = theta, "
            + "y in [0, 1], against an MLP critic, on the 'lines' data).")
    String model;

    @Option(names = "--theta0", description = "Where G starts: the Dirac GAN's theta (default 1) or the shift "
            + "generator's (default 2).")
    Double theta0;

    @Option(names = "--psi0", description = "The Dirac GAN's starting psi (default 1).")
    Double psi0;

    @Option(names = "--width", description = "DCGAN's channel count: D has width and 2 x width channels (default 64).")
    Integer width;

    @Option(names = "--classes", description = "DCGAN conditioned on this many labelled classes (10 for digits; "
            + "0 for the unconditional DCGAN). The data set must label every image.")
    Integer classes;

    @Option(names = "--g-hidden", paramLabel = "W,W,...|none", description = "Generator hidden widths, e.g. 128,128; "
            + "none for no hidden layer (an affine generator, as d2l's hello GAN).")
    String generatorHidden;

    @Option(names = "--d-hidden", paramLabel = "W,W,...|none", description = "Critic hidden widths, e.g. 128,128; none "
            + "for a linear critic.")
    String criticHidden;

    @Option(names = "--threads", description = "Threads for the convolutions (default 1; 2 make DCGAN 1.3-1.6x as fast on 2 cores; the MLPs do not use them).")
    int threads = 1;

    @Option(names = "--log-every", description = "Steps between metric rows (default 100).")
    Integer logEvery;

    @Option(names = "--eval-samples", paramLabel = "N", description = "Real and generated points per metric row "
            + "(W1, modes, critic estimate; default: the preset's, else 1000). The papers' mode tables use 2500; the "
            + "exact W1 costs about (N/1000)^3 times as much.")
    Integer evalSamples;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run checkpointed in DIR (in DIR, unless "
            + "--out is given); --batch, the learning rates, --optimizer, the betas, --critic-steps, --clip, --lambda, "
            + "--updates, --r1 and --r2 may change how it goes on.")
    Path resume;

    @Option(names = "--overwrite", description = "Replace an earlier run in --out (without it such a folder is refused; "
            + "the default folder gets a numbered one beside it).")
    boolean overwrite;

    @Option(names = "--checkpoint-every", paramLabel = "STEPS|TIME", defaultValue = CheckpointSchedule.DEFAULT,
            description = "Write the checkpoint every so many steps (e.g. 500) or so much time (e.g. 30s, 5m) while "
                    + "training, so a killed run loses at most that much (default ${DEFAULT-VALUE}).")
    String checkpointEvery;

    @Override
    public Integer call() throws Exception {
        requireNonEmpty("--dataset", dataset);
        requireNonEmpty("--out", out);
        requireNonEmpty("--resume", resume);
        requireNonEmpty("--experiment", experiment);
        if (threads < 1 || threads > 256) { // before anything is written; 0 would mean the app's per-model choice
            throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
        }
        CheckpointSchedule schedule = CheckpointSchedule.parse(checkpointEvery);
        return resume != null ? resumeRun(schedule) : newRun(schedule);
    }

    private int newRun(CheckpointSchedule schedule) throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (preset != null && experiment != null) {
            throw new IllegalArgumentException("give --preset or --experiment, not both");
        }
        Preset p = preset != null ? Presets.byName(preset) : experiment != null ? ExperimentFile.read(experiment).preset() : null;
        long target = steps != null ? steps : p != null ? p.steps() : 5000;
        if (target < 1) {
            throw new IllegalArgumentException("--steps must be at least 1, got " + target);
        }
        // the folder is checked and locked before the data loads, so a bad --out fails at once
        OutputFolder.Choice choice = out != null ? OutputFolder.Choice.GIVEN : OutputFolder.Choice.DEFAULT;
        try (OutputFolder folder = OutputFolder.open(out != null ? out : defaultOut(p), choice, overwrite, "--out", console)) {
            TrainingConfig config = configure(p);
            RunWarnings.print(config, target, hyper.clip, spec.commandLine().getErr());
            console.printf("Training %s on %s for %d steps (seed %d, %s) into %s%n", config.objective(), config.dataset(),
                    target, config.seed(), config.hyperparameters().generatorOptimizer().describe(), folder.path());
            if (!config.generator().trains()) {
                console.println("Generator: " + config.generator().describe() + " (only the critic trains)");
            }
            TrainingRun.Plan plan = new TrainingRun.Plan(config, null, List.of(), target, null);
            return train(plan, folder, MetricsCsv.startNew(folder.path()), schedule);
        }
    }

    private int resumeRun(CheckpointSchedule schedule) throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        rejectWithResume();
        if (steps == null) {
            throw new IllegalArgumentException("give --steps, the total number of steps to train to");
        }
        Path file = Files.isDirectory(resume) ? resume.resolve(Checkpoint.FILE_NAME) : resume;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no checkpoint at " + file + ": resume from a folder that a run wrote with --out");
        }
        Path runFolder = file.toAbsolutePath().getParent();
        Path dir = out != null ? out : Files.isDirectory(resume) ? resume : runFolder;
        boolean ownFolder = Files.isDirectory(dir) && Files.isSameFile(dir, runFolder);
        OutputFolder.Choice choice = ownFolder ? OutputFolder.Choice.RESUMED : OutputFolder.Choice.GIVEN;
        // the run's folder is locked before the checkpoint is read: no other run may write it meanwhile
        try (OutputFolder folder = OutputFolder.open(dir, choice, overwrite, out != null ? "--out" : "--resume", console)) {
            Checkpoint c = Checkpoint.load(file);
            CheckpointCheck.requireFits(c, file);
            SessionState state = c.state();
            if (steps <= state.step()) {
                throw new IllegalArgumentException("the checkpoint is already at step " + state.step() + "; give --steps larger than that");
            }
            Hyperparameters before = state.hyperparameters();
            Hyperparameters after = hyper.apply(before);
            List<String> changes = HyperparameterOptions.changes(before, after);
            RunWarnings.print(c.config(), steps, hyper.clip, spec.commandLine().getErr());
            console.printf("Resuming %s from step %d to step %d in %s%n", state.objective(), state.step(), steps, folder.path());
            if (!changes.isEmpty()) {
                console.println("Changed on resume: " + String.join(", ", changes));
            }
            TrainingRun.Plan plan = new TrainingRun.Plan(c.config(), state, c.history(), steps, changes.isEmpty() ? null : after);
            Path earlierCsv = file.resolveSibling(MetricsCsv.FILE_NAME);
            return train(plan, folder, MetricsCsv.resume(folder.path(), c.history(), state.step(), earlierCsv), schedule);
        }
    }

    private int train(TrainingRun.Plan plan, OutputFolder folder, MetricsCsv csv, CheckpointSchedule schedule) throws Exception {
        TrainingRun run = new TrainingRun(plan, folder.path(), threads, schedule, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return run.run(csv);
    }

    /** runs/<dataset>-<objective>-seed<seed>, from the options and the preset, without loading the data. */
    private Path defaultOut(Preset p) {
        String ds = dataset != null ? dataset : "dirac".equals(model) ? PointMass.NAME : "shift".equals(model) ? Lines.NAME
                : p != null ? p.config().dataset() : "ring8";
        String obj = Objective.of(objective != null ? objective : p != null ? p.config().objective() : "bce", 0.01, 10).id();
        long s = seed != null ? seed : p != null ? p.config().seed() : 1;
        return Path.of("runs", ds + "-" + obj + "-seed" + s);
    }

    /** An empty path would mean the current folder: never what was meant. */
    private static void requireNonEmpty(String option, Object value) {
        if (value != null && value.toString().isBlank()) {
            throw new IllegalArgumentException(option + " is empty; give " + switch (option) {
                case "--dataset" -> "a dataset name (e.g. ring8 or digits) or the path of an image file or folder";
                case "--experiment" -> "the path of an experiment file";
                default -> "the path of a folder";
            });
        }
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
        c = pointMassFor(c);
        c = linesFor(c);
        TrainingData data = c.data();
        c = c.withArchitecture(architecture(c.architecture(), data instanceof ImageData));
        if (c.architecture() instanceof Dcgan d && d.conditional() && data instanceof ImageData images) {
            images.requireLabels(d.classes()); // said here, with exit code 2, rather than from inside the trainer
        }
        c = c.withHyperparameters(hyper.apply(c.hyperparameters()));
        if (seed != null) {
            c = c.withSeed(seed);
        }
        if (logEvery != null) {
            c = c.withLogEvery(logEvery);
        }
        if (evalSamples != null) {
            c = c.withEvalSamples(evalSamples);
        }
        if (!swaps.isEmpty()) {
            c = c.withSwaps(swaps.stream().map(ScheduledSwap::parse).toList());
        }
        if (freezeGenerator && fixedGenerator != null) {
            throw new IllegalArgumentException("give --freeze-generator (G keeps its weights) or --fixed-generator "
                    + "(no G: data plus noise), not both");
        }
        if (freezeGenerator) {
            c = c.withGenerator(new GeneratorMode.Frozen());
        } else if (fixedGenerator != null) {
            GeneratorMode mode = GeneratorMode.parse(fixedGenerator);
            if (!(mode instanceof GeneratorMode.FixedNoise)) {
                throw new IllegalArgumentException("--fixed-generator takes noise:SIGMA, e.g. noise:1; for G at its "
                        + "initial weights use --freeze-generator");
            }
            c = c.withGenerator(mode);
        }
        return c;
    }

    /** The Dirac GAN comes with its own data (the point mass at 0); another model leaves it for ring8. */
    private TrainingConfig pointMassFor(TrainingConfig c) {
        boolean dirac = model != null ? model.equals("dirac") : c.architecture() instanceof DiracGan;
        if (dirac && dataset != null && !dataset.equals(PointMass.NAME)) {
            throw new IllegalArgumentException("--model dirac learns the point mass at 0: leave out --dataset " + dataset);
        }
        if (dirac && !(c.data() instanceof PointMass)) {
            return c.withDataset(PointMass.NAME, null);
        }
        return !dirac && c.data() instanceof PointMass ? c.withDataset("ring8", null) : c;
    }

    /** The shift generator draws the lines only: --model shift brings them unless --dataset says otherwise. */
    private TrainingConfig linesFor(TrainingConfig c) {
        boolean shift = model != null ? model.equals("shift") : c.architecture() instanceof ShiftGan;
        if (shift && dataset != null && !dataset.equals(Lines.NAME)) {
            throw new IllegalArgumentException("--model shift learns the '" + Lines.NAME + "' segment: leave out --dataset "
                    + dataset + ", or give --dataset " + Lines.NAME);
        }
        return shift && !(c.data() instanceof Lines) ? c.withDataset(Lines.NAME, null) : c;
    }

    /** --model, then the shape options that model has. */
    private GanArchitecture architecture(GanArchitecture current, boolean images) {
        GanArchitecture a = current;
        if (model != null) {
            a = switch (model) {
                case "mlp" -> a instanceof MlpGan ? a : images ? GanArchitecture.IMAGE_MLP : GanArchitecture.TOY_DEFAULT;
                case "dcgan" -> a instanceof Dcgan ? a : Dcgan.REFERENCE;
                case "dirac" -> a instanceof DiracGan ? a : DiracGan.PAPER;
                case "shift" -> a instanceof ShiftGan ? a : ShiftGan.PAPER;
                default -> throw new IllegalArgumentException("unknown --model '" + model + "'; choose mlp, dcgan, dirac "
                        + "or shift");
            };
        }
        if (a instanceof DiracGan d) {
            if (latent != null || prior != null || generatorHidden != null || criticHidden != null || width != null
                    || classes != null) {
                throw new IllegalArgumentException("the Dirac GAN has no networks: --latent, --prior, --g-hidden, "
                        + "--d-hidden, --width and --classes do not apply; it takes --theta0 and --psi0");
            }
            return new DiracGan(theta0 != null ? theta0 : d.theta0(), psi0 != null ? psi0 : d.psi0());
        }
        if (a instanceof ShiftGan sg) {
            if (latent != null || prior != null || generatorHidden != null || width != null || classes != null
                    || psi0 != null) {
                throw new IllegalArgumentException("the shift generator is one number, theta: --latent, --prior, "
                        + "--g-hidden, --width, --classes and --psi0 do not apply; it takes --theta0 and --d-hidden");
            }
            ShiftGan shifted = theta0 != null ? sg.withTheta0(theta0) : sg;
            return criticHidden != null ? shifted.withCriticHidden(widths("--d-hidden", criticHidden)) : shifted;
        }
        if (theta0 != null || psi0 != null) {
            throw new IllegalArgumentException("--theta0 starts the Dirac GAN or the shift generator, --psi0 the Dirac "
                    + "GAN; add --model dirac or --model shift");
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
        return new MlpGan(z, pr, generatorHidden != null ? widths("--g-hidden", generatorHidden) : m.generatorHidden(),
                criticHidden != null ? widths("--d-hidden", criticHidden) : m.criticHidden(), m.generatorActivation(),
                m.criticActivation());
    }

    /**
     * Hidden widths as typed: {@code 128,128}, or {@code none} for no hidden layer. The widths' range is the network's
     * to check; what is no list of widths is refused here, saying what is.
     */
    static List<Integer> widths(String option, String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none")) {
            return List.of();
        }
        String form = "give hidden widths like 128,128, or none (by itself) for no hidden layer";
        if (t.isEmpty()) {
            throw new IllegalArgumentException(option + " is empty; " + form);
        }
        List<Integer> widths = new ArrayList<>();
        for (String part : t.split(",", -1)) {
            try {
                widths.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " '" + text + "' is no list of widths; " + form);
            }
        }
        return widths;
    }

    /** A resumed run keeps its experiment; only how the players are updated may change. */
    private void rejectWithResume() {
        List<String> given = new ArrayList<>();
        String[] names = {"--preset", "--experiment", "--dataset", "--objective", "--seed", "--swap-at", "--prior", "--latent", "--model",
            "--width", "--classes", "--g-hidden", "--d-hidden", "--log-every", "--eval-samples", "--theta0", "--psi0",
            "--freeze-generator", "--fixed-generator"};
        Object[] values = {preset, experiment, dataset, objective, seed, swaps.isEmpty() ? null : swaps, prior, latent, model, width,
            classes, generatorHidden, criticHidden, logEvery, evalSamples, theta0, psi0, freezeGenerator ? true : null,
            fixedGenerator};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                given.add(names[i]);
            }
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", given) + (given.size() == 1 ? " belongs" : " belong")
                    + " to the experiment, which --resume continues as it was set up; with --resume give --steps, and "
                    + "to change how it trains --lr, --g-lr, --d-lr, --batch, --critic-steps, --clip, --lambda, "
                    + "--updates, --r1, --r2, --optimizer, --beta1 or --beta2 (also --out, --overwrite, --threads, --checkpoint-every)");
        }
    }
}
