package org.propamine.render.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jcodec.api.transcode.PixelStore;
import org.jcodec.api.transcode.VideoFrameWithPacket;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;

/**
 * H.264 in an MP4 container by JCodec's pure-Java encoder and muxer ({@link TunedH264Sink}: JCodec's transcode sink, the
 * engine behind {@code SequenceEncoder}, fed YUV pictures directly so JCodec's slower RGB path is skipped, with a
 * narrower motion search; frame {@code i} has presentation time {@code i / fps} s); width and height must be
 * even (4:2:0 chroma). The caller's thread converts each frame to YUV ({@link Yuv420Converter}, a few ms) into
 * one of a small pool of preallocated pictures; one background thread encodes them, so rendering the next
 * frame overlaps encoding the previous one on a second core.
 */
public final class Mp4Recorder extends Recorder {
    private static final int POOL = 3;
    private static final Picture END = Picture.create(2, 2, ColorSpace.YUV420J);

    private TunedH264Sink sink;
    private long encoded;
    private BlockingQueue<Picture> free;
    private BlockingQueue<Picture> pending;
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
        sink = new TunedH264Sink(partialOutput.toString(), TunedH264Sink.DEFAULT_SEARCH_RANGE);
        sink.init();
        if (sink.getInputColor() != ColorSpace.YUV420J) {
            throw new IOException("JCodec's H.264 sink expects " + sink.getInputColor() + ", not YUV420J");
        }
        free = new ArrayBlockingQueue<>(POOL);
        pending = new ArrayBlockingQueue<>(POOL + 1);
        for (int i = 0; i < POOL; i++) {
            free.add(Yuv420Converter.newPicture(options().width(), options().height()));
        }
        worker = new Thread(this::encodeLoop, "mp4-encoder");
        worker.setDaemon(true);
        worker.start();
    }

    private void encodeLoop() {
        try {
            while (true) {
                Picture picture = pending.take();
                if (picture == END) {
                    return;
                }
                if (failure == null) {
                    Packet packet = Packet.createPacket(null, encoded, options().fps(), 1, encoded,
                            Packet.FrameType.KEY, null);
                    sink.outputVideoFrame(new VideoFrameWithPacket(packet, new PixelStore.LoanerPicture(picture, 0)));
                    encoded++;
                }
                free.put(picture);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failure = e;
            free.offer(Yuv420Converter.newPicture(options().width(), options().height()));
        }
    }

    @Override
    protected void writeFrame(BufferedImage image, int index) throws IOException {
        checkFailure();
        try {
            Picture picture = free.take();
            Yuv420Converter.convert(image, picture);
            pending.put(picture);
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
        sink.finish(); // writes the MP4 index and closes the file
    }

    @Override
    protected void release() {
        if (worker != null && worker.isAlive()) {
            worker.interrupt();
        }
        if (sink != null) {
            try {
                sink.finish(); // the only way to close the sink's file; the temporary is deleted next
            } catch (IOException | RuntimeException ignored) {
                // nothing to keep
            }
        }
    }
}
