package dev.portcullis.simulator;

import dev.portcullis.simulator.estate.Estate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator for one test class: started before its tests, closed after them, faults and request
 * log cleared after each test. {@code @RegisterExtension static final RunningSimulator SIM = RunningSimulator.demo();}
 */
public final class RunningSimulator implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    private final SimulatorOptions options;
    private ArmSimulator simulator;
    private ArmTestClient client;

    private RunningSimulator(SimulatorOptions options) {
        this.options = options;
    }

    /** The demo estate with default options. */
    public static RunningSimulator demo() {
        return demo(SimulatorOptions.defaults());
    }

    public static RunningSimulator demo(SimulatorOptions options) {
        return new RunningSimulator(options);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = ArmSimulator.start(Estate.demo(), options);
        client = new ArmTestClient(simulator.baseUrl());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        simulator.faults().clear();
        simulator.resetRequestLog();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    public ArmSimulator simulator() {
        return simulator;
    }

    public ArmTestClient client() {
        return client;
    }
}
