package dev.portcullis.engine.change;

/** Where Portcullis learnt of a change in Azure: the subscription's activity log (polled) or Event Grid (pushed). */
public enum ChangeSource {
    ACTIVITY_LOG, EVENT_GRID
}
