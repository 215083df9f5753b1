package org.propamine.render.draw;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Geometry checks on the CPU-side meshes (no GL needed). */
class MeshFactoryTest {

    /** Every normal has unit length, and every triangle winds counter-clockwise seen along its vertices' normals. */
    private static void assertOutwardCcw(MeshData mesh) {
        float[] v = mesh.vertices();
        for (int i = 0; i < mesh.vertexCount(); i++) {
            double n = Math.sqrt(v[i * 6 + 3] * v[i * 6 + 3] + v[i * 6 + 4] * v[i * 6 + 4] + v[i * 6 + 5] * v[i * 6 + 5]);
            assertEquals(1.0, n, 1e-5, "normal length at vertex " + i);
        }
        int[] idx = mesh.indices();
        int degenerate = 0;
        for (int t = 0; t < idx.length; t += 3) {
            int a = idx[t] * 6;
            int b = idx[t + 1] * 6;
            int c = idx[t + 2] * 6;
            double e1x = v[b] - v[a];
            double e1y = v[b + 1] - v[a + 1];
            double e1z = v[b + 2] - v[a + 2];
            double e2x = v[c] - v[a];
            double e2y = v[c + 1] - v[a + 1];
            double e2z = v[c + 2] - v[a + 2];
            double fx = e1y * e2z - e1z * e2y;
            double fy = e1z * e2x - e1x * e2z;
            double fz = e1x * e2y - e1y * e2x;
            double area = Math.sqrt(fx * fx + fy * fy + fz * fz);
            if (area < 1e-9) {
                degenerate++; // sphere poles collapse one triangle per slice
                continue;
            }
            double nx = v[a + 3] + v[b + 3] + v[c + 3];
            double ny = v[a + 4] + v[b + 4] + v[c + 4];
            double nz = v[a + 5] + v[b + 5] + v[c + 5];
            assertTrue(fx * nx + fy * ny + fz * nz > 0, "triangle " + t / 3 + " winds clockwise");
        }
        assertTrue(degenerate <= idx.length / 3 / 8, "too many degenerate triangles: " + degenerate);
    }

    @Test
    void sphereIsUnitRadiusWithRadialNormals() {
        MeshData sphere = MeshFactory.sphere(8, 12);
        assertEquals(9 * 13, sphere.vertexCount());
        assertEquals(8 * 12 * 2, sphere.triangleCount());
        float[] v = sphere.vertices();
        for (int i = 0; i < sphere.vertexCount(); i++) {
            double r = Math.sqrt(v[i * 6] * v[i * 6] + v[i * 6 + 1] * v[i * 6 + 1] + v[i * 6 + 2] * v[i * 6 + 2]);
            assertEquals(1.0, r, 1e-6);
            assertEquals(v[i * 6], v[i * 6 + 3], 1e-6, "normal = position on a unit sphere");
        }
        assertOutwardCcw(sphere);
    }

    @Test
    void boxHas24VerticesOnItsFacesAnd12Triangles() {
        MeshData box = MeshFactory.box();
        assertEquals(24, box.vertexCount());
        assertEquals(12, box.triangleCount());
        float[] v = box.vertices();
        for (int i = 0; i < 24; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(1.0, Math.abs(v[i * 6 + k]), 1e-9, "corners at ±1");
                if (v[i * 6 + 3 + k] != 0) {
                    assertEquals(v[i * 6 + 3 + k], v[i * 6 + k], 0.0, "face normal points out of its face");
                }
            }
        }
        assertOutwardCcw(box);
    }

    @Test
    void cylinderSpansMinusOneToOneWithCaps() {
        MeshData cylinder = MeshFactory.cylinder(16);
        assertEquals(16 * 4, cylinder.triangleCount()); // side 2 per slice + 1 per slice on each cap
        float[] v = cylinder.vertices();
        for (int i = 0; i < cylinder.vertexCount(); i++) {
            assertEquals(1.0, Math.abs(v[i * 6 + 2]), 0.0, "every vertex lies on z = ±1");
        }
        assertOutwardCcw(cylinder);
    }

    @Test
    void badResolutionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MeshFactory.sphere(1, 12));
        assertThrows(IllegalArgumentException.class, () -> MeshFactory.cylinder(2));
        assertThrows(IllegalArgumentException.class, () -> new MeshData(new float[7], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new MeshData(new float[6], new int[] {0, 0, 1}));
    }
}
