package dev.portcullis.persistence.notification;

import dev.portcullis.persistence.secret.SealedValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/** Destinations' sealed URLs and webhook secrets, re-sealed at start under the current master key. */
@ApplicationScoped
public class DestinationSecrets implements SealedValues {

    @Override
    public int resealAll(Resealer resealer) {
        int changed = 0;
        for (DestinationEntity destination : DestinationEntity.<DestinationEntity>listAll()) {
            String what = "Destination " + destination.id + " (" + destination.name + "): its ";
            String url = resealer.reseal(destination.urlSealed, DestinationEntity.urlContext(destination.id),
                    what + "URL");
            if (!Objects.equals(url, destination.urlSealed)) {
                destination.urlSealed = url;
                changed++;
            }
            String secret = resealer.reseal(destination.secretSealed, DestinationEntity.secretContext(destination.id),
                    what + "webhook secret");
            if (!Objects.equals(secret, destination.secretSealed)) {
                destination.secretSealed = secret;
                changed++;
            }
        }
        return changed;
    }
}
