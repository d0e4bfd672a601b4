package org.knotwork.audit;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The container's registry for one transaction, outside the container: what {@link CallerTransaction} keeps with the
 * caller's transaction, and its end told to what was registered, as the container tells it.
 */
final class OneTransaction implements TransactionSynchronizationRegistry {

    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();
    private int status = Status.STATUS_ACTIVE;

    /** The transaction ends with {@code ending} (committed, rolled back). */
    void end(int ending) {
        synchronizations.forEach(Synchronization::beforeCompletion);
        status = ending;
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(ending));
    }

    /** The transaction is now in {@code status} (rolling back, say), as the container's is while it ends. */
    void nowIn(int status) {
        this.status = status;
    }

    @Override
    public Object getTransactionKey() {
        return this;
    }

    @Override
    public void putResource(Object key, Object value) {
        resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization synchronization) {
        synchronizations.add(synchronization);
    }

    @Override
    public int getTransactionStatus() {
        return status;
    }

    @Override
    public void setRollbackOnly() {
        status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
        return status == Status.STATUS_MARKED_ROLLBACK;
    }
}
