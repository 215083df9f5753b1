package org.propamine.render.record;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes recordings of a synthetic moving square and reads them back. */
class RecorderTest {
    private static final RecordOptions OPTIONS = new RecordOptions(96, 64, 30);
    private static final int FRAMES = 12;

    @TempDir
    Path dir;

    /** Frame i: dark blue background, a 16×16 orange square at x = 4 + 6·i, y = 24. */
    private static BufferedImage frame(int i) {
        BufferedImage image = new BufferedImage(OPTIONS.width(), OPTIONS.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < OPTIONS.height(); y++) {
            for (int x = 0; x < OPTIONS.width(); x++) {
                boolean square = x >= 4 + 6 * i && x < 20 + 6 * i && y >= 24 && y < 40;
                image.setRGB(x, y, square ? 0xF08020 : 0x203050);
            }
        }
        return image;
    }

    private static void record(Recorder recorder) {
        try (recorder) {
            for (int i = 0; i < FRAMES; i++) {
                recorder.frame(frame(i));
            }
            assertEquals(FRAMES, recorder.frames());
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".partial-")).toList();
        }
    }

    private static int colourDistance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }

    @Test
    void pngFramesAreWrittenLosslessly() throws IOException {
        Path out = dir.resolve("frames");
        record(Recorders.open(out + "/", OPTIONS));
        for (int i = 0; i < FRAMES; i++) {
            BufferedImage back = ImageIO.read(out.resolve(PngFrameRecorder.frameName(i)).toFile());
            assertEquals(frame(i).getRGB(10 + 6 * i, 30) & 0xFFFFFF, back.getRGB(10 + 6 * i, 30) & 0xFFFFFF);
            assertEquals(0x203050, back.getRGB(90, 5) & 0xFFFFFF);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(FRAMES, files.count());
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void gifHasEveryFrameWithItsDelay() throws IOException {
        Path out = dir.resolve("clip.gif");
        record(Recorders.open(out.toString(), OPTIONS));
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(FRAMES, reader.getNumImages(true));
            for (int i = 0; i < FRAMES; i++) {
                BufferedImage back = reader.read(i);
                // palette quantisation keeps these two flat colours within a few levels
                assertTrue(colourDistance(0xF08020, back.getRGB(10 + 6 * i, 30)) <= 8, "square colour in frame " + i);
                assertTrue(colourDistance(0x203050, back.getRGB(90, 5)) <= 8, "background colour in frame " + i);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("3", control.getAttribute("delayTime"), "30 fps = round(100/30) = 3 centiseconds");
            }
            reader.dispose();
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void mp4StartsWithFtypAndDecodesToTheFrames() throws Exception {
        Path out = dir.resolve("clip.mp4");
        record(Recorders.open(out.toString(), OPTIONS));
        byte[] bytes = Files.readAllBytes(out);
        assertTrue(bytes.length > 200, "mp4 too small: " + bytes.length);
        assertEquals("ftyp", new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
        FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(out.toFile()));
        int decoded = 0;
        Picture picture;
        while ((picture = grab.getNativeFrame()) != null) {
            BufferedImage back = AWTUtil.toBufferedImage(picture);
            // lossy H.264: compare the centre of the square and a background patch with a generous tolerance
            assertTrue(colourDistance(0xF08020, back.getRGB(12 + 6 * decoded, 32)) <= 40, "square in frame " + decoded);
            assertTrue(colourDistance(0x203050, back.getRGB(88, 6)) <= 40, "background in frame " + decoded);
            decoded++;
        }
        assertEquals(FRAMES, decoded);
        assertEquals(List.of(), leftovers());
    }

    /** Regression: outputs kept the owner-only permissions of their temporary (rw-------). */
    @Test
    void outputsHaveOrdinaryPermissionsNotThoseOfTheTemporary() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        for (String name : new String[] {"clip.gif", "clip.mp4"}) {
            Path out = dir.resolve(name);
            record(Recorders.open(out.toString(), OPTIONS));
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), name);
        }
        Path frames = dir.resolve("frames");
        record(Recorders.open(frames + "/", OPTIONS));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(frames)), "frame directory");
    }

    @Test
    void abortLeavesNothingBehindAndKeepsAnExistingTarget() throws IOException {
        Path out = dir.resolve("keep.gif");
        Files.writeString(out, "old");
        Recorder recorder = Recorders.open(out.toString(), OPTIONS);
        recorder.frame(frame(0));
        recorder.abort();
        assertEquals("old", Files.readString(out));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void badTargetsFailWithOneLineNamingThem() {
        File missing = dir.resolve("no/such/dir/out.mp4").toFile();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recorders.open(missing.toString(), OPTIONS));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        e = assertThrows(IllegalArgumentException.class, () -> Recorders.open(dir.resolve("out.avi").toString(), OPTIONS));
        assertTrue(e.getMessage().contains("out.avi") && e.getMessage().contains("FILE.mp4"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> Recorders.open(dir.resolve("odd.mp4").toString(), new RecordOptions(97, 64, 30)));
        assertTrue(e.getMessage().contains("even"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RecordOptions(640, 480, 0));
    }

    @Test
    void targetInsideAFileIsRejectedBeforeAnyFrame() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recorders.open(file.resolve("x.mp4").toString(), OPTIONS));
        assertTrue(e.getMessage().startsWith("cannot record to " + file.resolve("x.mp4")), e.getMessage());
        assertEquals("x", Files.readString(file));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void nonEmptyDirectoryIsNotOverwritten() throws IOException {
        Path out = Files.createDirectory(dir.resolve("full"));
        Files.writeString(out.resolve("mine.txt"), "x");
        assertThrows(IllegalArgumentException.class, () -> Recorders.open(out + "/", OPTIONS));
        assertTrue(Files.exists(out.resolve("mine.txt")));
    }
}
