package dev.portcullis.simulator.estate;

import java.util.List;

/**
 * A day of the demo as a simulator serves it.
 *
 * @param day 0 (29 days ago) to 29 (today)
 * @param failingSubscriptions the subscriptions answering 500 that day ({@link Estate#failingSubscriptionsOnDay})
 * @param virtualMachines how many VMs the served estate holds (the Large Corp ones included, if served)
 */
public record DemoDay(int day, List<String> failingSubscriptions, int virtualMachines) {

    public DemoDay {
        failingSubscriptions = List.copyOf(failingSubscriptions);
    }
}
