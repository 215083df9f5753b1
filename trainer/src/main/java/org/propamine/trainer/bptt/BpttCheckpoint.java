package org.propamine.trainer.bptt;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.propamine.trainer.es.OptimizerState;
import org.propamine.trainer.io.AtomicFiles;

/**
 * The complete state of a BPTT training run at the end of an iteration: parameters, Adam moments and step
 * (the trainer's {@link OptimizerState}; the ES {@code Checkpoint} format is tied to ES strategy states),
 * iteration, seed and the best evaluation so far. Binary file: magic {@code PRPBPTT1}, fields, CRC-32 of
 * everything before it. Written atomically (temporary file in the same folder + rename), so a kill leaves
 * either the previous or the new checkpoint, never a partial one.
 *
 * <p>Arrays are owned by the record (copied in by {@link #of}).
 */
public record BpttCheckpoint(long seed, int iteration, double bestMetric, double[] params, double[] adamM,
                             double[] adamV, long adamStep) {
    private static final long MAGIC = 0x5052504250545431L; // "PRPBPTT1"

    public BpttCheckpoint {
        if (params.length != adamM.length || params.length != adamV.length) {
            throw new IllegalArgumentException("checkpoint arrays differ in length");
        }
    }

    static BpttCheckpoint of(long seed, int iteration, double bestMetric, double[] params, OptimizerState adam) {
        return new BpttCheckpoint(seed, iteration, bestMetric, params.clone(), adam.first().clone(), adam.second().clone(),
                adam.step());
    }

    /** The Adam state saved in this checkpoint. */
    OptimizerState optimizerState() {
        return new OptimizerState(adamStep, adamM.clone(), adamV.clone());
    }

    /** Writes {@code file} atomically. */
    public void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(MAGIC);
            out.writeLong(seed);
            out.writeInt(iteration);
            out.writeDouble(bestMetric);
            out.writeLong(adamStep);
            out.writeInt(params.length);
            for (double[] a : new double[][] {params, adamM, adamV}) {
                for (double x : a) out.writeDouble(x);
            }
        }
        byte[] body = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array());
    }

    /** Reads and verifies {@code file}; any damage gives one line naming the file and what is wrong. */
    public static BpttCheckpoint read(Path file) throws IOException {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read checkpoint (" + e.getMessage() + ")");
        }
        if (all.length < 48) throw new IOException(file + ": truncated checkpoint (" + all.length + " bytes)");
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        long stored = ByteBuffer.wrap(all, all.length - 8, 8).getLong();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 8))) {
            if (in.readLong() != MAGIC) throw new IOException(file + ": not a BPTT checkpoint (bad magic number)");
            if (crc.getValue() != stored) throw new IOException(file + ": corrupted checkpoint (CRC mismatch)");
            long seed = in.readLong();
            int iteration = in.readInt();
            double best = in.readDouble();
            long adamStep = in.readLong();
            int n = in.readInt();
            if (n < 0 || (long) n * 24 + 48 != all.length) throw new IOException(file + ": checkpoint length does not match its parameter count " + n);
            double[][] arrays = new double[3][n];
            for (double[] a : arrays) {
                for (int k = 0; k < n; k++) a[k] = in.readDouble();
            }
            return new BpttCheckpoint(seed, iteration, best, arrays[0], arrays[1], arrays[2], adamStep);
        }
    }
}
