package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.base.security.SignedInStaff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walk-in contacts: counted in a few taps so the office's figures include everyone, not only bookings. */
@Service
public class WalkInService {

    private final WalkInRepository walkIns;
    private final OfficeAccess access;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final AuditLog audit;

    WalkInService(WalkInRepository walkIns, OfficeAccess access, MunicipalityProperties municipality, Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.walkIns = walkIns;
        this.access = access;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Transactional
    public WalkInView record(WalkInRecord record) {
        SignedInStaff staff = access.requireOffice(record.officeId());
        if (record.persons() < 1 || record.persons() > 50 || record.language().isBlank() || record.language().length() > 10) {
            throw new UserFacingException("validation.invalidForm");
        }
        WalkInView saved = walkIns.save(new WalkIn(record, municipality.now(clock), staff.accountId())).toView();
        audit.changed(AuditAction.CREATE, "walk_in", saved.id(), record.officeId(), null);
        return saved;
    }

    @Transactional(readOnly = true)
    public List<WalkInView> on(long officeId, LocalDate day) {
        access.requireOffice(officeId);
        return walkIns.findByOfficeIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAt(officeId,
                day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream().map(WalkIn::toView).toList();
    }
}
