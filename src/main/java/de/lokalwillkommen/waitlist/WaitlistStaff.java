package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.security.OfficeAccess;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's waitlist for its staff: only their own office (OfficeAccess), every view of an address audited. */
@Service
public class WaitlistStaff {

    /** The record type of waitlist entries in the audit log. */
    public static final String AUDIT_TYPE = "waitlist_entry";

    private final WaitlistStore store;
    private final WaitlistService waitlist;
    private final OfficeAccess access;
    private final AuditLog audit;

    WaitlistStaff(WaitlistStore store, WaitlistService waitlist, OfficeAccess access, AuditLog audit) {
        this.store = store;
        this.waitlist = waitlist;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<WaitlistEntry> entries(long officeId) {
        access.requireOffice(officeId);
        List<WaitlistEntry> entries = store.ofOffice(officeId);
        audit.viewed(AUDIT_TYPE, entries.stream().filter(e -> e.email() != null).map(WaitlistEntry::id).toList(),
                officeId);
        return entries;
    }

    /** Removes an entry (and gives back a place it holds, offered on at once: hence no transaction around all). */
    public void remove(long entryId) {
        WaitlistEntry entry = store.byId(entryId).orElseThrow(() -> new UserFacingException("error.notFound"));
        access.requireOffice(entry.officeId());
        waitlist.erase(entry);
        audit.changed(AuditAction.DELETE, AUDIT_TYPE, entryId, entry.officeId(), null);
    }
}
