package ganexplorer.ui.latent;

import ganexplorer.ui.Texts;

/** A direction of the latent grid: one latent coordinate, or one of the two fixed draws from the prior. */
sealed interface Direction permits Direction.Axis, Direction.PriorDraw {
    Direction DRAW_A = new PriorDraw("A");
    Direction DRAW_B = new PriorDraw("B");

    /** The unit vector of coordinate {@code dim}. */
    record Axis(int dim) implements Direction {
        public Axis {
            if (dim < 0) {
                throw new IllegalArgumentException("a latent coordinate is at least 0, got " + dim);
            }
        }

        @Override
        public String toString() {
            return "z" + dim;
        }
    }

    /** A fixed draw from the prior: in a 100-d latent one coordinate barely moves G, a whole draw does. */
    record PriorDraw(String name) implements Direction {
        @Override
        public String toString() {
            return Texts.format("latent.priorDraw", name);
        }
    }
}
