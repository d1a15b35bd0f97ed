package ganexplorer.model;

import ganexplorer.data.ImageShape;
import java.util.List;

/**
 * DCGAN for square images whose side is a multiple of 4 (28 x 28 digits, 32 x 32 CIFAR), grey or RGB, as in the
 * PyTorch reference script at width 64. G: z -> dense to 2w x s/4 x s/4, batch norm, ReLU -> transposed conv to
 * w x s/2 x s/2, batch norm, ReLU -> transposed conv to the image, tanh. D: conv to w x s/2 x s/2, LeakyReLU(0.2) ->
 * conv to 2w x s/4 x s/4, LeakyReLU(0.2) -> one linear unit. No batch norm in D, so the gradient penalty applies.
 * Every conv has kernel 4, stride 2, padding 1.
 */
public record Dcgan(int latentSize, Prior prior, int width) implements GanArchitecture {
    public static final Dcgan REFERENCE = new Dcgan(100, Prior.NORMAL, 64);

    public Dcgan {
        GanArchitecture.checkLatentSize(latentSize);
        if (width < 1 || width > 512) {
            throw new IllegalArgumentException("DCGAN width must be between 1 and 512 channels, got " + width);
        }
    }

    @Override
    public ConvNetSpec generatorSpec(int dataDimension, ImageShape image) {
        int s = quarter(image);
        return new ConvNetSpec(List.of(
                LayerSpec.dense(latentSize, 2 * width * s * s, true, Activation.RELU),
                LayerSpec.convTranspose(2 * width, s, width, true, Activation.RELU),
                LayerSpec.convTranspose(width, 2 * s, image.channels(), false, Activation.TANH)));
    }

    @Override
    public ConvNetSpec criticSpec(int dataDimension, ImageShape image) {
        int s = quarter(image);
        return new ConvNetSpec(List.of(
                LayerSpec.conv(image.channels(), 4 * s, width, false, Activation.LEAKY_RELU),
                LayerSpec.conv(width, 2 * s, 2 * width, false, Activation.LEAKY_RELU),
                LayerSpec.dense(2 * width * s * s, 1, false, Activation.IDENTITY)));
    }

    private static int quarter(ImageShape image) {
        if (image == null) {
            throw new IllegalArgumentException("DCGAN draws images; choose the MLP GAN for 2-D points");
        }
        if (image.height() != image.width() || image.height() % 4 != 0 || image.height() < 8 || image.height() > 128) {
            throw new IllegalArgumentException("DCGAN needs square images with a side that is a multiple of 4 between 8 "
                    + "and 128 (28 x 28 digits, 32 x 32 CIFAR), got " + image);
        }
        return image.height() / 4;
    }

    @Override
    public String describe() {
        return "DCGAN width " + width + ", z " + latentSize;
    }
}
