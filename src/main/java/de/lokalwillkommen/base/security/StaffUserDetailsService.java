package de.lokalwillkommen.base.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .map(SignedInStaff::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
