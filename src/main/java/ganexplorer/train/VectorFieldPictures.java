package ganexplorer.train;

/**
 * The (theta, psi) plane of a two-number game (the Dirac GAN) at one step: where the players are, where they have
 * been and the field that moves them.
 *
 * @param real       evaluation real samples (every one the data point)
 * @param fake       evaluation generated samples (every one theta)
 * @param theta      the generator's parameter now
 * @param psi        the critic's parameter now
 * @param trajectory the players' positions, interleaved theta, psi, oldest first (the newest is now), or null in
 *                   headless runs, which do not draw it
 * @param field      at each point of a fieldSide^2 grid over [-extent, extent]^2, interleaved (delta theta, delta
 *                   psi) as {@code arrows} says; rows from the lowest psi and theta from the lowest in each row; null
 *                   in headless runs
 * @param fieldSide  grid points per side of {@code field}
 * @param extent     half the side of the square the field covers, centred on (0, 0); fixed for the experiment
 * @param arrows     what the field's vectors are
 * @param dataPoint  where the data sits on the theta axis: the equilibrium is (dataPoint, 0)
 */
public record VectorFieldPictures(float[] real, float[] fake, double theta, double psi, float[] trajectory,
                                  float[] field, int fieldSide, double extent, Arrows arrows, double dataPoint)
        implements Pictures {

    /** What the field's vectors mean. */
    public enum Arrows {
        /**
         * The move one iteration makes from that point under the running update scheme: both players use plain SGD,
         * so it depends on the point alone.
         */
        SGD_MOVE,
        /**
         * -(dL_G/dtheta, dL_D/dpsi), each player's steepest descent: an optimizer with a state of its own (Adam,
         * RMSProp) rescales its steps, so no field says where it moves.
         */
        GRADIENT
    }
}
