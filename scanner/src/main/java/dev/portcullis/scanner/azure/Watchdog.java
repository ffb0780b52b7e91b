package dev.portcullis.scanner.azure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a collecting thread at its deadline: a request waiting on a slow answer or a retry sleeping out a wait
 * stops there, instead of when ARM pleases. The session's {@link ArmDeadline} refuses any request after it, in case an
 * interrupt is swallowed on the way.
 */
final class Watchdog {

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "portcullis-collection-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private Watchdog() {
    }

    /** Watches the calling thread until the guard is closed. */
    static Guard until(Instant deadline) {
        return new Guard(Thread.currentThread(), deadline);
    }

    static final class Guard implements AutoCloseable {

        private final Thread worker;
        private final ScheduledFuture<?> alarm;
        private boolean open = true;
        private boolean fired;

        private Guard(Thread worker, Instant deadline) {
            this.worker = worker;
            long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            this.alarm = ALARMS.schedule(this::fire, millis, TimeUnit.MILLISECONDS);
        }

        private synchronized void fire() {
            if (open) {
                fired = true;
                worker.interrupt();
            }
        }

        synchronized boolean fired() {
            return fired;
        }

        /** Stops watching; an interrupt the alarm sent is taken back, so what follows (applying) is not hit by it. */
        @Override
        public synchronized void close() {
            open = false;
            alarm.cancel(false);
            if (fired) {
                Thread.interrupted();
            }
        }
    }
}
