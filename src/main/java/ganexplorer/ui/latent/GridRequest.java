package ganexplorer.ui.latent;

/**
 * What the grid is drawn around: the slider point, the two directions, how far along them (t in [-span, span]),
 * and for a conditional G the class ({@link LatentGrid#CLASS_PER_ROW} for one class per grid row).
 */
record GridRequest(float[] centre, Direction horizontal, Direction vertical, double span, int classChoice) {
}
