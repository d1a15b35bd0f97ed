package ganexplorer.train;

/**
 * What a snapshot shows of the current step, one kind per kind of model view. Closed, so every view handles every
 * kind or says it has nothing to draw: the toy plane, images, or the (theta, psi) plane of the Dirac GAN.
 */
public sealed interface Pictures permits PlanePictures, ImagePictures, VectorFieldPictures {
    /** Evaluation real samples as rows (x, y interleaved, or pixels in [-1, 1]); a fresh copy nobody writes. */
    float[] real();

    /** Evaluation generated samples, as {@link #real()}. */
    float[] fake();
}
