package ganexplorer.cli;

import ganexplorer.objective.OptimizerSpec;

/** Turns --optimizer, --beta1 and --beta2 into an optimizer, starting from the current one's settings. */
final class OptimizerChoice {
    private OptimizerChoice() {
    }

    static OptimizerSpec parse(String name, Double beta1, Double beta2, OptimizerSpec current) {
        String kind = name != null ? name.trim().toLowerCase()
                : current instanceof OptimizerSpec.Adam ? "adam" : current instanceof OptimizerSpec.RmsProp ? "rmsprop" : "sgd";
        double lr = current.learningRate();
        if (!kind.equals("adam") && (beta1 != null || beta2 != null)) {
            throw new IllegalArgumentException("--beta1 and --beta2 belong to Adam; add --optimizer adam");
        }
        return switch (kind) {
            case "adam" -> {
                OptimizerSpec.Adam base = current instanceof OptimizerSpec.Adam a ? a : new OptimizerSpec.Adam(lr, 0.5, 0.999);
                yield new OptimizerSpec.Adam(lr, beta1 != null ? beta1 : base.beta1(), beta2 != null ? beta2 : base.beta2(),
                        base.halfLife());
            }
            case "rmsprop" -> new OptimizerSpec.RmsProp(lr);
            case "sgd" -> new OptimizerSpec.PlainSgd(lr);
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "'; choose adam, rmsprop or sgd");
        };
    }
}
