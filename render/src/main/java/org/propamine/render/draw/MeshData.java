package org.propamine.render.draw;

/**
 * CPU-side triangle mesh: interleaved vertices {@code (px, py, pz, nx, ny, nz)} and counter-clockwise triangle
 * indices. The arrays are owned by the record (not copied); do not modify them after construction.
 *
 * @param vertices 6 floats per vertex
 * @param indices  3 per triangle, each in {@code [0, vertexCount)}
 */
public record MeshData(float[] vertices, int[] indices) {
    public static final int FLOATS_PER_VERTEX = 6;

    public MeshData {
        if (vertices.length % FLOATS_PER_VERTEX != 0) {
            throw new IllegalArgumentException("vertex array length " + vertices.length + " is not a multiple of 6");
        }
        if (indices.length % 3 != 0) {
            throw new IllegalArgumentException("index count " + indices.length + " is not a multiple of 3");
        }
        int count = vertices.length / FLOATS_PER_VERTEX;
        for (int index : indices) {
            if (index < 0 || index >= count) {
                throw new IllegalArgumentException("index " + index + " outside [0, " + count + ")");
            }
        }
    }

    public int vertexCount() {
        return vertices.length / FLOATS_PER_VERTEX;
    }

    public int triangleCount() {
        return indices.length / 3;
    }
}
