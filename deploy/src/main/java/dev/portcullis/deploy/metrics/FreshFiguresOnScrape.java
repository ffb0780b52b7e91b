package dev.portcullis.deploy.metrics;

import dev.portcullis.scanner.metrics.EstateGauges;
import io.quarkus.vertx.http.ManagementInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Before Prometheus' scrape of the management port's metrics is answered, the estate's gauges take their snapshot (if
 * the one held is stale), on a worker thread: a scrape then reads one consistent snapshot, with the label sets it
 * holds already registered (a subscription onboarded since the last scrape is in this one).
 */
@ApplicationScoped
class FreshFiguresOnScrape {

    void route(@Observes ManagementInterface management, EstateGauges gauges,
               ManagementRootConfig managementRoot, PrometheusPathConfig prometheus) {
        String root = managementRoot.rootPath();
        String metrics = prometheus.path();
        String path = metrics.startsWith("/") ? metrics
                : (root.endsWith("/") ? root : root + "/") + metrics;
        management.router().route(path).order(Integer.MIN_VALUE).blockingHandler(context -> {
            gauges.refreshIfStale();
            context.next();
        }, false);
    }
}
