package dev.portcullis.simulator;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.EstateTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until killed:
 * {@code java -jar portcullis-simulator.jar [--port 8089] [--page-size 50] [--large-vms N] [--port-file PATH]}.
 * Prints {@code ARM simulator listening on http://127.0.0.1:PORT} once it listens; with
 * {@code --port-file} it also writes the port number to that file. {@code --print-estate-table}
 * prints the demo estate's expectations as Markdown and exits; {@code --print-history-table} does
 * the same for the demo's 30 days. {@code POST /_simulator/estate?day=N} switches the day served.
 */
public final class Main {

    static final String USAGE = "usage: java -jar portcullis-simulator.jar [--port N] [--page-size N] [--large-vms N] "
            + "[--port-file PATH] [--print-estate-table] [--print-history-table]";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.printEstateTable()) {
            System.out.print(EstateTable.demo());
            return;
        }
        if (options.printHistoryTable()) {
            System.out.print(EstateTable.history());
            return;
        }
        ArmSimulator simulator = start(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "arm-simulator-shutdown"));
        new CountDownLatch(1).await();
    }

    /** Builds the estate, starts listening, writes the port file and prints the listening line. */
    static ArmSimulator start(LaunchOptions options, PrintStream out) {
        Estate large = options.largeVms() > 0 ? Estate.large(options.largeVms()) : null;
        ArmSimulator simulator = ArmSimulator.startDemo(large,
                SimulatorOptions.defaults().port(options.port()).pageSize(options.pageSize()));
        if (options.portFile() != null) {
            writePortFile(options.portFile(), simulator.port());
        }
        out.println("ARM simulator listening on " + simulator.baseUrl());
        out.flush();
        return simulator;
    }

    /** Written whole, then moved into place, so a reader never sees a half-written file. */
    private static void writePortFile(Path file, int port) {
        try {
            Path absolute = file.toAbsolutePath();
            Path temporary = Files.createTempFile(absolute.getParent(), ".port", ".tmp");
            Files.writeString(temporary, port + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the port file " + file, e);
        }
    }

    /** The command line, parsed. */
    record LaunchOptions(int port, int pageSize, int largeVms, Path portFile, boolean printEstateTable,
            boolean printHistoryTable) {

        static LaunchOptions parse(String... args) {
            int port = 0;
            int pageSize = SimulatorOptions.DEFAULT_PAGE_SIZE;
            int largeVms = 0;
            Path portFile = null;
            boolean printTable = false;
            boolean printHistory = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--port" -> port = number(args, ++i, arg);
                    case "--page-size" -> pageSize = number(args, ++i, arg);
                    case "--large-vms" -> largeVms = number(args, ++i, arg);
                    case "--port-file" -> portFile = Path.of(value(args, ++i, arg));
                    case "--print-estate-table" -> printTable = true;
                    case "--print-history-table" -> printHistory = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            return new LaunchOptions(port, pageSize, largeVms, portFile, printTable, printHistory);
        }

        private static String value(String[] args, int index, String flag) {
            if (index >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[index];
        }

        private static int number(String[] args, int index, String flag) {
            String text = value(args, index, flag);
            try {
                int value = Integer.parseInt(text);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a whole number, not '" + text + "'");
            }
        }
    }
}
