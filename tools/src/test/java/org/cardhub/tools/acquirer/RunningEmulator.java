package org.cardhub.tools.acquirer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An emulator started in-process on a free port, notifying a {@link NotificationReceiver}: late 1 s, retries 0.1 s apart. */
final class RunningEmulator implements AutoCloseable {

    final NotificationReceiver receiver;
    final AcquirerEmulator emulator;
    final EmulatorClient client;

    private RunningEmulator(NotificationReceiver receiver, AcquirerEmulator emulator) {
        this.receiver = receiver;
        this.emulator = emulator;
        this.client = new EmulatorClient(emulator.port());
    }

    static RunningEmulator start(String... moreOptions) throws Exception {
        NotificationReceiver receiver = new NotificationReceiver();
        String[] base = {"--port", "0", "--notify-url", receiver.url(), "--late-seconds", "1"};
        String[] args = new String[base.length + moreOptions.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(moreOptions, 0, args, base.length, moreOptions.length);
        EmulatorOptions options = EmulatorOptions.parse(args).retryDelay(Duration.ofMillis(100));
        return new RunningEmulator(receiver, AcquirerEmulator.start(options, quiet()));
    }

    /** Its request log, shown only with {@code -Demulator.log=true}. */
    private static PrintStream quiet() {
        return Boolean.getBoolean("emulator.log") ? System.out
                : new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        emulator.close();
        receiver.close();
    }
}
