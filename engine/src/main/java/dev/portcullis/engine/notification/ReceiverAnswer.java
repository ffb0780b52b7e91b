package dev.portcullis.engine.notification;

/** What a receiver's HTTP answer means for its delivery. */
public enum ReceiverAnswer {
    /** 2xx: delivered, never sent again. */
    DELIVERED,
    /** 408, 425, 429, 5xx: the receiver may take it later. */
    RETRY,
    /** Any other answer, redirects included (they are not followed): sending again would not help. */
    REFUSED;

    public static ReceiverAnswer of(int statusCode) {
        if (statusCode >= 200 && statusCode < 300) {
            return DELIVERED;
        }
        if (statusCode == 408 || statusCode == 425 || statusCode == 429 || statusCode >= 500) {
            return RETRY;
        }
        return REFUSED;
    }
}
