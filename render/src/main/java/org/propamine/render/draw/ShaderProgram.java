package org.propamine.render.draw;

import static org.lwjgl.opengl.GL20C.*;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import org.joml.Matrix4fc;
import org.lwjgl.system.MemoryUtil;

/**
 * A linked GLSL program (vertex + fragment). Uniform locations are looked up once and cached; matrix uploads go
 * through one preallocated buffer, so setting uniforms per draw allocates nothing after the first lookup.
 * Create and {@link #destroy()} on the GL thread.
 */
public final class ShaderProgram {
    private final int id;
    private final Map<String, Integer> locations = new HashMap<>();
    private final FloatBuffer matrix = MemoryUtil.memAllocFloat(16);

    /**
     * Compiles and links; throws with the driver's info log on failure.
     *
     * @param name           shown in error messages
     * @param vertexSource   GLSL 330 core vertex shader
     * @param fragmentSource GLSL 330 core fragment shader
     */
    public ShaderProgram(String name, String vertexSource, String fragmentSource) {
        int vertex = compile(name, GL_VERTEX_SHADER, vertexSource);
        int fragment = compile(name, GL_FRAGMENT_SHADER, fragmentSource);
        id = glCreateProgram();
        glAttachShader(id, vertex);
        glAttachShader(id, fragment);
        glLinkProgram(id);
        glDeleteShader(vertex);
        glDeleteShader(fragment);
        if (glGetProgrami(id, GL_LINK_STATUS) != GL_TRUE) {
            String log = glGetProgramInfoLog(id);
            glDeleteProgram(id);
            MemoryUtil.memFree(matrix);
            throw new IllegalStateException("shader " + name + " does not link: " + log.strip());
        }
    }

    private static int compile(String name, int type, String source) {
        int shader = glCreateShader(type);
        glShaderSource(shader, source);
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) != GL_TRUE) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new IllegalStateException("shader " + name + (type == GL_VERTEX_SHADER ? " (vertex)" : " (fragment)")
                    + " does not compile: " + log.strip());
        }
        return shader;
    }

    public void use() {
        glUseProgram(id);
    }

    private int location(String uniform) {
        Integer cached = locations.get(uniform);
        if (cached == null) {
            cached = glGetUniformLocation(id, uniform);
            locations.put(uniform, cached);
        }
        return cached;
    }

    public void setMatrix(String uniform, Matrix4fc value) {
        value.get(matrix);
        glUniformMatrix4fv(location(uniform), false, matrix);
    }

    public void setVec2(String uniform, float x, float y) {
        glUniform2f(location(uniform), x, y);
    }

    public void setVec3(String uniform, float x, float y, float z) {
        glUniform3f(location(uniform), x, y, z);
    }

    public void setVec4(String uniform, float x, float y, float z, float w) {
        glUniform4f(location(uniform), x, y, z, w);
    }

    public void setFloat(String uniform, float value) {
        glUniform1f(location(uniform), value);
    }

    public void setInt(String uniform, int value) {
        glUniform1i(location(uniform), value);
    }

    public void destroy() {
        glDeleteProgram(id);
        MemoryUtil.memFree(matrix);
    }
}
