package org.cardhub.corporate.export;

/** What an export tells whoever waits for it as it writes, and how it learns it is no longer wanted. */
public interface ExportProgress {

    /** Nobody waits: a file streamed straight to the browser. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void written(long rows) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code rows} rows are in the file so far. */
    void written(long rows);

    /** Whether to stop before the next chunk. */
    boolean cancelled();
}
