package org.propamine.render.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF through ImageIO's GIF writer: every frame carries a Graphic Control Extension with delay
 * {@code round(100 / fps)} hundredths of a second (GIF's unit, so 30 fps plays at 100/3 ≈ 33 fps), and the first
 * frame a NETSCAPE2.0 extension that loops forever. ImageIO reduces each RGB frame to a 256-colour palette.
 */
public final class GifRecorder extends Recorder {
    private ImageWriter writer;
    private ImageOutputStream stream;

    public GifRecorder(Path target, RecordOptions options) {
        super(target, options, false);
    }

    /** Frame delay in hundredths of a second for {@code fps} (at least 1). */
    public static int delayCentiseconds(int fps) {
        return Math.max(1, Math.round(100f / fps));
    }

    @Override
    protected void begin(Path partialOutput) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer in this JDK");
        }
        writer = writers.next();
        stream = ImageIO.createImageOutputStream(partialOutput.toFile());
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    @Override
    protected void writeFrame(BufferedImage image, int index) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds(options().fps())));
        control.setAttribute("transparentColorIndex", "0");
        if (index == 0) {
            IIOMetadataNode applications = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            applications.appendChild(loop);
        }
        metadata.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(image, null, metadata), null);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    protected void finish() throws IOException {
        writer.endWriteSequence();
        stream.close();
        writer.dispose();
    }

    @Override
    protected void release() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the temporary file is deleted next; nothing to keep
        }
        writer.dispose();
    }
}
