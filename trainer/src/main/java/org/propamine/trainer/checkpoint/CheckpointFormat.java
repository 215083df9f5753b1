package org.propamine.trainer.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.propamine.trainer.TrainerState;
import org.propamine.trainer.es.OptimizerState;
import org.propamine.trainer.es.StrategyState;
import org.propamine.trainer.rollout.ObservationStats;

/**
 * The binary checkpoint layout, big-endian ({@link DataOutputStream}); doubles are stored as their exact bits
 * so a resumed run continues bit-identically.
 *
 * <pre>
 *   magic    8 bytes  "PRPMCKPT"
 *   version  int      1
 *   length   int      payload bytes
 *   payload:
 *     configJson UTF-8 (int length + bytes), runSeed long, noiseSeed long, noiseSize int,
 *     generation long, mean[], sigma[], optimizer: step long, first[], second[],
 *     bestFitness double, best[],
 *     hasStats boolean [count long, sum[], sumSq[]],
 *     envSteps long, divergedEpisodes long, wallSeconds double, bestEvalFitness double, bestEvalParams[]
 *   crc32    long     CRC-32 of every byte before it
 * </pre>
 * Arrays are an int length followed by that many doubles.
 */
public final class CheckpointFormat {
    static final byte[] MAGIC = "PRPMCKPT".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    private static final int MAX_ARRAY = 1 << 28;

    private CheckpointFormat() {}

    /** The bytes of {@code c}. */
    public static byte[] encode(Checkpoint c) {
        try {
            ByteArrayOutputStream payloadBytes = new ByteArrayOutputStream();
            DataOutputStream p = new DataOutputStream(payloadBytes);
            byte[] json = c.configJson().getBytes(StandardCharsets.UTF_8);
            p.writeInt(json.length);
            p.write(json);
            p.writeLong(c.runSeed());
            p.writeLong(c.noiseSeed());
            p.writeInt(c.noiseSize());
            TrainerState t = c.state();
            StrategyState s = t.strategy();
            p.writeLong(s.generation());
            writeArray(p, s.mean());
            writeArray(p, s.sigma());
            p.writeLong(s.optimizer().step());
            writeArray(p, s.optimizer().first());
            writeArray(p, s.optimizer().second());
            p.writeDouble(s.bestFitness());
            writeArray(p, s.best());
            ObservationStats o = t.observationStats();
            p.writeBoolean(o != null);
            if (o != null) {
                p.writeLong(o.count());
                writeArray(p, o.sum());
                writeArray(p, o.sumSq());
            }
            p.writeLong(t.envSteps());
            p.writeLong(t.divergedEpisodes());
            p.writeDouble(t.wallSeconds());
            p.writeDouble(t.bestEvalFitness());
            writeArray(p, t.bestEvalParams());
            p.flush();

            ByteArrayOutputStream all = new ByteArrayOutputStream(payloadBytes.size() + 32);
            DataOutputStream out = new DataOutputStream(all);
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(payloadBytes.size());
            payloadBytes.writeTo(out);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(all.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode checkpoint: " + e.getMessage(), e);
        }
    }

    /** Decodes {@code bytes} read from {@code file}; any defect is a one-line {@link CheckpointException}. */
    public static Checkpoint decode(byte[] bytes, Path file) {
        int header = MAGIC.length + 8;
        if (bytes.length < header + 8) {
            throw new CheckpointException(file, "truncated: " + bytes.length + " bytes, shorter than the header");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) throw new CheckpointException(file, "not a Propamine checkpoint (bad magic)");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, 8));
            int version = in.readInt();
            int length = in.readInt();
            if (version != VERSION) {
                throw new CheckpointException(file, "format version " + version + ", this build reads version " + VERSION);
            }
            long expected = (long) header + length + 8;
            if (length < 0 || bytes.length < expected) {
                throw new CheckpointException(file, "truncated: " + bytes.length + " bytes, header announces " + expected);
            }
            if (bytes.length > expected) {
                throw new CheckpointException(file, "corrupted: " + (bytes.length - expected) + " unexpected trailing bytes");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, header + length);
            long stored = new DataInputStream(new ByteArrayInputStream(bytes, header + length, 8)).readLong();
            if (stored != crc.getValue()) {
                throw new CheckpointException(file, "corrupted: CRC-32 mismatch (stored " + Long.toHexString(stored)
                        + ", computed " + Long.toHexString(crc.getValue()) + ")");
            }
            return readPayload(new DataInputStream(new ByteArrayInputStream(bytes, header, length)));
        } catch (EOFException e) {
            throw new CheckpointException(file, "corrupted: payload ends early", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new CheckpointException(file, "corrupted: " + e.getMessage(), e);
        }
    }

    private static Checkpoint readPayload(DataInputStream p) throws IOException {
        int jsonLength = p.readInt();
        if (jsonLength < 0 || jsonLength > MAX_ARRAY) throw new IOException("config length " + jsonLength);
        byte[] json = p.readNBytes(jsonLength);
        if (json.length != jsonLength) throw new EOFException();
        long runSeed = p.readLong();
        long noiseSeed = p.readLong();
        int noiseSize = p.readInt();
        long generation = p.readLong();
        double[] mean = readArray(p);
        double[] sigma = readArray(p);
        OptimizerState opt = new OptimizerState(p.readLong(), readArray(p), readArray(p));
        double bestFitness = p.readDouble();
        double[] best = readArray(p);
        ObservationStats stats = p.readBoolean() ? new ObservationStats(p.readLong(), readArray(p), readArray(p)) : null;
        long envSteps = p.readLong();
        long diverged = p.readLong();
        double wall = p.readDouble();
        double bestEval = p.readDouble();
        double[] bestEvalParams = readArray(p);
        StrategyState s = new StrategyState(generation, mean, sigma, opt, bestFitness, best);
        TrainerState t = new TrainerState(s, stats, envSteps, diverged, wall, bestEval, bestEvalParams);
        return new Checkpoint(new String(json, StandardCharsets.UTF_8), runSeed, noiseSeed, noiseSize, t);
    }

    private static void writeArray(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) out.writeDouble(v);
    }

    private static double[] readArray(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ARRAY) throw new IOException("array length " + n + " out of range");
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = in.readDouble();
        return a;
    }
}
