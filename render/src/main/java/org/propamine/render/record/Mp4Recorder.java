package org.propamine.render.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * H.264 in an MP4 container by JCodec's pure-Java encoder ({@link AWTSequenceEncoder}); width and height must be
 * even (4:2:0 chroma). Encoding runs on one background thread fed through a small pool of preallocated frame
 * copies, so rendering the next frame overlaps encoding the previous one on a second core.
 */
public final class Mp4Recorder extends Recorder {
    private static final int POOL = 3;
    private static final BufferedImage END = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

    private SeekableByteChannel channel;
    private AWTSequenceEncoder encoder;
    private BlockingQueue<BufferedImage> free;
    private BlockingQueue<BufferedImage> pending;
    private Thread worker;
    private volatile Throwable failure;

    public Mp4Recorder(Path target, RecordOptions options) {
        super(checkEven(target, options), options, false);
    }

    private static Path checkEven(Path target, RecordOptions options) {
        if (options.width() % 2 != 0 || options.height() % 2 != 0) {
            throw new IllegalArgumentException("cannot record " + target + ": MP4 needs an even width and height, got "
                    + options.width() + "x" + options.height());
        }
        return target;
    }

    @Override
    protected void begin(Path partialOutput) throws IOException {
        channel = NIOUtils.writableChannel(partialOutput.toFile());
        encoder = new AWTSequenceEncoder(channel, Rational.R(options().fps(), 1));
        free = new ArrayBlockingQueue<>(POOL);
        pending = new ArrayBlockingQueue<>(POOL + 1);
        for (int i = 0; i < POOL; i++) {
            free.add(new BufferedImage(options().width(), options().height(), BufferedImage.TYPE_INT_RGB));
        }
        worker = new Thread(this::encodeLoop, "mp4-encoder");
        worker.setDaemon(true);
        worker.start();
    }

    private void encodeLoop() {
        try {
            while (true) {
                BufferedImage image = pending.take();
                if (image == END) {
                    return;
                }
                if (failure == null) {
                    encoder.encodeImage(image);
                }
                free.put(image);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failure = e;
            free.offer(new BufferedImage(options().width(), options().height(), BufferedImage.TYPE_INT_RGB));
        }
    }

    @Override
    protected void writeFrame(BufferedImage image, int index) throws IOException {
        checkFailure();
        try {
            BufferedImage copy = free.take();
            copy.getRaster().setRect(image.getRaster());
            pending.put(copy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while queueing frame " + index);
        }
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw new IOException("MP4 encoder failed: " + failure.getMessage(), failure);
        }
    }

    private void stopWorker() {
        try {
            pending.put(END);
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
        }
    }

    @Override
    protected void finish() throws IOException {
        stopWorker();
        checkFailure();
        encoder.finish();
        channel.close();
    }

    @Override
    protected void release() {
        if (worker != null && worker.isAlive()) {
            worker.interrupt();
        }
        NIOUtils.closeQuietly(channel);
    }
}
