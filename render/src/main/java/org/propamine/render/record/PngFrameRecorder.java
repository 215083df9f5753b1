package org.propamine.render.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes {@code frame_00000.png}, {@code frame_00001.png}, … into a directory (ImageIO PNG writer). */
public final class PngFrameRecorder extends Recorder {
    private Path directory;

    public PngFrameRecorder(Path target, RecordOptions options) {
        super(target, options, true);
    }

    /** File name of frame {@code index}. */
    public static String frameName(int index) {
        return String.format("frame_%05d.png", index);
    }

    @Override
    protected void begin(Path partialOutput) {
        directory = partialOutput;
    }

    @Override
    protected void writeFrame(BufferedImage image, int index) throws IOException {
        if (!ImageIO.write(image, "png", directory.resolve(frameName(index)).toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    @Override
    protected void finish() {
    }

    @Override
    protected void release() {
    }
}
