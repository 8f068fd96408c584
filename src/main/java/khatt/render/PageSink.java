package khatt.render;

import java.io.IOException;

/** Where rendered files go, by path relative to the site root; called from many threads. */
public interface PageSink {

    void write(String path, byte[] content) throws IOException;

    default void write(String path, String content) throws IOException {
        write(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
