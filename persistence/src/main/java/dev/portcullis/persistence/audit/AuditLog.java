package dev.portcullis.persistence.audit;

import dev.portcullis.persistence.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Appends to the audit log, in a transaction of its own so that a refused or failed action is recorded even when
 * the action's own transaction rolls back. The table refuses updates and deletes (a trigger).
 */
@ApplicationScoped
public class AuditLog {

    /** Whether the audited action happened. */
    public enum Outcome { SUCCESS, FAILURE, DENIED }

    private static final int MAX_TEXT = 2000;

    private final EntityManager em;

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void record(Caller caller, String action, Outcome outcome, String target, String detail) {
        record(caller.name(), caller.address(), action, outcome, target, detail);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void record(String actor, String sourceAddress, String action, Outcome outcome, String target,
                       String detail) {
        em.createNativeQuery("insert into audit_event (at, actor, action, outcome, target, detail, source_address)"
                        + " values (:at, :actor, :action, :outcome, :target, :detail, :address)")
                .setParameter("at", Instant.now())
                .setParameter("actor", clip(actor == null ? "anonymous" : actor))
                .setParameter("action", action)
                .setParameter("outcome", outcome.name())
                .setParameter("target", clip(target))
                .setParameter("detail", clip(detail))
                .setParameter("address", clip(sourceAddress))
                .executeUpdate();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
