package de.lokalwillkommen.base.security;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works for an office, for features that assign work to a person (the inbox assigns messages). */
@Service
public class StaffDirectory {

    public record StaffMember(long id, String displayName) {
    }

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The active accounts that belong to the office, by name (the coordination is not counted in). */
    @Transactional(readOnly = true)
    public List<StaffMember> membersOf(long officeId) {
        return accounts.findAll().stream().filter(a -> a.isActive() && a.getOfficeIds().contains(officeId))
                .map(a -> new StaffMember(a.getId(), a.getDisplayName()))
                .sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }
}
