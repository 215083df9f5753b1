package org.example.untrusted;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A task outside the cluster's allow-list: if a member ever ran it, the file would exist. */
public final class WriteFileTask implements Callable<String>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String path;

    public WriteFileTask(String path) {
        this.path = path;
    }

    @Override
    public String call() throws Exception {
        Files.writeString(Path.of(path), "ran");
        return "ran";
    }
}
