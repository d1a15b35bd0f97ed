package ganexplorer.ui.latent;

import ganexplorer.model.Prior;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The latent grid's maths: SIDE x SIDE latent points spanned by two directions around the slider point, then the
 * slider point itself, each row of G's inputs followed by the label code of a conditional G (one class per grid
 * row, or the chosen one). Plain Java, so the maths is tested without a window.
 */
final class LatentGrid {
    static final int SIDE = 9;
    static final int CLASS_PER_ROW = -1;

    private final int latentDims;
    private final int classes;
    private final Prior prior;
    private final float[] drawA;
    private final float[] drawB;

    LatentGrid(int latentDims, int classes, Prior prior) {
        if (latentDims < 1 || classes < 0) {
            throw new IllegalArgumentException("a latent grid needs at least one latent dimension and no negative class count, got "
                    + latentDims + " and " + classes);
        }
        this.latentDims = latentDims;
        this.classes = classes;
        this.prior = prior;
        // seeded by the size: the same latent gets the same two draws in every run, so a grid can be found again
        SplittableRandom draws = new SplittableRandom(latentDims);
        drawA = new float[latentDims];
        drawB = new float[latentDims];
        prior.fill(drawA, latentDims, draws);
        prior.fill(drawB, latentDims, draws);
    }

    int latentDims() {
        return latentDims;
    }

    int classes() {
        return classes;
    }

    Prior prior() {
        return prior;
    }

    /** Values per row of G's input: the latent point and the label code. */
    int inputs() {
        return latentDims + classes;
    }

    /** Wide latents default to the prior draws, since one coordinate of many barely moves G. */
    boolean wide() {
        return latentDims > 2;
    }

    /** How far a slider reaches: ±3 for a normal prior, the whole [-1, 1] of a uniform one. */
    double range() {
        return prior == Prior.NORMAL ? 3 : 1;
    }

    List<Direction> horizontalChoices() {
        return choices(Direction.DRAW_A);
    }

    List<Direction> verticalChoices() {
        return choices(Direction.DRAW_B);
    }

    private List<Direction> choices(Direction draw) {
        List<Direction> out = new ArrayList<>();
        if (wide()) {
            out.add(draw);
        }
        for (int i = 0; i < latentDims; i++) {
            out.add(new Direction.Axis(i));
        }
        return Collections.unmodifiableList(out);
    }

    Direction defaultHorizontal() {
        return wide() ? Direction.DRAW_A : new Direction.Axis(0);
    }

    Direction defaultVertical() {
        return wide() ? Direction.DRAW_B : new Direction.Axis(Math.min(1, latentDims - 1));
    }

    /** Around a random point, a wide latent's grid is varied at 0.6; near z = 0 it draws one average picture. */
    double defaultSpan() {
        return wide() ? 0.6 : 1;
    }

    /** The direction as a latent vector (a fresh array). */
    float[] vector(Direction d) {
        if (d == Direction.DRAW_A || d == Direction.DRAW_B) {
            return (d == Direction.DRAW_A ? drawA : drawB).clone();
        }
        int dim = ((Direction.Axis) d).dim();
        if (dim >= latentDims) {
            throw new IllegalArgumentException("z" + dim + " is not a coordinate of a " + latentDims + "-d latent");
        }
        float[] unit = new float[latentDims];
        unit[dim] = 1;
        return unit;
    }

    /** The latent point of grid cell {@code cell} (row-major from the top left): the centre moved along both directions. */
    float[] cellLatent(GridRequest r, int cell) {
        if (cell < 0 || cell >= SIDE * SIDE) {
            throw new IllegalArgumentException("a " + SIDE + "x" + SIDE + " grid has no cell " + cell);
        }
        float[] z = centre(r);
        float[] a = vector(r.horizontal());
        float[] b = vector(r.vertical());
        double ti = r.span() * (2.0 * (cell % SIDE) / (SIDE - 1) - 1);
        double tj = r.span() * (2.0 * (cell / SIDE) / (SIDE - 1) - 1);
        for (int k = 0; k < latentDims; k++) {
            z[k] += (float) (ti * a[k] + tj * b[k]);
        }
        return z;
    }

    /** G's inputs: the SIDE x SIDE cells row by row, then the centre (labelled as grid row 0). */
    float[] inputs(GridRequest r) {
        int d = inputs();
        float[] out = new float[(SIDE * SIDE + 1) * d];
        for (int cell = 0; cell < SIDE * SIDE; cell++) {
            System.arraycopy(cellLatent(r, cell), 0, out, cell * d, latentDims);
            setLabel(out, cell * d, cell / SIDE, r.classChoice());
        }
        System.arraycopy(centre(r), 0, out, SIDE * SIDE * d, latentDims);
        setLabel(out, SIDE * SIDE * d, 0, r.classChoice());
        return out;
    }

    /** The latent part of input row {@code cell} of {@code inputs} (what a click on that cell anchors). */
    float[] latentOfRow(float[] inputs, int cell) {
        float[] z = new float[latentDims];
        System.arraycopy(inputs, cell * inputs(), z, 0, latentDims);
        return z;
    }

    /** The class grid row {@code gridRow} draws: the row's own under "one per row", else the chosen one. */
    int label(int gridRow, int classChoice) {
        if (classes == 0) {
            throw new IllegalStateException("an unconditional generator has no labels");
        }
        if (classChoice >= classes) {
            throw new IllegalArgumentException("class " + classChoice + " of " + classes);
        }
        return classChoice == CLASS_PER_ROW ? gridRow % classes : classChoice;
    }

    /**
     * The two coordinates the z-plane moves: the chosen axes, or z0 and z1 while the grid follows prior draws; null
     * for a 1-d latent.
     */
    int[] padAxes(Direction h, Direction v) {
        if (latentDims < 2) {
            return null;
        }
        return new int[] {h instanceof Direction.Axis a ? a.dim() : 0, v instanceof Direction.Axis b ? b.dim() : 1};
    }

    private void setLabel(float[] out, int row, int gridRow, int classChoice) {
        if (classes > 0) {
            out[row + latentDims + label(gridRow, classChoice)] = 1;
        }
    }

    private float[] centre(GridRequest r) {
        if (r.centre().length != latentDims) {
            throw new IllegalArgumentException("the slider point has " + r.centre().length + " values, the latent " + latentDims);
        }
        return r.centre().clone();
    }
}
