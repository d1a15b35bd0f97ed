package ganexplorer.train;

import ganexplorer.data.ImageShape;

/** Real and generated images of one step, as rows of pixels in [-1, 1], each of {@code shape}. */
public record ImagePictures(float[] real, float[] fake, ImageShape shape) implements Pictures {
}
