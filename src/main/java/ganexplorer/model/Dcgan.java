package ganexplorer.model;

import ganexplorer.data.ImageShape;
import java.util.List;

/**
 * DCGAN for square images whose side is a multiple of 4 (28 x 28 digits, 32 x 32 CIFAR), grey or RGB, as in the
 * PyTorch reference script at width 64. G: z -> dense to 2w x s/4 x s/4, batch norm, ReLU -> transposed conv to
 * w x s/2 x s/2, batch norm, ReLU -> transposed conv to the image, tanh. D: conv to w x s/2 x s/2, LeakyReLU(0.2) ->
 * conv to 2w x s/4 x s/4, LeakyReLU(0.2) -> one linear unit. No batch norm in D, so the gradient penalty applies.
 * Every conv has kernel 4, stride 2, padding 1.
 *
 * <p>With {@code classes > 0} it is the class-conditional DCGAN (Mirza and Osindero 2014): G reads z followed by the
 * one-hot code of a label, and D ends in one linear unit per class of which the label picks the output (a projection
 * discriminator with a linear head, Miyato and Koyama 2018; see {@link ClassConditionalCritic}). An unconditional G
 * maps its one connected latent space onto ten separate digit classes, so some samples land between two of them
 * (a 4 that is half a 9); conditioning gives every class its own copy of the latent space.
 */
public record Dcgan(int latentSize, Prior prior, int width, int classes) implements GanArchitecture {
    public static final Dcgan REFERENCE = new Dcgan(100, Prior.NORMAL, 64, 0);
    public static final int MAX_CLASSES = 1000;
    public static final int DIGIT_CLASSES = 10;

    public Dcgan {
        GanArchitecture.checkLatentSize(latentSize);
        if (width < 1 || width > 512) {
            throw new IllegalArgumentException("DCGAN width must be between 1 and 512 channels, got " + width);
        }
        if (classes < 0 || classes == 1 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("a conditional DCGAN needs 2 to " + MAX_CLASSES
                    + " classes (0 for the unconditional one), got " + classes);
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean conditional() {
        return classes > 0;
    }

    @Override
    public ConvNetSpec generatorSpec(int dataDimension, ImageShape image) {
        int s = quarter(image);
        return new ConvNetSpec(List.of(
                LayerSpec.dense(latentSize + classes, 2 * width * s * s, true, Activation.RELU),
                LayerSpec.convTranspose(2 * width, s, width, true, Activation.RELU),
                LayerSpec.convTranspose(width, 2 * s, image.channels(), false, Activation.TANH)));
    }

    @Override
    public ConvNetSpec criticSpec(int dataDimension, ImageShape image) {
        int s = quarter(image);
        return new ConvNetSpec(List.of(
                LayerSpec.conv(image.channels(), 4 * s, width, false, Activation.LEAKY_RELU),
                LayerSpec.conv(width, 2 * s, 2 * width, false, Activation.LEAKY_RELU),
                LayerSpec.dense(2 * width * s * s, Math.max(1, classes), false, Activation.IDENTITY)));
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
    public boolean convolutional() {
        return true;
    }

    @Override
    public String describe() {
        return (conditional() ? "conditional DCGAN (" + classes + " classes) width " : "DCGAN width ") + width + ", z "
                + latentSize;
    }
}
