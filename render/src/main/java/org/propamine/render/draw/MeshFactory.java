package org.propamine.render.draw;

/**
 * Procedural unit meshes, scaled per body by the model matrix: a sphere of radius 1, a box with half-extents 1, and
 * a cylinder of radius 1 spanning z ∈ [−1, 1] (capsules are drawn as a scaled cylinder plus two scaled spheres).
 * All triangles wind counter-clockwise seen from outside; normals are unit length and point outwards.
 */
public final class MeshFactory {
    private MeshFactory() {
    }

    /**
     * UV sphere of radius 1.
     *
     * @param stacks latitude bands (≥ 2, default 16)
     * @param slices longitude segments (≥ 3, default 24)
     */
    public static MeshData sphere(int stacks, int slices) {
        if (stacks < 2 || slices < 3) {
            throw new IllegalArgumentException("sphere needs stacks >= 2 and slices >= 3, got " + stacks + ", " + slices);
        }
        float[] v = new float[(stacks + 1) * (slices + 1) * 6];
        int k = 0;
        for (int i = 0; i <= stacks; i++) {
            double theta = Math.PI * i / stacks; // polar angle from +z
            double z = Math.cos(theta);
            double r = Math.sin(theta);
            for (int j = 0; j <= slices; j++) {
                double phi = 2 * Math.PI * j / slices;
                float x = (float) (r * Math.cos(phi));
                float y = (float) (r * Math.sin(phi));
                v[k++] = x;
                v[k++] = y;
                v[k++] = (float) z;
                v[k++] = x;
                v[k++] = y;
                v[k++] = (float) z;
            }
        }
        int[] idx = new int[stacks * slices * 6];
        k = 0;
        for (int i = 0; i < stacks; i++) {
            for (int j = 0; j < slices; j++) {
                int a = i * (slices + 1) + j;
                int b = a + slices + 1;
                idx[k++] = a;
                idx[k++] = b;
                idx[k++] = a + 1;
                idx[k++] = a + 1;
                idx[k++] = b;
                idx[k++] = b + 1;
            }
        }
        return new MeshData(v, idx);
    }

    /** Axis-aligned box with corners at ±1 on every axis: 6 faces × 4 vertices with flat normals. */
    public static MeshData box() {
        float[] v = new float[6 * 4 * 6];
        int[] idx = new int[6 * 6];
        int k = 0;
        int t = 0;
        for (int axis = 0; axis < 3; axis++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                int u = (axis + 1) % 3;
                int w = (axis + 2) % 3;
                int base = k / 6;
                float[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
                for (float[] c : corners) {
                    float[] p = new float[3];
                    p[axis] = sign;
                    // flip the second tangent on negative faces so the winding stays counter-clockwise from outside
                    p[u] = c[0];
                    p[w] = c[1] * sign;
                    v[k++] = p[0];
                    v[k++] = p[1];
                    v[k++] = p[2];
                    v[k++] = axis == 0 ? sign : 0;
                    v[k++] = axis == 1 ? sign : 0;
                    v[k++] = axis == 2 ? sign : 0;
                }
                idx[t++] = base;
                idx[t++] = base + 1;
                idx[t++] = base + 2;
                idx[t++] = base;
                idx[t++] = base + 2;
                idx[t++] = base + 3;
            }
        }
        return new MeshData(v, idx);
    }

    /**
     * Closed cylinder of radius 1 along z from −1 to 1: a side band with radial normals and two flat caps.
     *
     * @param slices segments around the axis (≥ 3, default 24)
     */
    public static MeshData cylinder(int slices) {
        if (slices < 3) {
            throw new IllegalArgumentException("cylinder needs slices >= 3, got " + slices);
        }
        int sideVerts = (slices + 1) * 2;
        int capVerts = (slices + 2) * 2;
        float[] v = new float[(sideVerts + capVerts) * 6];
        int[] idx = new int[slices * 6 + slices * 6];
        int k = 0;
        for (int j = 0; j <= slices; j++) {
            double phi = 2 * Math.PI * j / slices;
            float x = (float) Math.cos(phi);
            float y = (float) Math.sin(phi);
            for (int end = -1; end <= 1; end += 2) {
                v[k++] = x;
                v[k++] = y;
                v[k++] = end;
                v[k++] = x;
                v[k++] = y;
                v[k++] = 0;
            }
        }
        int t = 0;
        for (int j = 0; j < slices; j++) {
            int a = 2 * j;
            idx[t++] = a;
            idx[t++] = a + 2;
            idx[t++] = a + 1;
            idx[t++] = a + 1;
            idx[t++] = a + 2;
            idx[t++] = a + 3;
        }
        for (int end = -1; end <= 1; end += 2) {
            int centre = k / 6;
            v[k++] = 0;
            v[k++] = 0;
            v[k++] = end;
            v[k++] = 0;
            v[k++] = 0;
            v[k++] = end;
            for (int j = 0; j <= slices; j++) {
                double phi = 2 * Math.PI * j / slices;
                v[k++] = (float) Math.cos(phi);
                v[k++] = (float) Math.sin(phi);
                v[k++] = end;
                v[k++] = 0;
                v[k++] = 0;
                v[k++] = end;
            }
            for (int j = 0; j < slices; j++) {
                int a = centre + 1 + j;
                idx[t++] = centre;
                // top cap (end = +1) is counter-clockwise seen from +z; the bottom one is reversed
                idx[t++] = end > 0 ? a : a + 1;
                idx[t++] = end > 0 ? a + 1 : a;
            }
        }
        return new MeshData(v, idx);
    }
}
